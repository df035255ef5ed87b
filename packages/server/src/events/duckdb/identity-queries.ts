import type { Person } from '../port';

/** People of a workspace from the `persons` view (see identity-schema.ts), latest first. */
export const PERSONS_SQL = `SELECT person_id, identified, first_seen, last_seen, event_count, CAST(traits AS VARCHAR) AS traits, anonymous_ids
  FROM persons
 WHERE workspace_id = $workspace AND ($person IS NULL OR person_id = $person)
 ORDER BY last_seen DESC, person_id
 LIMIT $limit`;

/** A row of PERSONS_SQL as the domain's Person. */
export function readPersonRow(workspaceId: string, row: Record<string, unknown>): Person {
  const traits = typeof row.traits === 'string' ? (JSON.parse(row.traits) as Record<string, unknown>) : {};
  return {
    workspaceId,
    personId: String(row.person_id),
    identified: row.identified === true,
    firstSeen: toDate(row.first_seen),
    lastSeen: toDate(row.last_seen),
    eventCount: Number(row.event_count),
    traits,
    anonymousIds: Array.isArray(row.anonymous_ids) ? row.anonymous_ids.map(String) : [],
  };
}

function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  return new Date(String(value));
}
