import type { FunnelResultDto } from '../../../api/client';

type Step = FunnelResultDto['steps'][number];

/** A row of the funnel table: a step, for everyone or for one breakdown group. */
export interface FunnelTableRow {
  group: string | null;
  step: Step;
}

/** The table's rows: every step overall, then (with a breakdown) every step of each group. */
export function funnelTable(result: FunnelResultDto): FunnelTableRow[] {
  return [...result.steps.map((step) => ({ group: null, step })), ...(result.breakdown ?? []).flatMap((g) => g.steps.map((step) => ({ group: g.value, step })))];
}

/** At most this many groups are drawn as bars (the largest); the table lists all. */
export const FUNNEL_CHART_GROUPS = 8;

/** The groups drawn: the first `FUNNEL_CHART_GROUPS` of the answer (the server sends the largest first). */
export function funnelChartGroups(result: FunnelResultDto): { name: string; people: number[] }[] | undefined {
  if (!result.breakdown?.length) return undefined;
  return result.breakdown.slice(0, FUNNEL_CHART_GROUPS).map((g) => ({ name: g.value, people: g.steps.map((s) => s.people) }));
}
