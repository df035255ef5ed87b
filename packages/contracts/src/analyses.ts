import { z } from 'zod';
import { MetricResultSchema } from './metrics';

/**
 * Requests and answers of the analyses API (`POST /api/workspaces/{ws}/analyses/<kind>`): the
 * core's specs (packages/core/src/analysis/*-spec.ts, where every semantic rule is written) as
 * JSON. Dates are the workspace's calendar days, `YYYY-MM-DD`; the time zone comes from the
 * workspace's settings unless the request names one.
 */
const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a calendar date YYYY-MM-DD');

export const AnalysisPeriodSchema = z
  .object({
    from: CalendarDate.describe('first day, inclusive'),
    to: CalendarDate.describe('last day, inclusive'),
    timeZone: z.string().min(1).max(64).optional().describe('IANA zone; default: the workspace setting'),
  })
  .strict();

const Scalar = z.union([z.string().max(1000), z.number(), z.boolean()]);
export const ValueTestSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('equals'), value: Scalar }).strict(),
  z.object({ op: z.literal('in'), values: z.array(Scalar).min(1).max(1000) }).strict(),
  z.object({ op: z.literal('contains'), value: z.string().max(1000) }).strict(),
  z.object({ op: z.literal('exists') }).strict(),
  z.object({ op: z.enum(['gt', 'gte', 'lt', 'lte']), value: z.number() }).strict(),
]);

export const UTM_FIELDS = ['source', 'medium', 'name', 'term', 'content', 'id', 'sourcePlatform', 'creativeFormat', 'marketingTactic'] as const;
const Key = z.string().min(1).max(200);

export const EventFilterSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('channel'), test: ValueTestSchema }).strict(),
  z.object({ kind: z.literal('campaign'), field: z.enum(UTM_FIELDS), test: ValueTestSchema }).strict(),
  z.object({ kind: z.literal('property'), key: Key, test: ValueTestSchema }).strict(),
]);
export const FilterSchema = z.union([EventFilterSchema, z.object({ kind: z.literal('trait'), key: Key, test: ValueTestSchema }).strict()]);

export const BreakdownSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('channel') }).strict(),
  z.object({ kind: z.literal('campaign'), field: z.enum(UTM_FIELDS) }).strict(),
  z.object({ kind: z.literal('property'), key: Key }).strict(),
  z.object({ kind: z.literal('trait'), key: Key }).strict(),
]);

export const EventMatcherSchema = z
  .object({
    target: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('event'), event: z.string().min(1).max(200) }).strict(),
      z.object({ kind: z.literal('page'), name: z.string().max(200).optional() }).strict(),
      z.object({ kind: z.literal('screen'), name: z.string().max(200).optional() }).strict(),
    ]),
    where: z.array(EventFilterSchema).max(20).optional(),
  })
  .strict();

const Filters = z.array(FilterSchema).max(20).optional();
/** Why a cap: every cost row is looked up in the map, per bucket and series; an unbounded map is an unbounded request. */
const ChannelMap = z
  .record(z.string().max(200), z.string().max(200))
  .refine((map) => Object.keys(map).length <= 200, 'at most 200 channel mappings')
  .optional();

export const FunnelRequestSchema = z
  .object({
    period: AnalysisPeriodSchema,
    steps: z.array(EventMatcherSchema.extend({ label: z.string().max(200).optional() })).min(2).max(20),
    order: z.enum(['ordered', 'strict', 'any']).optional(),
    window: z.object({ value: z.number().positive().max(10_000), unit: z.enum(['second', 'minute', 'hour', 'day', 'week']) }).strict().optional(),
    exclusions: z.array(EventMatcherSchema).max(10).optional(),
    filters: Filters,
    breakdown: BreakdownSchema.optional(),
  })
  .strict();

export const RetentionRequestSchema = z
  .object({
    period: AnalysisPeriodSchema,
    interval: z.enum(['day', 'week', 'month']),
    periods: z.number().int().min(1).max(120),
    kind: z.enum(['first-time', 'recurring']),
    mode: z.enum(['on', 'unbounded']).optional(),
    startEvent: EventMatcherSchema,
    returnEvent: EventMatcherSchema,
    filters: Filters,
    breakdown: BreakdownSchema.optional(),
  })
  .strict();

export const ATTRIBUTION_MODEL_VALUES = ['first-touch', 'last-touch', 'last-non-direct', 'linear', 'time-decay', 'position-based', 'data-driven'] as const;
export const AttributionRequestSchema = z
  .object({
    period: AnalysisPeriodSchema,
    conversion: EventMatcherSchema,
    filters: Filters,
    lookbackDays: z.number().int().min(1).max(365).optional(),
    models: z.array(z.enum(ATTRIBUTION_MODEL_VALUES)).min(1).optional(),
    halfLifeDays: z.number().positive().max(365).optional(),
    touchEvents: z.array(z.string().min(1).max(200)).max(50).optional(),
  })
  .strict();

export const ReachRequestSchema = z
  .object({
    period: AnalysisPeriodSchema,
    filters: Filters,
    channelMap: ChannelMap.describe('cost-file channel name -> channel group, e.g. { "WeChat Ads": "Paid Social" }; at most 200 entries'),
  })
  .strict();

export const ReferralRequestSchema = z.object({ period: AnalysisPeriodSchema, interval: z.enum(['day', 'week', 'month']) }).strict();

