import { EVENTS, PROPS, type SurveyMeasure } from '@marketops/core';
import { audienceSql } from '../audience-sql';
import { bucketOpen, cellIndexSql, rowsByBucket, type BucketValue, type SqlBucketsContext } from '../bucket-context';
import { conditionSql } from '../condition-sql';
import { periodOpen, type MeasureValue } from '../core-internals';
import { jsonMember, memberEquals, memberKeyText, memberNumber } from '../json-sql';
import type { QueryBuilder } from '../query-builder';
import { numberOf } from '../reader';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';

/**
 * `survey` in SQL: the latest valid answer per (person, survey id) in the period, found with one
 * `arg_max` per pair, then promoters/detractors (NPS) or positive answers (share) counted. Over
 * buckets, the same per (bucket, person, survey id), counted per bucket.
 */

function answersSql(q: QueryBuilder, measure: SurveyMeasure, bucket?: string): string {
  const audience = measure.audience === true ? audienceSql(q) : 'TRUE';
  const question = memberEquals(jsonMember('properties', [PROPS.question], q.params), measure.question, q.params);
  const survey = `COALESCE(${memberKeyText(jsonMember('properties', [PROPS.surveyId], q.params))}, '')`;
  const scoring = measure.scoring;
  // Why `COALESCE(score, 0)`: the reference reads a missing or non-number score as 0 (a detractor).
  const score = `COALESCE(${memberNumber(jsonMember('properties', [PROPS.score], q.params))}, 0)`;
  const positive = scoring.kind === 'share' ? conditionSql(scoring.positive, q) : `${score} >= 9`;
  const negative = scoring.kind === 'share' ? 'FALSE' : `${score} <= 6`;
  const by = bucket === undefined ? '' : 'b, ';
  return `SELECT ${by}count(*) AS answers, count(*) FILTER (WHERE a.positive) AS positive, count(*) FILTER (WHERE a.negative) AS negative FROM (
       SELECT ${bucket === undefined ? '' : `${bucket} AS b, `}arg_max({'positive': ${positive}, 'negative': ${negative}}, (ts, message_id)) AS a
         FROM ev
        WHERE type = 'track' AND event = ${q.params.add(EVENTS.surveyAnswered)} AND ${q.inPeriod()} AND ${question}
          AND ${conditionSql(measure.valid, q)} AND ${audience}
        GROUP BY ${by}person_id, ${survey}
     )${bucket === undefined ? '' : '\n     GROUP BY b'}`;
}

function surveyValue(measure: SurveyMeasure, row: Record<string, unknown> | undefined, provisional: boolean): MeasureValue {
  const answers = numberOf(row?.['answers']);
  const positives = numberOf(row?.['positive']);
  if (measure.scoring.kind === 'share') return { value: answers === 0 ? null : positives / answers, numerator: positives, denominator: answers, provisional };
  const net = positives - numberOf(row?.['negative']);
  return { value: answers === 0 ? null : (100 * net) / answers, numerator: net, denominator: answers, provisional };
}

export async function surveySql(ctx: SqlEvalContext, measure: SurveyMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  const row = await runOne(ctx, q, answersSql(q, measure));
  return surveyValue(measure, row, periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs }));
}

/** `survey` per bucket in one query (without a target audience rule: it is read as of each bucket's end). */
export async function surveyByBucketSql(ctx: SqlBucketsContext, measure: SurveyMeasure): Promise<BucketValue[]> {
  const q = await builderFor(ctx.whole, measure);
  const rows = await rowsByBucket(ctx, q, answersSql(q, measure, cellIndexSql(q, ctx)));
  return rows.map((bucket, i) => ({ ok: surveyValue(measure, bucket[0], bucketOpen(ctx, i)) }));
}
