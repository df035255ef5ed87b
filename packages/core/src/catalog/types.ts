import type { LocalizedText } from '../i18n';

/**
 * Value-chain stages (SYSTEM.md, "The value chain"). `brand` is not a step in the sequence: it
 * runs across every stage from marketing to after-sales, so `crossCutting` is true for it.
 */
export type StageId = 'market' | 'marketing' | 'sales' | 'service' | 'brand';

/**
 * What a function's work aims at. The responsibility check uses it to find departments that mix
 * awareness work (marketing: reach, exposure; may never land in product data) with conversion or
 * retention work (operations, sales, service: always lands in product data). `strategic` work
 * (market insight, brand strategy) feeds both sides and is never counted as mixing.
 */
export type Orientation = 'awareness' | 'conversion' | 'retention' | 'strategic';

export type FunctionId =
  | 'market-research'
  | 'brand'
  | 'pr'
  | 'marketing-planning'
  | 'new-media'
  | 'content-ops'
  | 'user-ops'
  | 'activity-ops'
  | 'product-ops'
  | 'new-media-ops'
  | 'app-store-ops'
  | 'store-ops'
  | 'sales'
  | 'after-sales';

/** Unit of a KPI value: how it is computed and shown. */
export type KpiUnit =
  | 'count' // a number of things or people
  | 'ratio' // 0..1, shown as a percentage
  | 'currency' // an amount of money in the workspace's reporting currency
  | 'currency-per-person' // money divided by people (e.g. cost per contact)
  | 'score' // a score on a stated scale (NPS -100..100, rating 1..5)
  | 'rank' // a position in a list, 1 is best
  | 'duration' // seconds
  | 'per-person'; // a count divided by people (e.g. visits per user)

export type KpiDirection = 'higher-is-better' | 'lower-is-better';

export interface KpiDefinition {
  /** Stable id, unique across the catalog, e.g. `marketing-planning.cost-per-contact`. */
  readonly id: string;
  readonly name: LocalizedText;
  readonly unit: KpiUnit;
  readonly direction: KpiDirection;
  /**
   * A definition in words precise enough to compute later: numerator, denominator, the events or
   * feeds counted, the time window, and what counts as one person.
   */
  readonly definition: LocalizedText;
}

export interface StageDefinition {
  readonly id: StageId;
  /** Position on the chain, 1..4; the cross-cutting brand stage has 0. */
  readonly order: number;
  readonly crossCutting: boolean;
  readonly name: LocalizedText;
  /** The article's metaphor: think tank, command tower, soldiers, logistics, character. */
  readonly metaphor: LocalizedText;
  readonly purpose: LocalizedText;
  /** The one yardstick the stage is judged by. */
  readonly yardstick: LocalizedText;
}

export interface FunctionDefinition {
  readonly id: FunctionId;
  readonly stage: StageId;
  readonly orientation: Orientation;
  readonly name: LocalizedText;
  readonly summary: LocalizedText;
  readonly responsibilities: readonly LocalizedText[];
  readonly deliverables: readonly LocalizedText[];
  readonly kpis: readonly KpiDefinition[];
}

export interface CycleStep {
  /** 1..9 for the steps; 10 is the "+1", the loop back to step 1. */
  readonly number: number;
  readonly id: string;
  readonly name: LocalizedText;
  readonly meaning: LocalizedText;
  readonly purpose: LocalizedText;
}

export interface Playbook {
  readonly id: 'brand-cycle';
  readonly name: LocalizedText;
  readonly steps: readonly CycleStep[];
}

export interface OrientationDefinition {
  readonly id: Orientation;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
}

export interface Catalog {
  readonly stages: readonly StageDefinition[];
  readonly orientations: readonly OrientationDefinition[];
  readonly functions: readonly FunctionDefinition[];
  readonly playbooks: readonly Playbook[];
}
