-- Attribution of conversions to channels and campaigns under all seven models (the rules of
-- packages/core/src/analysis/attribution-spec.ts and markov.ts), data-driven included: its
-- Markov chain is built and solved here too.
--
-- Parameters:
--   :'workspace', :'period_start', :'period_end' (timestamptz: conversions inside the period)
--   :'conversion_event'   track call that is a conversion ('Order Completed')
--   :'lookback'           touches up to this long before a conversion, an interval in hours ('720 hours')
--   :'half_life_ms'       time-decay half-life in milliseconds
--   :'touch_events'       track calls that are touches besides page and screen views (a text[] literal)
--
-- Rows, by kind:
--   credit       model, channel, campaign (NULL on channel rows), currency: credited conversions and revenue
--   total        currency: conversions and revenue
--   effect       channel: the data-driven model's removal effect
--   probability  the chain's probability of conversion
--
-- A conversion's touches: its person's page/screen views and touch calls in [conversion - lookback,
-- conversion], itself excluded, ordered by (ts, messageId), each run of equal (channel, campaign)
-- collapsed to its first. Campaign: utm_campaign trimmed and lower-cased, else (none).
WITH RECURSIVE aliases AS MATERIALIZED (
  SELECT alias_id, person_id FROM person_aliases WHERE workspace_id = :'workspace'
),
-- Conversions and touches read separately: each is an index-only scan of its own index (orders
-- by name, touches by time; indexes.sql), and nothing before the first lookback or after the
-- period can matter.
conversions AS MATERIALIZED (
  SELECT COALESCE(u.person_id, e.user_id, a.person_id, e.anonymous_id) AS person,
         e.ts, e.message_id, e.revenue::float8 AS revenue, COALESCE(e.currency, '(none)') AS currency
    FROM events e
    LEFT JOIN aliases u ON u.alias_id = e.user_id
    LEFT JOIN aliases a ON a.alias_id = e.anonymous_id
   WHERE e.workspace_id = :'workspace' AND e.type = 'track' AND e.event = :'conversion_event'
     AND e.ts >= :'period_start'::timestamptz AND e.ts < :'period_end'::timestamptz
),
touch_calls AS MATERIALIZED (
  SELECT COALESCE(u.person_id, e.user_id, a.person_id, e.anonymous_id) AS person,
         e.ts, e.message_id, e.channel,
         COALESCE(NULLIF(lower(btrim(e.utm_campaign, E' \t\n\r\f\v')), ''), '(none)') AS campaign
    FROM events e
    LEFT JOIN aliases u ON u.alias_id = e.user_id
    LEFT JOIN aliases a ON a.alias_id = e.anonymous_id
   WHERE e.workspace_id = :'workspace'
     AND e.ts >= :'period_start'::timestamptz - :'lookback'::interval AND e.ts < :'period_end'::timestamptz
     AND (e.type IN ('page', 'screen') OR (e.type = 'track' AND e.event = ANY (:'touch_events'::text[])))
),
windowed AS (
  SELECT c.message_id AS conversion, c.ts AS conversion_ts, t.ts, t.message_id, t.channel, t.campaign,
         lag(t.channel) OVER w AS previous_channel,
         lag(t.campaign) OVER w AS previous_campaign
    FROM conversions c
    JOIN touch_calls t ON t.person = c.person AND t.message_id <> c.message_id
               AND t.ts <= c.ts AND t.ts >= c.ts - :'lookback'::interval
  WINDOW w AS (PARTITION BY c.message_id ORDER BY t.ts, t.message_id COLLATE "C")
),
touches AS MATERIALIZED (
  SELECT conversion, conversion_ts, ts, channel, campaign,
         row_number() OVER w AS i,
         count(*) OVER (PARTITION BY conversion) AS n
    FROM windowed
   WHERE previous_channel IS DISTINCT FROM channel OR previous_campaign IS DISTINCT FROM campaign
  WINDOW w AS (PARTITION BY conversion ORDER BY ts, message_id COLLATE "C")
),

