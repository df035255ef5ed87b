import type { DuckDBConnection } from '@duckdb/node-api';
import type { StoredTrafficFields } from '@marketops/core';

/** What a reassignment did: distinct traffic sources examined, events whose channel changed. */
export interface ChannelReassignment {
  readonly sources: number;
  readonly changed: number;
}

/**
 * A URL without its query and fragment. Why: the classifier reads only the host of the page and
 * of the referrer, and a WHATWG URL's host always ends before the first `?` or `#`; the queries
 * (click-id values, search terms) would make nearly every event a source of its own.
 */
const stripped = (column: string) => `regexp_replace(${column}, '[?#].*$', '')`;

/**
 * Every distinct stored traffic source of a workspace with its current channel. Why grouped:
 * events share few sources (a campaign's tags, a landing page, a referrer), so the classifier runs
 * once per source, not per event.
 */
const SOURCES_SQL = `
  SELECT utm_source, utm_medium, utm_campaign, list_sort(map_keys(click_ids)) AS click_keys,
         ${stripped('referrer')} AS referrer, ${stripped('page_url')} AS page_url, channel
    FROM events WHERE workspace_id = $workspace
   GROUP BY ALL`;

/**
 * Moves each event whose stored source now classifies differently, matched on every field the
 * classifier read and on the channel it had when read (so a concurrent reassignment cannot undo
 * a newer one). The changes travel as one JSON parameter, never inside the SQL text.
 */
const UPDATE_SQL = `
  UPDATE events SET channel = c.next
    FROM (SELECT unnest(from_json($changes, '[{"s":"VARCHAR","m":"VARCHAR","c":"VARCHAR","k":"VARCHAR[]","r":"VARCHAR","p":"VARCHAR","was":"VARCHAR","next":"VARCHAR"}]'), recursive := true)) AS c
   WHERE events.workspace_id = $workspace
     AND events.channel = c.was
     AND events.utm_source IS NOT DISTINCT FROM c.s
     AND events.utm_medium IS NOT DISTINCT FROM c.m
     AND events.utm_campaign IS NOT DISTINCT FROM c.c
     AND list_sort(map_keys(events.click_ids)) = c.k
     AND ${stripped('events.referrer')} IS NOT DISTINCT FROM c.r
     AND ${stripped('events.page_url')} IS NOT DISTINCT FROM c.p`;

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/**
 * Classifies every stored traffic source of `workspaceId` again with `channelOf` and writes the
 * events whose channel changed, in one transaction on `connection` (its own: appends continue on
 * the writer meanwhile; inserts and this update never touch the same rows).
 */
export async function reassignChannels(
  connection: DuckDBConnection,
  workspaceId: string,
  channelOf: (fields: StoredTrafficFields) => string,
): Promise<ChannelReassignment> {
  const rows = (await connection.runAndReadAll(SOURCES_SQL, { workspace: workspaceId })).getRowObjectsJS();
  const changes: Record<string, unknown>[] = [];
  for (const row of rows) {
    const fields: StoredTrafficFields = {
      source: text(row['utm_source']),
      medium: text(row['utm_medium']),
      campaign: text(row['utm_campaign']),
      clickIds: (row['click_keys'] as unknown[]).map(String),
      referrer: text(row['referrer']),
      pageUrl: text(row['page_url']),
    };
    const next = channelOf(fields);
    if (next !== row['channel']) {
      changes.push({ s: fields.source, m: fields.medium, c: fields.campaign, k: fields.clickIds, r: fields.referrer, p: fields.pageUrl, was: row['channel'], next });
    }
  }
  if (changes.length === 0) return { sources: rows.length, changed: 0 };
  await connection.run('BEGIN TRANSACTION');
  try {
    const result = await connection.run(UPDATE_SQL, { workspace: workspaceId, changes: JSON.stringify(changes) });
    const changed = Number(result.rowsChanged);
    await connection.run('COMMIT');
    return { sources: rows.length, changed };
  } catch (error) {
    await connection.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
