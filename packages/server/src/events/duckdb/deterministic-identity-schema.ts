import type { EventStoreMigration } from './migration';

/**
 * Makes identity resolution deterministic, in step with the reference rule of
 * packages/core/src/analysis/identity.ts and people.ts.
 *
 * Why: `002-identity` picks an alias id's person with `arg_min(user_id, ts)`, which returns an
 * arbitrary one of the user ids linked at the same earliest instant, and a person's traits with
 * `arg_max(traits, ts)`, arbitrary between two `identify` calls at the same instant. The analyses
 * must give the same answer whatever the storage order, so ties now break like the reference:
 * equal link times, the smallest user id; equal identify times, the greatest message id.
 * Only the two views change; `identity_links` and `events_resolved` are untouched (views bind by
 * name, so `events_resolved` picks up the new `person_aliases`).
 */
export const DETERMINISTIC_IDENTITY_MIGRATION: EventStoreMigration = {
  id: '003-deterministic-identity',
  statements: [
    `CREATE OR REPLACE VIEW person_aliases AS
      SELECT workspace_id, alias_id, arg_min(user_id, (ts, user_id)) AS person_id, min(ts) AS linked_at
        FROM identity_links GROUP BY workspace_id, alias_id`,
    `CREATE OR REPLACE VIEW persons AS
      SELECT workspace_id,
             person_id,
             bool_or(user_id IS NOT NULL) AS identified,
             min(ts) AS first_seen,
             max(ts) AS last_seen,
             count(*) AS event_count,
             arg_max(traits, (ts, message_id)) FILTER (WHERE type = 'identify') AS traits,
             list(DISTINCT anonymous_id ORDER BY anonymous_id) FILTER (WHERE anonymous_id IS NOT NULL) AS anonymous_ids
        FROM events_resolved GROUP BY workspace_id, person_id`,
  ],
};
