/** The explorers, in the order of the sub-navigation; the first is the default. */
export const EXPLORER_KINDS = ['trend', 'funnel', 'retention', 'attribution', 'reach'] as const;
export type ExplorerKind = (typeof EXPLORER_KINDS)[number];

/**
 * The explorer a path names: the default for none, and for an unknown name the default too, with
 * the name kept so the page can say it does not exist.
 *
 * @example resolveKind('funnel') // { kind: 'funnel' }
 * @example resolveKind('nope') // { kind: 'trend', unknown: 'nope' }
 */
export function resolveKind(sub: string | undefined): { kind: ExplorerKind; unknown?: string } {
  if (sub === undefined || sub === '') return { kind: EXPLORER_KINDS[0] };
  return (EXPLORER_KINDS as readonly string[]).includes(sub) ? { kind: sub as ExplorerKind } : { kind: EXPLORER_KINDS[0], unknown: sub };
}

/** What a link to another explorer carries over: the period and the filters (the rest is each explorer's own). */
export const CARRIED_KEYS = ['from', 'to', 'interval', 'f'] as const;
