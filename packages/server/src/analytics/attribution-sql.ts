import { DEFAULT_TOUCH_EVENTS, NO_TOUCH, periodInstants, type AttributionSpec } from '@marketops/core';
import { IS_ACTION, TS_MS, eventsWithTraitsSql, inPeriodSql, readsTraits } from './actions-sql';
import { filtersSql, matcherSql } from './filter-sql';
import { SqlParams } from './sql-params';
import { jsTrim } from './value-test-sql';

/**
 * The attribution query (rules in `AttributionSpec`). One row per conversion
 * (`kind = 'conversion'`): its time, revenue as exact decimal text, currency and its touches in
 * the lookback window, the conversion itself left out, ordered by (ts, messageId), each run of
 * equal (channel, campaign) collapsed to its first touch. And the data-driven model's
 * non-converting paths, counted (`kind = 'open'`): a person's path is their touches in the period
 * after their last conversion, by (ts, messageId); one row per distinct (previous channel,
 * channel, last) of its touches with their number `n`, where a touch counts when it is the first
 * (previous NULL: a step from start), follows another channel (a step), or is the last (the
 * path's end in `null`). Touches see the trait filters only, never the event filters.
 *
 * Why counted and not listed per person: the Markov chain needs only the transition counts
 * (`markovFromTransitions`), and listing each person's channels in order was a per-group sorted
 * aggregate plus one row per person sent to JavaScript (the analytics benchmark at 1M events:
 * 13,249 rows, now 54; the query took 0.5-0.9 s, now 0.26-0.34 s).
 *
 * Only events from the lookback before the period's start to its end are read: a conversion is in
 * the period and its touches within the lookback before it, open paths are in the period. Why:
 * the rest of the history (often most of it) cannot change the answer, and every row read costs
 * its identity joins and its place in a join or a window sort.
 */
export function attributionSql(workspaceId: string, spec: AttributionSpec, lookbackMs: number): { sql: string; params: SqlParams['values'] } {
  const params = new SqlParams();
  const source = eventsWithTraitsSql(workspaceId, params, readsTraits(spec.filters));
  const filters = filtersSql(spec.filters, params);
  const touchNames = spec.touchEvents ?? DEFAULT_TOUCH_EVENTS;
  const namedTouch = touchNames.length === 0 ? 'FALSE' : `e.type = 'track' AND e.event IN (${touchNames.map((n) => params.add(n)).join(', ')})`;
  const conversion = `(${matcherSql(spec.conversion, params)}) AND (${inPeriodSql(spec.period, params)}) AND (${filters.events})`;
  const none = params.add(NO_TOUCH);
  const { start, end } = periodInstants(spec.period);
  const earliestMs = start.getTime() - lookbackMs;
  // Why the check: a lookback reaching before year 1000 (ISO text with a sign, or no Date at all) means all history.
  const from = earliestMs >= Date.UTC(1000, 0, 1) ? ` AND e.ts >= CAST(${params.add(new Date(earliestMs).toISOString())} AS TIMESTAMPTZ)` : '';
  const isTouch = `COALESCE(e.type IN ('page', 'screen') OR (${namedTouch}), FALSE)`;
  const read = (condition: string) =>
    `${source} AND ${IS_ACTION} AND (${filters.traits})${from} AND e.ts < CAST(${params.add(end.toISOString())} AS TIMESTAMPTZ) AND ${condition}`;
  // Why three reads of the events and not one shared list of actions: DuckDB materialises a list
  // read more than once, and at 10M events writing those 2.7M rows took 1.1 of the query's 6
  // CPU-seconds; the conversions are few, the touches of the two other reads stream.
  const sql = `WITH conversions AS MATERIALIZED (
      SELECT e.person_id AS person, ${TS_MS} AS ts, e.message_id, CAST(e.revenue AS VARCHAR) AS revenue, e.currency
        FROM ${read(`COALESCE(${conversion}, FALSE)`)}
    ),
    windowed AS (
      SELECT c.message_id AS conversion, t.ts, t.message_id, t.channel, t.campaign,
             lag(t.channel) OVER w AS previous_channel, lag(t.campaign) OVER w AS previous_campaign
        FROM conversions c
        -- Why the touches of converting people first: DuckDB estimates both sides of this join
        -- alike and built its hash table on all the touches (10M events: 2.7M rows, 2 of the
        -- query's 3 s); a semi-join always builds on the few people who converted. The campaign
        -- is trimmed here, on those touches only (a regular expression per row).
        JOIN (SELECT e.person_id AS person, ${TS_MS} AS ts, e.message_id, e.channel,
                     COALESCE(NULLIF(lower(${jsTrim('e.utm_campaign')}), ''), ${none}) AS campaign
                FROM ${read(`${isTouch} AND e.person_id IN (SELECT person FROM conversions)`)}) t
          ON t.person = c.person AND t.ts <= c.ts AND t.ts >= c.ts - CAST(${params.add(lookbackMs)} AS DOUBLE)
         AND t.message_id <> c.message_id
      WINDOW w AS (PARTITION BY c.message_id ORDER BY t.ts, t.message_id)
    ),
    collapsed AS (
      SELECT conversion, list({'ts': ts, 'channel': channel, 'campaign': campaign} ORDER BY ts, message_id) AS touches
        FROM windowed
       WHERE previous_channel IS DISTINCT FROM channel OR previous_campaign IS DISTINCT FROM campaign
       GROUP BY conversion
    ),
    last_conversion AS (SELECT person, max(ts) AS ts FROM conversions GROUP BY person),
    open_steps AS (
      SELECT t.channel, lag(t.channel) OVER p AS previous, lead(t.ts) OVER p IS NULL AS last
        FROM (SELECT e.person_id AS person, ${TS_MS} AS ts, e.message_id, e.channel
                FROM ${read(`${isTouch} AND (${inPeriodSql(spec.period, params)})`)}) t
        LEFT JOIN last_conversion l ON l.person = t.person
       WHERE l.ts IS NULL OR t.ts > l.ts
      WINDOW p AS (PARTITION BY t.person ORDER BY t.ts, t.message_id)
    ),
    open_transitions AS (
      SELECT previous, channel, last, count(*) AS n FROM open_steps
       WHERE previous IS NULL OR previous IS DISTINCT FROM channel OR last
       GROUP BY previous, channel, last
    )
    SELECT 'conversion' AS kind, c.ts, c.message_id, c.revenue, c.currency, COALESCE(k.touches, []) AS touches,
           NULL AS previous, NULL AS channel, NULL AS last, NULL AS n
      FROM conversions c LEFT JOIN collapsed k ON k.conversion = c.message_id
    UNION ALL
    SELECT 'open', NULL, NULL, NULL, NULL, NULL, previous, channel, last, n FROM open_transitions
    ORDER BY kind, ts, message_id`;
  return { sql, params: params.usedIn(sql) };
}