/** A metric over time (packages/core/src/analysis/trend-spec.ts has every rule). */
export const TrendRequestSchema = z
  .object({
    metricId: z.string().min(1).max(200).describe('a metric id, e.g. store-ops.orders (GET /api/metrics lists them)'),
    period: AnalysisPeriodSchema,
    interval: z.enum(['day', 'week', 'month']),
    filters: Filters,
    breakdown: BreakdownSchema.optional(),
    compare: z.boolean().optional().describe('also the previous period of the same length, bucket by bucket'),
    channelMap: ChannelMap.describe('cost-file channel name -> channel group, so channel filters and breakdowns reach cost rows; at most 200 entries'),
  })
  .strict();

// Answers. Times in milliseconds; rates 0..1; money as exact decimal text per currency.
const Rate = z.number().nullable();
export const FunnelStepResultSchema = z.object({
  step: z.number(),
  label: z.string(),
  people: z.number(),
  conversionFromPrevious: Rate,
  conversionFromFirst: Rate,
  medianTimeToConvertMs: z.number().nullable(),
});
export const FunnelResultSchema = z.object({
  steps: z.array(FunnelStepResultSchema),
  excludedPeople: z.number(),
  breakdown: z.array(z.object({ value: z.string(), steps: z.array(FunnelStepResultSchema) })).optional(),
});

const RetentionMatrixShape = {
  cohorts: z.array(
    z.object({
      bucket: z.string(),
      size: z.number(),
      cells: z.array(z.object({ period: z.number(), bucket: z.string(), retained: z.number(), rate: Rate, complete: z.boolean() })),
    }),
  ),
  overall: z.array(z.object({ period: z.number(), cohortSize: z.number(), retained: z.number(), rate: Rate })),
};
export const RetentionResultSchema = z.object({ ...RetentionMatrixShape, breakdown: z.array(z.object({ value: z.string(), ...RetentionMatrixShape })).optional() });

const AttributionRowSchema = z.object({ channel: z.string(), campaign: z.string().nullable(), conversions: z.number(), revenue: z.record(z.string(), z.number()) });
export const AttributionResultSchema = z.object({
  conversions: z.number(),
  revenue: z.record(z.string(), z.number()),
  models: z.array(z.object({ model: z.enum(ATTRIBUTION_MODEL_VALUES), byChannel: z.array(AttributionRowSchema), byCampaign: z.array(AttributionRowSchema) })),
  markov: z.object({ conversionProbability: z.number(), removalEffects: z.record(z.string(), z.number()) }).optional(),
});

const ReachTotals = {
  reach: z.number(),
  touches: z.number(),
  frequency: z.number().nullable(),
  cost: z.record(z.string(), z.string()),
  costPerContact: z.record(z.string(), z.string().nullable()),
};
export const ReachResultSchema = z.object({
  byChannel: z.array(z.object({ name: z.string(), ...ReachTotals })),
  byCampaign: z.array(z.object({ name: z.string(), ...ReachTotals })),
  total: z.object(ReachTotals),
});

export const ReferralResultSchema = z.object({
  edges: z.array(z.object({ referrer: z.string(), referred: z.string(), signedUpAt: z.number(), via: z.enum(['referrer_id', 'referral_code']) })),
  trees: z.array(z.object({ root: z.string(), size: z.number(), depth: z.number() })),
  cohorts: z.array(
    z.object({
      bucket: z.string(),
      size: z.number(),
      invitations: z.number(),
      referredSignups: z.number(),
      invitationsPerMember: Rate,
      invitationConversionRate: Rate,
      kFactor: Rate,
      medianCycleTimeMs: z.number().nullable(),
    }),
  ),
  medianCycleTimeMs: z.number().nullable(),
});

const TrendPeriodSchema = z.object({ from: z.string(), to: z.string(), timeZone: z.string() });
export const TrendSeriesSchema = z.object({
  /** `total`: everything that passes the filters; `group`: one breakdown value; `other`: the values beyond the limit, together. */
  kind: z.enum(['total', 'group', 'other']),
  name: z.string(),
  value: MetricResultSchema.describe('the metric over the whole period'),
  buckets: z.array(MetricResultSchema),
  previous: z
    .object({ value: MetricResultSchema, buckets: z.array(MetricResultSchema), change: z.number().nullable(), relativeChange: z.number().nullable() })
    .optional()
    .describe('with compare: the previous period, and each bucket moved back by the period\'s length'),
  mergedValues: z.number().int().optional().describe('(other) only: how many ranked breakdown values it holds'),
});
export const TrendResultSchema = z.object({
  metricId: z.string(),
  unit: z.string(),
  period: TrendPeriodSchema,
  interval: z.enum(['day', 'week', 'month']),
  previousPeriod: TrendPeriodSchema.optional(),
  breakdown: BreakdownSchema.optional(),
  /** The total first, then the breakdown values largest first (at most ten), then (other). */
  series: z.array(TrendSeriesSchema),
});

const NameCountSchema = z.object({ name: z.string(), count: z.number().int().describe('stored events carrying the name; 0 for a known name not seen yet') });
/** `GET /api/workspaces/{ws}/names`: what the explorers' forms suggest. */
export const WorkspaceNamesSchema = z.object({
  events: z.array(NameCountSchema).describe('track event names: the workspace\'s own, most frequent first, then the metrics vocabulary\'s unseen ones'),
  channels: z.array(NameCountSchema).describe('channel groups: the workspace\'s own, most frequent first, then the default rules\' unseen ones'),
});
