import { EVENTS, PROPS, type Measure, type MetricCondition, type MetricFilter } from '@marketops/core';
import { hostOf } from './core-internals';
import type { MetricSqlReader } from './reader';
import { textOrNull } from './reader';

/**
 * The pre-pass of the `mentioned-referrer` condition. Why not in SQL: the host rule is the URL
 * parser of JavaScript (IDNA, percent-decoding, backslashes, default ports), which no SQL
 * expression reproduces exactly. So the (few) mentioned urls and the distinct referrers are read,
 * the reference's own `hostOf` decides, and the matching referrer texts go back as a parameter.
 */

function conditionNeeds(condition: MetricCondition): boolean {
  return condition.kind === 'mentioned-referrer' || (condition.kind === 'any' && condition.conditions.some(conditionNeeds));
}

function filterNeeds(filter: MetricFilter): boolean {
  return filter.some((match) => (match.where ?? []).some(conditionNeeds));
}

/** True when a measure (not following `metric` references) reads `mentioned-referrer`. */
export function measureNeedsMentions(measure: Measure): boolean {
  switch (measure.kind) {
    case 'count':
    case 'distinct':
    case 'rolling-active':
    case 'sessions':
    case 'retention':
    case 'money-sum':
      return filterNeeds(measure.filter);
    case 'first':
      return filterNeeds(measure.filter) || (measure.also ?? []).some(conditionNeeds);
    case 'followed-within':
      return filterNeeds(measure.cohort) || filterNeeds(measure.follow);
    case 'elapsed':
      return filterNeeds(measure.start) || filterNeeds(measure.end);
    case 'survey':
      return conditionNeeds(measure.valid) || (measure.scoring.kind === 'share' && conditionNeeds(measure.scoring.positive));
    case 'ratio':
      return measureNeedsMentions(measure.numerator) || measureNeedsMentions(measure.denominator);
    case 'product':
      return measure.factors.some(measureNeedsMentions);
    case 'metric':
    case 'cost-sum':
    case 'snapshot':
    case 'daily-records':
    case 'on-time':
    case 'activity-goal':
      return false;
  }
}

/**
 * The referrers (exact stored text) whose host is the host of the `url` of a "Media Mentioned"
 * `track` event before `endIso`.
 */
export async function mentionedReferrers(reader: MetricSqlReader, workspaceId: string, endIso: string): Promise<string[]> {
  const urls = await reader.query(
    `SELECT DISTINCT properties ->> $url AS url FROM events
      WHERE workspace_id = $ws AND type = 'track' AND event = $mentioned AND ts < CAST($end AS TIMESTAMPTZ) AND json_type(properties, $url) = 'VARCHAR'`,
    { ws: workspaceId, mentioned: EVENTS.mediaMentioned, end: endIso, url: `/${PROPS.url}` },
  );
  const hosts = new Set<string>();
  for (const row of urls) {
    const host = hostOf(textOrNull(row['url']));
    if (host !== null) hosts.add(host);
  }
  if (hosts.size === 0) return [];
  const referrers = await reader.query('SELECT DISTINCT referrer FROM events WHERE workspace_id = $ws AND referrer IS NOT NULL', { ws: workspaceId });
  const matching: string[] = [];
  for (const row of referrers) {
    const referrer = textOrNull(row['referrer']);
    const host = hostOf(referrer);
    if (referrer !== null && host !== null && hosts.has(host)) matching.push(referrer);
  }
  return matching.sort();
}
