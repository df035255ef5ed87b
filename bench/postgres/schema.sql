-- The analytics benchmark's PostgreSQL side (bench/analytics.ts): the tables, as a
-- Postgres-backed analytics tool would keep the same events, and identity resolution as views.
--
-- The bench creates these in a schema of its own (`bench_analytics`, on the search_path), loads
-- the very rows of the DuckDB event store with COPY, then runs indexes.sql and VACUUM ANALYZE.
-- The analyses are reach.sql, funnel.sql, retention.sql, attribution.sql and
-- trend-by-channel.sql; each names its parameters in psql's `:'name'` form, so any of them runs
-- by hand too:
--   psql "$URL" -c 'SET search_path = bench_analytics' \
--     -v workspace=bench -v period_start='2026-05-31 16:00+00' ... -f bench/postgres/reach.sql

-- One row per event: the columns of the product's DuckDB `events` table (packages/server/src/
-- events/duckdb/schema.ts), JSON as jsonb. Text compares in byte order (COLLATE "C"): as DuckDB
-- and JavaScript compare, and the fastest sorts and merges PostgreSQL has for ids.
CREATE TABLE events (
  workspace_id text COLLATE "C" NOT NULL,
  message_id text COLLATE "C" NOT NULL,
  type text COLLATE "C" NOT NULL CHECK (type IN ('track', 'identify', 'page', 'screen', 'group', 'alias')),
  event text COLLATE "C",
  category text COLLATE "C",
  user_id text COLLATE "C",
  anonymous_id text COLLATE "C",
  group_id text COLLATE "C",
  previous_id text COLLATE "C",
  ts timestamptz NOT NULL,
  original_ts timestamptz,
  sent_at timestamptz,
  received_at timestamptz NOT NULL,
  channel text COLLATE "C" NOT NULL,
  utm_source text COLLATE "C",
  utm_medium text COLLATE "C",
  utm_campaign text COLLATE "C",
  utm_term text COLLATE "C",
  utm_content text COLLATE "C",
  utm_id text COLLATE "C",
  utm_source_platform text COLLATE "C",
  utm_creative_format text COLLATE "C",
  utm_marketing_tactic text COLLATE "C",
  click_ids jsonb NOT NULL,
  page_url text COLLATE "C",
  page_path text COLLATE "C",
  referrer text COLLATE "C",
  revenue numeric(18, 4),
  currency text COLLATE "C",
  properties jsonb NOT NULL,
  traits jsonb NOT NULL,
  context jsonb NOT NULL,
  warnings text[] NOT NULL
);

-- Marketing costs, as the product's relational store keeps them (packages/core/src/feeds/model.ts).
CREATE TABLE costs (
  workspace_id text NOT NULL,
  date date NOT NULL,
  channel text NOT NULL,
  campaign text,
  cost_type text NOT NULL,
  amount numeric(18, 4) NOT NULL,
  currency text NOT NULL,
  row_key text NOT NULL,
  PRIMARY KEY (workspace_id, row_key)
);

-- Cost-file channel names -> channel groups (the reach analysis' channelMap), and exchange rates
-- (units of the reporting currency per unit), as workspace settings would hold them.
CREATE TABLE channel_map (workspace_id text NOT NULL, cost_channel text NOT NULL, channel text NOT NULL);
CREATE TABLE exchange_rates (workspace_id text NOT NULL, currency text NOT NULL, rate numeric NOT NULL, PRIMARY KEY (workspace_id, currency));

-- Identity resolution, the product's rule (packages/server/src/events/duckdb/identity-schema.ts and
-- deterministic-identity-schema.ts): every (alias id -> user id) pair the events state; per alias
-- id the earliest link wins (ties: the smallest user id, in byte order like DuckDB); an event's
-- person is the person its user id was aliased to, else its user id, else the person of its
-- anonymous id, else the anonymous id.
-- Why two DISTINCT ONs: each source's earliest link per alias id comes straight off its index
-- (indexes.sql) without sorting; only the few candidates are then sorted.
CREATE VIEW person_aliases AS
  SELECT DISTINCT ON (workspace_id, alias_id) workspace_id, alias_id, person_id
    FROM (
      (SELECT DISTINCT ON (workspace_id, anonymous_id) workspace_id, anonymous_id AS alias_id, user_id AS person_id, ts
         FROM events
        WHERE anonymous_id IS NOT NULL AND user_id IS NOT NULL
        ORDER BY workspace_id, anonymous_id, ts, user_id)
      UNION ALL
      (SELECT DISTINCT ON (workspace_id, previous_id) workspace_id, previous_id, user_id, ts
         FROM events
        WHERE type = 'alias' AND previous_id IS NOT NULL AND user_id IS NOT NULL AND previous_id <> user_id
        ORDER BY workspace_id, previous_id, ts, user_id)
    ) earliest
   ORDER BY workspace_id, alias_id, ts, person_id;

CREATE VIEW events_resolved AS
  SELECT e.*, COALESCE(u.person_id, e.user_id, a.person_id, e.anonymous_id) AS person_id
    FROM events e
    LEFT JOIN person_aliases u ON u.workspace_id = e.workspace_id AND u.alias_id = e.user_id
    LEFT JOIN person_aliases a ON a.workspace_id = e.workspace_id AND a.alias_id = e.anonymous_id;
