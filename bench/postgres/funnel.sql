-- A four-step ordered funnel with a conversion window (the rules of
-- packages/core/src/analysis/funnel-spec.ts): people per step and the median time between steps.
--
-- Parameters:
--   :'workspace', :'period_start', :'period_end' (timestamptz; every step inside the period)
--   :'window'        conversion window from step 1 to the last step, an interval ('7 days')
--   :'step1_page'    step 1: a page view of this name
--   :'step2_event', :'step3_event', :'step4_event'   steps 2-4: track calls of these names
--
-- One row: people reaching each step, and the median milliseconds from step k-1 to step k.
--
-- How: every step-1 view starts an attempt; each next step takes the earliest matching call at or
-- after the previous step, within the window from the attempt's start. With no call matching two
-- steps (true here: one page and three different track events) the earliest choice is optimal, so
-- this is the attempt that gets furthest; a person counts once, with their furthest attempt, ties
-- going to the earliest start.
--
-- No self-joins: per person, in descending time, running minimums give for every call "the first
-- step-k call at or after me" (RANGE frames include calls at the same instant), and chaining them
-- gives "the first step-3 call after the first step-2 call after me", and so on: one sort, three
-- window passes.
WITH aliases AS MATERIALIZED (
  SELECT alias_id, person_id FROM person_aliases WHERE workspace_id = :'workspace'
),
actions AS (
  SELECT COALESCE(u.person_id, e.user_id, a.person_id, e.anonymous_id) AS person,
         e.ts,
         CASE WHEN e.type = 'page' THEN 1 WHEN e.event = :'step2_event' THEN 2 WHEN e.event = :'step3_event' THEN 3 ELSE 4 END AS step
    FROM events e
    LEFT JOIN aliases u ON u.alias_id = e.user_id
    LEFT JOIN aliases a ON a.alias_id = e.anonymous_id
   WHERE e.workspace_id = :'workspace'
     AND e.ts >= :'period_start'::timestamptz AND e.ts < :'period_end'::timestamptz
     AND ((e.type = 'page' AND e.event = :'step1_page')
          OR (e.type = 'track' AND e.event IN (:'step2_event', :'step3_event', :'step4_event')))
),
-- next_k: the first step-k call at or after this call.
nexts AS (
  SELECT person, ts, step,
         min(ts) FILTER (WHERE step = 2) OVER later AS next_2,
         min(ts) FILTER (WHERE step = 3) OVER later AS next_3,
         min(ts) FILTER (WHERE step = 4) OVER later AS next_4
    FROM actions
  WINDOW later AS (PARTITION BY person ORDER BY ts DESC)
),
-- next_2_3: the first step-3 call at or after the first step-2 call at or after this call, etc.
-- (next_3 only grows with time, so the minimum over later step-2 calls is the first one's.)
chains AS (
  SELECT person, ts, step, next_2,
         min(next_3) FILTER (WHERE step = 2) OVER later AS next_2_3,
         min(next_4) FILTER (WHERE step = 3) OVER later AS next_3_4
    FROM nexts
  WINDOW later AS (PARTITION BY person ORDER BY ts DESC)
),
attempts AS (
  SELECT person, ts AS t1, next_2, next_2_3,
         min(next_3_4) FILTER (WHERE step = 2) OVER later AS next_2_3_4,
         step
    FROM chains
  WINDOW later AS (PARTITION BY person ORDER BY ts DESC)
),
windowed AS (
  SELECT person, t1,
         t2,
         CASE WHEN t2 IS NOT NULL AND next_2_3 <= t1 + :'window'::interval THEN next_2_3 END AS t3,
         CASE WHEN t2 IS NOT NULL AND next_2_3 <= t1 + :'window'::interval AND next_2_3_4 <= t1 + :'window'::interval THEN next_2_3_4 END AS t4
    FROM (SELECT *, CASE WHEN next_2 <= t1 + :'window'::interval THEN next_2 END AS t2 FROM attempts WHERE step = 1) s
),
chosen AS (
  SELECT DISTINCT ON (person) t1, t2, t3, t4
    FROM windowed
   ORDER BY person, (t2 IS NOT NULL)::int + (t3 IS NOT NULL)::int + (t4 IS NOT NULL)::int DESC, t1
)
SELECT count(*) AS step1,
       count(t2) AS step2,
       count(t3) AS step3,
       count(t4) AS step4,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t2 - t1) * 1000) AS median_ms_2,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t3 - t2) * 1000) AS median_ms_3,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t4 - t3) * 1000) AS median_ms_4
  FROM chosen;
