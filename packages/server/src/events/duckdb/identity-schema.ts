import type { EventStoreMigration } from './migration';

/**
 * Identity resolution as views over `events`, so there is no second write path to keep in step
 * with ingestion and nothing to repair after a crash: the person of every event is computed from
 * the events themselves.
 *
 * - `identity_links`: every (alias id -> user id) pair the data states: an event carrying both an
 *   anonymousId and a userId (`identify`, and any later call of an identified visitor), and an
 *   `alias` call (previousId -> userId).
 * - `person_aliases`: one person per alias id. When an alias id was linked to several user ids (a
 *   shared device), the earliest link wins; documented in docs/ingestion.md.
 * - `events_resolved`: `events` plus `person_id` = the person a user id was aliased to, else the
 *   user id, else the person its anonymous id is linked to, else the anonymous id. Events sent
 *   before the person identified resolve to the person too, so analyses count people, not
 *   devices. One level of aliasing is followed (alias chains a -> b -> c resolve a to b).
 * - `persons`: per person, the latest `identify` traits, first and last seen, event count and the
 *   anonymous ids (devices) seen.
 */
export const IDENTITY_MIGRATION: EventStoreMigration = {
  id: '002-identity',
  statements: [
    `CREATE OR REPLACE VIEW identity_links AS
      SELECT workspace_id, anonymous_id AS alias_id, user_id, ts FROM events
       WHERE anonymous_id IS NOT NULL AND user_id IS NOT NULL
      UNION ALL
      SELECT workspace_id, previous_id AS alias_id, user_id, ts FROM events
       WHERE type = 'alias' AND previous_id IS NOT NULL AND user_id IS NOT NULL AND previous_id <> user_id`,
    `CREATE OR REPLACE VIEW person_aliases AS
      SELECT workspace_id, alias_id, arg_min(user_id, ts) AS person_id, min(ts) AS linked_at
        FROM identity_links GROUP BY workspace_id, alias_id`,
    `CREATE OR REPLACE VIEW events_resolved AS
      SELECT e.*, COALESCE(u.person_id, e.user_id, a.person_id, e.anonymous_id) AS person_id
        FROM events e
        LEFT JOIN person_aliases u ON u.workspace_id = e.workspace_id AND u.alias_id = e.user_id
        LEFT JOIN person_aliases a ON a.workspace_id = e.workspace_id AND a.alias_id = e.anonymous_id`,
    `CREATE OR REPLACE VIEW persons AS
      SELECT workspace_id,
             person_id,
             bool_or(user_id IS NOT NULL) AS identified,
             min(ts) AS first_seen,
             max(ts) AS last_seen,
             count(*) AS event_count,
             arg_max(traits, ts) FILTER (WHERE type = 'identify') AS traits,
             list(DISTINCT anonymous_id ORDER BY anonymous_id) FILTER (WHERE anonymous_id IS NOT NULL) AS anonymous_ids
        FROM events_resolved GROUP BY workspace_id, person_id`,
  ],
};
