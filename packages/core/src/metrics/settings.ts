import type { MetricScalar } from './formula';

/**
 * One test on a person's traits (`identify` traits): `exists` (present, not null, not ''), `in`
 * (strictly equal to one of `values`), or `between` (a finite JSON number in min..max).
 */
export type TraitCondition =
  | { readonly trait: string; readonly op: 'exists' }
  | { readonly trait: string; readonly op: 'in'; readonly values: readonly MetricScalar[] }
  | { readonly trait: string; readonly op: 'between'; readonly min: number; readonly max: number };

/**
 * The workspace's target-audience rule: a person is a target person when every condition holds on
 * the traits of their latest `identify` call (event order) before the period end. People who never
 * identified have no traits and are not target people while a rule is set. An empty list, or no
 * rule at all, means everyone is a target person.
 */
export type TargetAudienceRule = readonly TraitCondition[];

/**
 * Workspace settings some definitions read. Every one is optional and has a stated default, so a
 * workspace with no settings still gets a value for every metric it has data for.
 */
export interface MetricSettings {
  /** Who counts as a target person; absent: everyone. */
  readonly targetAudience?: TargetAudienceRule;
  /** N of user-ops.retention-rate; absent: 7. */
  readonly retentionDay?: number;
  /** utm_source values of the workspace's own social accounts (new-media.target-reach); absent: none. */
  readonly ownAccounts?: readonly string[];
  /** Page paths of the store (`/shop`); a page or screen under one is a store visit; absent: none. */
  readonly storePathPrefixes?: readonly string[];
  /** The store whose chart rank app-store-ops.category-rank reads (`app-store`); absent: no value. */
  readonly primaryStore?: string;
}
