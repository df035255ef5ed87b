import { EVENTS, PROPS, type SurveyMeasure } from '@marketops/core';
import { audienceSql } from '../audience-sql';
import { conditionSql } from '../condition-sql';
import { periodOpen, type MeasureValue } from '../core-internals';
import { jsonMember, memberEquals, memberKeyText, memberNumber } from '../json-sql';
import { numberOf } from '../reader';
import { builderFor, runOne, type SqlEvalContext } from '../sql-context';

/**
 * `survey` in SQL: the latest valid answer per (person, survey id) in the period, found with one
 * `arg_max` per pair, then promoters/detractors (NPS) or positive answers (share) counted.
 */
export async function surveySql(ctx: SqlEvalContext, measure: SurveyMeasure): Promise<MeasureValue> {
  const q = await builderFor(ctx, measure);
  const audience = measure.audience === true ? audienceSql(q) : 'TRUE';
  const question = memberEquals(jsonMember('properties', [PROPS.question], q.params), measure.question, q.params);
  const survey = `COALESCE(${memberKeyText(jsonMember('properties', [PROPS.surveyId], q.params))}, '')`;
  const scoring = measure.scoring;
  // Why `COALESCE(score, 0)`: the reference reads a missing or non-number score as 0 (a detractor).
  const score = `COALESCE(${memberNumber(jsonMember('properties', [PROPS.score], q.params))}, 0)`;
  const positive = scoring.kind === 'share' ? conditionSql(scoring.positive, q) : `${score} >= 9`;
  const negative = scoring.kind === 'share' ? 'FALSE' : `${score} <= 6`;
  const row = await runOne(
    ctx,
    q,
    `SELECT count(*) AS answers, count(*) FILTER (WHERE a.positive) AS positive, count(*) FILTER (WHERE a.negative) AS negative FROM (
       SELECT arg_max({'positive': ${positive}, 'negative': ${negative}}, (ts, message_id)) AS a
         FROM ev
        WHERE type = 'track' AND event = ${q.params.add(EVENTS.surveyAnswered)} AND ${q.inPeriod()} AND ${question}
          AND ${conditionSql(measure.valid, q)} AND ${audience}
        GROUP BY person_id, ${survey}
     )`,
  );
  const answers = numberOf(row['answers']);
  const positives = numberOf(row['positive']);
  const provisional = periodOpen({ end: ctx.endMs, asOf: ctx.asOfMs });
  if (scoring.kind === 'share') return { value: answers === 0 ? null : positives / answers, numerator: positives, denominator: answers, provisional };
  const net = positives - numberOf(row['negative']);
  return { value: answers === 0 ? null : (100 * net) / answers, numerator: net, denominator: answers, provisional };
}
