-- The indexes the analyses need, built after the COPY (then VACUUM ANALYZE, which also sets the
-- visibility map so that the covering indexes give index-only scans).

-- Identity links in the order person_aliases reads them (earliest link per anonymous id first).
CREATE INDEX events_identity_links ON events (workspace_id, anonymous_id, ts, user_id COLLATE "C")
  WHERE anonymous_id IS NOT NULL AND user_id IS NOT NULL;
CREATE INDEX events_alias_calls ON events (workspace_id, previous_id, ts, user_id COLLATE "C")
  WHERE type = 'alias';

-- Time-range reads (a month of touches, of activity): every column the analyses read except the
-- JSON ones, so a month is an index-only scan of a narrow index instead of the wide heap.
CREATE INDEX events_by_time ON events (workspace_id, ts)
  INCLUDE (type, event, channel, utm_campaign, user_id, anonymous_id, message_id);

-- Named track events over all time (sign-ups for retention cohorts, orders for attribution).
CREATE INDEX events_by_name ON events (workspace_id, event, ts)
  INCLUDE (user_id, anonymous_id, message_id, channel, utm_campaign, revenue, currency)
  WHERE type = 'track';

CREATE INDEX costs_by_date ON costs (workspace_id, date);
