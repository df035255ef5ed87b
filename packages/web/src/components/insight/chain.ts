import type { CatalogResponse, FunctionDto, KpiDto, OrgMapResponse } from '@marketops/contracts';
import { isMoneyUnit } from './numbers';

export type StageId = CatalogResponse['stages'][number]['id'];
export type Orientation = CatalogResponse['orientations'][number]['id'];
type Stage = CatalogResponse['stages'][number];

/**
 * Each stage's yardstick as the articles judge it (SYSTEM.md, "The value chain"): market insight
 * by the reports it delivers and whether they are approved and acted on; marketing by target
 * customers reached and cost per contact (whether the product sells is outside its evaluation);
 * sales by the transaction rate alone; after-sales service by its operations' conversion and by
 * retention, satisfaction, repeat purchase and referrals; brand by awareness and consistency.
 * Where a number sits on the chain, and which orientation it serves, comes from the catalog.
 */
export const YARDSTICKS: Readonly<Record<StageId, readonly string[]>> = {
  market: ['market-research.reports-delivered', 'market-research.approval-rate', 'market-research.acted-on-rate'],
  marketing: ['marketing-planning.target-reach', 'marketing-planning.cost-per-contact'],
  sales: ['sales.transaction-rate'],
  service: [
    'store-ops.conversion-rate',
    'product-ops.registrations',
    'user-ops.retention-rate',
    'after-sales.csat',
    'after-sales.nps',
    'after-sales.repeat-purchase-rate',
    'after-sales.referrals',
  ],
  brand: ['brand.aided-awareness', 'brand.top-of-mind', 'brand.consistency-rate'],
};

/** From the first touch to the repeat customer; strategic work (insight, brand) frames the chain. */
const ORIENTATION_ORDER: readonly Orientation[] = ['strategic', 'awareness', 'conversion', 'retention'];

export interface Yardstick {
  readonly kpi: KpiDto;
  readonly fn: FunctionDto;
}

/** One column of the chain: a stage's yardsticks that serve one orientation. */
export interface Lane {
  readonly stage: Stage;
  readonly orientation: Orientation;
  readonly yardsticks: readonly Yardstick[];
}

/** A run of neighbouring lanes with one orientation, drawn as one stretch of the band. */
export interface BandSegment {
  readonly orientation: Orientation;
  /** Index of the first lane (0-based) and the number of lanes it spans. */
  readonly start: number;
  readonly span: number;
}

export interface StageHeader {
  readonly stage: Stage;
  readonly start: number;
  readonly span: number;
}

export interface Chain {
  readonly lanes: readonly Lane[];
  readonly stages: readonly StageHeader[];
  readonly band: readonly BandSegment[];
  /** The lane where conversion begins after awareness work ends; null when the chain has no such step. */
  readonly conversionStart: number | null;
  /** Stages drawn across every lane (brand), with their yardsticks. */
  readonly across: readonly { stage: Stage; yardsticks: readonly Yardstick[] }[];
}

/**
 * Lays the value chain out from the catalog: stages in chain order as columns, each split into
 * lanes by the orientation its yardsticks serve (after-sales service holds conversion work and
 * retention work), the orientation band over them, and the cross-cutting stages across all.
 *
 * @example buildChain(catalog).lanes.map((l) => l.stage.id) // ['market', 'marketing', 'sales', 'service', 'service']
 */
export function buildChain(catalog: CatalogResponse, yardsticks: Readonly<Record<StageId, readonly string[]>> = YARDSTICKS): Chain {
  const byKpi = new Map<string, Yardstick>();
  for (const fn of catalog.functions) for (const kpi of fn.kpis) byKpi.set(kpi.id, { kpi, fn });
  const resolve = (stage: Stage) =>
    (yardsticks[stage.id] ?? []).map((id) => byKpi.get(id)).filter((y): y is Yardstick => y !== undefined && y.fn.stage === stage.id);

  const ordered = [...catalog.stages].sort((a, b) => a.order - b.order);
  const lanes: Lane[] = [];
  const stages: StageHeader[] = [];
  for (const stage of ordered.filter((s) => !s.crossCutting)) {
    const own = resolve(stage);
    const start = lanes.length;
    for (const orientation of ORIENTATION_ORDER) {
      const inLane = own.filter((y) => y.fn.orientation === orientation);
      if (inLane.length > 0) lanes.push({ stage, orientation, yardsticks: inLane });
    }
    if (lanes.length > start) stages.push({ stage, start, span: lanes.length - start });
  }

  const band: BandSegment[] = [];
  lanes.forEach((lane, index) => {
    const last = band[band.length - 1];
    if (last && last.orientation === lane.orientation) band[band.length - 1] = { ...last, span: last.span + 1 };
    else band.push({ orientation: lane.orientation, start: index, span: 1 });
  });
  const firstConversion = lanes.findIndex((l) => l.orientation === 'conversion');
  const awarenessBefore = firstConversion > 0 && lanes.slice(0, firstConversion).some((l) => l.orientation === 'awareness');

  return {
    lanes,
    stages,
    band,
    conversionStart: awarenessBefore ? firstConversion : null,
    across: ordered.filter((s) => s.crossCutting).map((stage) => ({ stage, yardsticks: resolve(stage) })),
  };
}

/**
 * The metrics the overview asks for in one request: every yardstick of the chain, in lane order,
 * without money metrics while the workspace has no reporting currency (`currency` null; the tile
 * says which setting to set).
 */
export function overviewMetricIds(chain: Chain, currency: string | null | undefined): string[] {
  return [...chain.lanes.flatMap((lane) => lane.yardsticks), ...chain.across.flatMap((a) => a.yardsticks)]
    .filter((y) => !(isMoneyUnit(y.kpi.unit) && currency === null))
    .map((y) => y.kpi.id);
}

export interface Ownership {
  /** `owned`: exactly one accountable department; `unowned`: none (a gap); `shared`: two or more (an overlap). */
  readonly status: 'owned' | 'unowned' | 'shared';
  readonly accountable: readonly { id: string; name: string }[];
}

/** Who answers for a function's numbers: its accountable departments in the map (the server's rule for metric owners). */
export function ownershipOf(map: OrgMapResponse, functionId: string): Ownership {
  const names = new Map(map.departments.map((d) => [d.id, d.name]));
  const accountable = map.assignments
    .filter((a) => a.functionId === functionId && a.role === 'accountable')
    .map((a) => ({ id: a.departmentId, name: names.get(a.departmentId) ?? a.departmentId }));
  return { status: accountable.length === 0 ? 'unowned' : accountable.length === 1 ? 'owned' : 'shared', accountable };
}
