import { NOT_REACH_CHANNELS, REACH_EVENTS, type ReachSpec } from '@marketops/core';
import { IS_ACTION, eventsWithTraitsSql, inPeriodSql, readsTraits } from './actions-sql';
import { filtersSql } from './filter-sql';
import { SqlParams } from './sql-params';
import { jsTrim } from './value-test-sql';

/**
 * The reach query (rules in `ReachSpec`): the period's touches (non-owned page/screen views,
 * `Event Attended` and `Ad Impression`) passing every filter, counted per channel and per
 * campaign, grouped ignoring case, each group named by its code-unit-smallest spelling. Rows:
 * (dim, name, reach, touches), `dim` being `channel`, `campaign` or `total`.
 */
export function reachSql(workspaceId: string, spec: ReachSpec): { sql: string; params: SqlParams['values'] } {
  const params = new SqlParams();
  const source = eventsWithTraitsSql(workspaceId, params, readsTraits(spec.filters));
  const filters = filtersSql(spec.filters, params);
  const owned = [...NOT_REACH_CHANNELS].map((c) => params.add(c)).join(', ');
  const reachEvents = [...REACH_EVENTS].map((n) => params.add(n)).join(', ');
  const none = params.add('(none)');
  const sql = `WITH touches AS (
      SELECT e.person_id AS person, e.channel, COALESCE(NULLIF(${jsTrim('e.utm_campaign')}, ''), ${none}) AS campaign
        FROM ${source}
         AND ${IS_ACTION} AND ${inPeriodSql(spec.period, params)}
         AND (${filters.events}) AND (${filters.traits})
         AND ((e.type IN ('page', 'screen') AND e.channel NOT IN (${owned})) OR (e.type = 'track' AND e.event IN (${reachEvents})))
    )
    SELECT 'channel' AS dim, min(channel) AS name, count(DISTINCT person) AS reach, count(*) AS touches FROM touches GROUP BY lower(channel)
    UNION ALL
    SELECT 'campaign', min(campaign), count(DISTINCT person), count(*) FROM touches GROUP BY lower(campaign)
    UNION ALL
    SELECT 'total', NULL, count(DISTINCT person), count(*) FROM touches`;
  return { sql, params: params.usedIn(sql) };
}