-- The data-driven model. Paths: each conversion's touches -> conversion; each person's touches in
-- the period after their last conversion (all of them without one) -> null. Consecutive equal
-- channels are one state.
last_conversion AS (
  SELECT person, max(ts) AS ts FROM conversions GROUP BY person
),
path_steps AS (
  SELECT 'c' || conversion AS path, true AS converted, i AS pos, channel FROM touches
  UNION ALL
  SELECT 'o' || t.person, false, row_number() OVER (PARTITION BY t.person ORDER BY t.ts, t.message_id COLLATE "C"), t.channel
    FROM touch_calls t
    LEFT JOIN last_conversion l ON l.person = t.person
   WHERE t.ts >= :'period_start'::timestamptz AND (l.ts IS NULL OR t.ts > l.ts)
),
path_states AS MATERIALIZED (
  SELECT path, converted, pos, channel
    FROM (SELECT *, lag(channel) OVER (PARTITION BY path ORDER BY pos) AS previous FROM path_steps) s
   WHERE previous IS DISTINCT FROM channel
),
transitions AS (
  SELECT COALESCE(lag(channel) OVER (PARTITION BY path ORDER BY pos), '(start)') AS from_state, channel AS to_state FROM path_states
  UNION ALL
  (SELECT DISTINCT ON (path) channel, CASE WHEN converted THEN '(conversion)' ELSE '(null)' END FROM path_states ORDER BY path, pos DESC)
),
transition_counts AS (
  SELECT from_state, to_state, count(*)::float8 AS n FROM transitions GROUP BY from_state, to_state
),
states AS MATERIALIZED (
  SELECT row_number() OVER (ORDER BY state COLLATE "C")::int AS id, state
    FROM (SELECT from_state AS state FROM transition_counts UNION SELECT to_state FROM transition_counts) s
   WHERE state NOT IN ('(conversion)', '(null)')
),
probabilities AS MATERIALIZED (
  SELECT f.id AS from_id, t.id AS to_id, c.to_state = '(conversion)' AS to_conversion,
         c.n / sum(c.n) OVER (PARTITION BY c.from_state) AS p
    FROM transition_counts c
    JOIN states f ON f.state = c.from_state
    LEFT JOIN states t ON t.state = c.to_state
),
-- P(conversion) from every state, with no channel removed (removed = 0) and with each channel
-- removed in turn (its state sends everything to null): x = r + Q x, iterated from x = 0 until it
-- no longer changes (Jacobi; every path ends, so it converges).
absorption (removed, step, x, delta) AS (
  SELECT s.id, 0, array_fill(0::float8, ARRAY[(SELECT count(*) FROM states)::int]), 1::float8
    FROM (SELECT 0 AS id UNION ALL SELECT id FROM states WHERE state <> '(start)') s
  UNION ALL
  SELECT it.removed, it.step + 1, nx.x, (SELECT max(abs(new - old)) FROM unnest(nx.x, it.x) d(new, old))
    FROM absorption it
   CROSS JOIN LATERAL (
     SELECT array_agg(v ORDER BY id) AS x
       FROM (
         SELECT s.id,
                CASE WHEN s.id = it.removed THEN 0
                     ELSE COALESCE(sum(p.p * CASE WHEN p.to_conversion THEN 1 WHEN p.to_id IS NULL THEN 0 ELSE it.x[p.to_id] END), 0) END AS v
           FROM states s LEFT JOIN probabilities p ON p.from_id = s.id
          GROUP BY s.id
       ) per_state
   ) nx
   WHERE it.delta > 1e-16 AND it.step < 10000
),
conversion_probability AS MATERIALIZED (
  SELECT DISTINCT ON (removed) removed, x[(SELECT id FROM states WHERE state = '(start)')] AS p
    FROM absorption
   ORDER BY removed, step DESC
),
removal_effects AS MATERIALIZED (
  SELECT s.state AS channel, CASE WHEN base.p > 0 THEN 1 - r.p / base.p ELSE 0 END AS effect
    FROM states s
    JOIN conversion_probability r ON r.removed = s.id
   CROSS JOIN (SELECT p FROM conversion_probability WHERE removed = 0) base
),

-- Credit of every touch under every model.
path_effect_totals AS (
  SELECT d.conversion, sum(COALESCE(r.effect, 0)) AS total
    FROM (SELECT DISTINCT conversion, channel FROM touches) d
    LEFT JOIN removal_effects r USING (channel)
   GROUP BY d.conversion
),
weighted AS (
  SELECT t.*,
         COALESCE(max(t.i) FILTER (WHERE t.channel <> 'Direct') OVER (PARTITION BY t.conversion), t.n) AS last_non_direct_i,
         power(2::float8, -(extract(epoch FROM t.conversion_ts - t.ts) * 1000)::float8 / :'half_life_ms'::float8) AS decay,
         count(*) OVER (PARTITION BY t.conversion, t.channel) AS channel_touches,
         COALESCE(r.effect, 0) AS effect,
         pt.total AS effect_total
    FROM touches t
    LEFT JOIN removal_effects r USING (channel)
    JOIN path_effect_totals pt USING (conversion)
),
credits AS (
  SELECT conversion, channel, campaign, model, credit
    FROM (
      SELECT w.*, sum(decay) OVER (PARTITION BY conversion) AS decay_total FROM weighted w
    ) w
   CROSS JOIN LATERAL (VALUES
     ('first-touch', CASE WHEN i = 1 THEN 1 ELSE 0 END::float8),
     ('last-touch', CASE WHEN i = n THEN 1 ELSE 0 END::float8),
     ('last-non-direct', CASE WHEN i = last_non_direct_i THEN 1 ELSE 0 END::float8),
     ('linear', 1::float8 / n),
     ('time-decay', CASE WHEN decay_total > 0 THEN decay / decay_total ELSE 1::float8 / n END),
     ('position-based', CASE WHEN n = 1 THEN 1 WHEN n = 2 THEN 0.5 WHEN i = 1 OR i = n THEN 0.4 ELSE 0.2 / (n - 2) END::float8),
     ('data-driven', CASE WHEN effect_total > 0 THEN effect / effect_total / channel_touches ELSE 1::float8 / n END)
   ) m(model, credit)
  UNION ALL
  -- A conversion without touches gives 1 to (none) in every model.
  SELECT c.message_id, '(none)', '(none)', m.model, 1
    FROM conversions c
   CROSS JOIN (VALUES ('first-touch'), ('last-touch'), ('last-non-direct'), ('linear'), ('time-decay'), ('position-based'), ('data-driven')) m(model)
   WHERE NOT EXISTS (SELECT 1 FROM touches t WHERE t.conversion = c.message_id)
)
SELECT 'credit' AS kind, k.model, k.channel, k.campaign, c.currency, sum(k.credit) AS conversions, sum(k.credit * c.revenue) AS revenue
  FROM credits k
  JOIN conversions c ON c.message_id = k.conversion
 GROUP BY GROUPING SETS ((k.model, k.channel, c.currency), (k.model, k.channel, k.campaign, c.currency))
UNION ALL
SELECT 'total', NULL, NULL, NULL, currency, count(*), sum(revenue) FROM conversions GROUP BY currency
UNION ALL
SELECT 'effect', NULL, channel, NULL, NULL, effect, NULL FROM removal_effects
UNION ALL
SELECT 'probability', NULL, NULL, NULL, NULL, p, NULL FROM conversion_probability WHERE removed = 0;
