-- First-time retention in weekly cohorts (the rules of packages/core/src/analysis/retention-spec.ts,
-- kind first-time, interval week, mode on): a person's cohort is the ISO week (Monday, in the
-- workspace's zone) of their first start event ever, if its date is inside the period; they are
-- retained in week k when they made a return event in the k-th week after (week 0: at or after the
-- start event).
--
-- Parameters:
--   :'workspace'
--   :'time_zone'      the workspace's zone ('Asia/Shanghai'): local dates and weeks
--   :'period_start', :'period_end'   the period's first instant and the first after it (timestamptz:
--                    a start's local date is in the period exactly when its instant is in these)
--   :'periods'        the last week k reported (12)
--   :'start_event'    track call that starts a person's cohort ('Signed Up')
--   return event: any page view
--
-- Rows: (cohort, k, people); k = -1 is the cohort's size.
--
-- How: returns are first reduced to one row per (user id, anonymous id, week) with the week's last
-- page view, before identities are resolved: the person is a function of the two ids, and week 0
-- only asks whether some return came at or after the start.
WITH aliases AS MATERIALIZED (
  SELECT alias_id, person_id FROM person_aliases WHERE workspace_id = :'workspace'
),
starts AS (
  SELECT DISTINCT ON (person) person, ts, d
    FROM (
      SELECT COALESCE(u.person_id, e.user_id, a.person_id, e.anonymous_id) AS person, e.ts, e.message_id,
             (e.ts AT TIME ZONE :'time_zone'::text)::date AS d
        FROM events e
        LEFT JOIN aliases u ON u.alias_id = e.user_id
        LEFT JOIN aliases a ON a.alias_id = e.anonymous_id
       WHERE e.workspace_id = :'workspace' AND e.type = 'track' AND e.event = :'start_event'
    ) s
   ORDER BY person, ts, message_id
),
anchors AS MATERIALIZED (
  SELECT person, ts, date_trunc('week', d::timestamp)::date AS cohort
    FROM starts
   WHERE ts >= :'period_start'::timestamptz AND ts < :'period_end'::timestamptz
),
weekly_returns AS (
  SELECT user_id, anonymous_id, date_trunc('week', ts AT TIME ZONE :'time_zone'::text)::date AS week, max(ts) AS last_ts
    FROM events
   WHERE workspace_id = :'workspace' AND type = 'page'
   GROUP BY 1, 2, 3
),
returns AS MATERIALIZED (
  SELECT COALESCE(u.person_id, r.user_id, a.person_id, r.anonymous_id) AS person, r.week, r.last_ts
    FROM weekly_returns r
    LEFT JOIN aliases u ON u.alias_id = r.user_id
    LEFT JOIN aliases a ON a.alias_id = r.anonymous_id
),
hits AS (
  SELECT DISTINCT a.cohort, a.person, (r.week - a.cohort) / 7 AS k
    FROM anchors a
    JOIN returns r ON r.person = a.person
   WHERE r.week >= a.cohort AND (r.week > a.cohort OR r.last_ts >= a.ts)
)
SELECT cohort, -1 AS k, count(*) AS people FROM anchors GROUP BY cohort
UNION ALL
SELECT cohort, k, count(*) FROM hits WHERE k <= :'periods'::int GROUP BY cohort, k
ORDER BY cohort, k;
