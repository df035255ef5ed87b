import { DEFAULT_CHANNEL_RULES, EVENTS, UNASSIGNED_CHANNEL, type ChannelRule } from '@marketops/core';
import type { AnalyticsReader } from './analytics-reader';

/** A name to pick in a form, and how many stored events carry it (0: known, not seen yet). */
export interface NameCount {
  readonly name: string;
  readonly count: number;
}

export interface WorkspaceNames {
  /** `track` event names: the workspace's own, most frequent first, then the vocabulary's unseen ones. */
  readonly events: readonly NameCount[];
  /** Channel groups: the workspace's, most frequent first, then the default rules' unseen ones. */
  readonly channels: readonly NameCount[];
}

/** At most this many of the workspace's own names per list (the forms offer them as suggestions). */
export const NAMES_LIMIT = 500;

const SQL = `
  WITH event_names AS (
    SELECT event AS name, count(*) AS n FROM events
     WHERE workspace_id = $workspace AND type = 'track' AND event IS NOT NULL
     GROUP BY event ORDER BY n DESC, name LIMIT ${NAMES_LIMIT}
  ), channel_names AS (
    SELECT channel AS name, count(*) AS n FROM events
     WHERE workspace_id = $workspace
     GROUP BY channel ORDER BY n DESC, name LIMIT ${NAMES_LIMIT}
  )
  SELECT 'event' AS kind, name, n FROM event_names
  UNION ALL
  SELECT 'channel' AS kind, name, n FROM channel_names
  ORDER BY kind, n DESC, name`;

/**
 * The names the explorers' forms suggest: what this workspace's events actually carry, then the
 * names MarketOps knows (the metrics vocabulary's events, the channels of the workspace's rules) that it has
 * not seen yet, so a new workspace still gets suggestions.
 *
 * @example await queryNames(store, 'company-a') // { events: [{ name: 'Order Completed', count: 812 }, ...], channels: [...] }
 */
export async function queryNames(reader: AnalyticsReader, workspaceId: string, channelRules: readonly ChannelRule[] = DEFAULT_CHANNEL_RULES): Promise<WorkspaceNames> {
  const rows = await reader.query(SQL, { workspace: workspaceId });
  const seen = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => ({ name: String(r.name), count: Number(r.n) }));
  const withKnown = (own: NameCount[], known: readonly string[]) => {
    const names = new Set(own.map((n) => n.name));
    return [...own, ...[...new Set(known)].filter((name) => !names.has(name)).sort().map((name) => ({ name, count: 0 }))];
  };
  return {
    events: withKnown(seen('event'), Object.values(EVENTS)),
    channels: withKnown(seen('channel'), [...channelRules.map((rule) => rule.channel), UNASSIGNED_CHANNEL]),
  };
}
