import type { Measure, MetricDefinition, MetricSettings } from '@marketops/core';
import { settle, sharedAnswer, unwrap, type BucketValue, type SqlBucketsContext } from './bucket-context';
import { productOf, ratioOf } from './composites';
import { evaluateSql } from './evaluate-sql';
import { countByBucketSql, distinctByBucketSql, firstByBucketSql } from './kinds/counting-by-bucket';
import { moneySumByBucketSql } from './kinds/money-sum';
import { dailyRecordsByBucketSql } from './kinds/daily-records';
import { followedWithinByBucketSql } from './kinds/followed-within';
import { onTimeByBucketSql } from './kinds/on-time';
import { retentionByBucketSql } from './kinds/retention';
import { rollingActiveByBucketSql } from './kinds/rolling-active';
import { sessionsByBucketSql } from './kinds/sessions';
import { surveyByBucketSql } from './kinds/survey';
import { measureNeedsMentions } from './mentioned-referrers';

/**
 * A measure over contiguous buckets, each bucket's value equal to `evaluateSql` on that bucket
 * alone (errors included: see `BucketValue`). The leaf kinds whose value in a bucket can be told
 * apart by bucket in one scan (the bucket's own events; for `first`, `sessions`, `rolling-active`,
 * `daily-records` and `on-time` also earlier events, for `retention` each person's day N and for
 * `followed-within` each key's window, read the same way for every bucket) run one query grouped
 * by bucket; composites combine their parts bucket by bucket; every other leaf is evaluated
 * bucket after bucket, as before.
 *
 * @example
 * const values = await evaluateSqlByBuckets({ whole, each, layout, grouped: false }, definition.formula); // one per bucket
 */
export async function evaluateSqlByBuckets(ctx: SqlBucketsContext, measure: Measure): Promise<BucketValue[]> {
  try {
    return await byBuckets(ctx, measure);
  } catch (error) {
    // Why every bucket: what fails for the whole (a query, an unknown metric) fails each bucket alone.
    return ctx.each.map(() => ({ error }));
  }
}

/** Each bucket as its own period, one after another (each query already uses every core). */
async function eachBucket(ctx: SqlBucketsContext, measure: Measure): Promise<BucketValue[]> {
  const values: BucketValue[] = [];
  for (const bucket of ctx.each) {
    try {
      values.push({ ok: await evaluateSql(bucket, measure) });
    } catch (error) {
      values.push({ error });
    }
  }
  return values;
}

/**
 * True when no target audience rule applies. Why a rule sends a measure bucket by bucket: the
 * audience is the traits of each person's latest `identify` before the period end, so it may
 * differ from bucket to bucket.
 */
function everyone(settings: MetricSettings, audience: boolean | undefined): boolean {
  return audience !== true || (settings.targetAudience ?? []).length === 0;
}

type Grouped = (ctx: SqlBucketsContext) => Promise<BucketValue[]>;

/** The one-query evaluation of a leaf over buckets, or undefined when the leaf runs bucket by bucket. */
function groupedLeaf(measure: Measure, settings: MetricSettings): Grouped | undefined {
  // Why: the mentioned referrers are those named before the period end, so each bucket has its own.
  if (measureNeedsMentions(measure)) return undefined;
  switch (measure.kind) {
    case 'count':
      return everyone(settings, measure.audience) ? (ctx) => countByBucketSql(ctx, measure) : undefined;
    case 'distinct':
      // Why not `through-period-end`: its values count from before the bucket, up to each bucket's end.
      return everyone(settings, measure.audience) && (measure.atLeast === undefined || measure.atLeast.scope === 'period') ? (ctx) => distinctByBucketSql(ctx, measure) : undefined;
    case 'first':
      return (ctx) => firstByBucketSql(ctx, measure);
    case 'money-sum':
      return (ctx) => moneySumByBucketSql(ctx, measure);
    case 'survey':
      return everyone(settings, measure.audience) ? (ctx) => surveyByBucketSql(ctx, measure) : undefined;
    case 'sessions':
      return (ctx) => sessionsByBucketSql(ctx, measure);
    case 'rolling-active':
      return (ctx) => rollingActiveByBucketSql(ctx, measure);
    case 'retention':
      return (ctx) => retentionByBucketSql(ctx, measure);
    case 'daily-records':
      return (ctx) => dailyRecordsByBucketSql(ctx, measure);
    case 'followed-within':
      return (ctx) => followedWithinByBucketSql(ctx, measure);
    case 'on-time':
      return (ctx) => onTimeByBucketSql(ctx, measure);
    // `cost-sum` and `snapshot` are JavaScript over the caller's rows: a bucket alone costs no
    // query. The others are windows whose answer for a bucket depends on its end (goals,
    // elapsed times): each bucket keeps its own query.
    // Composites are not leaves: `byBuckets` combines their parts.
    case 'cost-sum':
    case 'snapshot':
    case 'activity-goal':
    case 'elapsed':
    case 'ratio':
    case 'product':
    case 'metric':
      return undefined;
  }
}

/**
 * True when at least one leaf of the measure (following `metric` references) runs one query for
 * all buckets under these settings; false when the whole measure runs bucket by bucket.
 *
 * @example
 * measureGroupsByBucket(findMetric('user-ops.active-users').formula, {}, lookupMetric); // true
 */
export function measureGroupsByBucket(measure: Measure, settings: MetricSettings, lookup: (id: string) => MetricDefinition): boolean {
  switch (measure.kind) {
    case 'ratio':
      return measureGroupsByBucket(measure.numerator, settings, lookup) || measureGroupsByBucket(measure.denominator, settings, lookup);
    case 'product':
      return measure.factors.some((factor) => measureGroupsByBucket(factor, settings, lookup));
    case 'metric':
      return measureGroupsByBucket(lookup(measure.id).formula, settings, lookup);
    default:
      return groupedLeaf(measure, settings) !== undefined;
  }
}

async function byBuckets(ctx: SqlBucketsContext, measure: Measure): Promise<BucketValue[]> {
  switch (measure.kind) {
    case 'ratio': {
      const [numerator, denominator] = await Promise.all([evaluateSqlByBuckets(ctx, measure.numerator), evaluateSqlByBuckets(ctx, measure.denominator)]);
      return numerator.map((n, i) => settle(() => ratioOf(unwrap(n), unwrap(denominator[i]))));
    }
    case 'product': {
      const factors = await Promise.all(measure.factors.map((factor) => evaluateSqlByBuckets(ctx, factor)));
      return ctx.each.map((_, i) => settle(() => productOf(factors.map((f) => unwrap(f[i])))));
    }
    case 'metric':
      return evaluateSqlByBuckets(ctx, ctx.whole.lookup(measure.id).formula);
    default: {
      const grouped = groupedLeaf(measure, ctx.whole.settings);
      if (grouped === undefined) return eachBucket(ctx, measure);
      // Why the measure and the instants make the key: the other options are the request's own, the same for every metric.
      return sharedAnswer(ctx, JSON.stringify(measure), () => grouped(ctx));
    }
  }
}
