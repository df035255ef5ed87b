-- A 30-day trend by channel (the rules of packages/core/src/analysis/trend-spec.ts, breakdown by
-- channel, interval day): the metric user-ops.active-users, the people with a track, page or
-- screen call other than calls the company sent them, per local day and over the whole period;
-- for the total, for each of the ten channels with the most people over the period (ties: name in
-- byte order), and for the other channels together as `(other)`.
--
-- Parameters:
--   :'workspace', :'period_start', :'period_end' (timestamptz)
--   :'time_zone'         the workspace's zone: which day an event falls on
--   :'excluded_events'   call names that are not activity (a text[] literal)
--   :'series_limit'      channels with a series of their own (10)
--
-- Rows: (series, day, people); day NULL is the value over the whole period; series `total`, a
-- channel, or `(other)`. Days without anyone are absent (0).
--
-- How: activity is first reduced to one row per (day, channel, user id, anonymous id), then
-- identities are resolved (the person is a function of the two ids); one GROUPING SETS pass counts
-- every series by day and over the period.
WITH aliases AS MATERIALIZED (
  SELECT alias_id, person_id FROM person_aliases WHERE workspace_id = :'workspace'
),
active AS (
  SELECT (ts AT TIME ZONE :'time_zone'::text)::date AS day, channel, user_id, anonymous_id
    FROM events
   WHERE workspace_id = :'workspace'
     AND ts >= :'period_start'::timestamptz AND ts < :'period_end'::timestamptz
     AND type IN ('track', 'page', 'screen')
     AND NOT COALESCE(event = ANY (:'excluded_events'::text[]), false)
   GROUP BY 1, 2, 3, 4
),
people AS MATERIALIZED (
  SELECT d.day, d.channel, COALESCE(u.person_id, d.user_id, a.person_id, d.anonymous_id) AS person
    FROM active d
    LEFT JOIN aliases u ON u.alias_id = d.user_id
    LEFT JOIN aliases a ON a.alias_id = d.anonymous_id
),
ranked AS (
  SELECT channel, row_number() OVER (ORDER BY count(DISTINCT person) DESC, channel) AS rank
    FROM people
   GROUP BY channel
)
SELECT CASE WHEN GROUPING(s.series) = 1 THEN 'total' ELSE s.series END AS series, s.day, count(DISTINCT s.person) AS people
  FROM (
    SELECT p.day, p.person, CASE WHEN r.rank <= :'series_limit'::int THEN p.channel ELSE '(other)' END AS series
      FROM people p
      JOIN ranked r USING (channel)
  ) s
 GROUP BY GROUPING SETS ((s.series, s.day), (s.series), (s.day), ())
 ORDER BY 1, 2;
