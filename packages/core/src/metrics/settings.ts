import { DomainError, type Issue } from '../errors';
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

const LIMITS = { conditions: 50, values: 1000, accounts: 200, prefixes: 100, text: 200, path: 500, retentionDay: 366 } as const;

/**
 * The problems of metric settings (empty when they can be stored), each with its path, e.g.
 * `targetAudience.0.values` or `storePathPrefixes.2`. Settings that would make a metric silently
 * wrong are refused: a store path without a leading `/` (it would never match a page path), a
 * `between` with min > max (it would match nobody), an account listed twice.
 *
 * @example checkMetricSettings({ retentionDay: 0 })
 * // [{ path: 'retentionDay', code: 'VALIDATION_FAILED', message: 'retentionDay must be a whole number of days from 1 to 366, not 0' }]
 */
export function checkMetricSettings(settings: MetricSettings): Issue[] {
  const issues: Issue[] = [];
  const problem = (path: string, message: string) => issues.push({ path, code: 'VALIDATION_FAILED', message });
  const text = (path: string, value: unknown, max: number): value is string => {
    if (typeof value !== 'string' || value.trim() === '') problem(path, 'must be non-empty text');
    else if (value.length > max) problem(path, `must be at most ${max} characters`);
    else return true;
    return false;
  };

  const audience = settings.targetAudience;
  if (audience !== undefined) {
    if (audience.length > LIMITS.conditions) problem('targetAudience', `at most ${LIMITS.conditions} conditions`);
    audience.forEach((condition, index) => {
      const path = `targetAudience.${index}`;
      text(`${path}.trait`, condition.trait, LIMITS.text);
      if (condition.op === 'in') {
        if (condition.values.length === 0) problem(`${path}.values`, 'an "in" condition needs at least one value (an empty list would match nobody)');
        if (condition.values.length > LIMITS.values) problem(`${path}.values`, `at most ${LIMITS.values} values`);
        condition.values.forEach((value, i) => {
          if (typeof value === 'number' && !Number.isFinite(value)) problem(`${path}.values.${i}`, 'must be a finite number');
          if (typeof value === 'string' && value.length > LIMITS.text) problem(`${path}.values.${i}`, `must be at most ${LIMITS.text} characters`);
        });
      } else if (condition.op === 'between') {
        if (!Number.isFinite(condition.min) || !Number.isFinite(condition.max)) problem(path, 'min and max must be finite numbers');
        else if (condition.min > condition.max) problem(path, `min ${condition.min} is above max ${condition.max}: the condition would match nobody`);
      } else if (condition.op !== 'exists') {
        problem(`${path}.op`, `unknown operator "${String((condition as { op: unknown }).op)}"; use exists, in or between`);
      }
    });
  }

  const day = settings.retentionDay;
  if (day !== undefined && (!Number.isInteger(day) || day < 1 || day > LIMITS.retentionDay)) {
    problem('retentionDay', `retentionDay must be a whole number of days from 1 to ${LIMITS.retentionDay}, not ${day}`);
  }

  const accounts = settings.ownAccounts;
  if (accounts !== undefined) {
    if (accounts.length > LIMITS.accounts) problem('ownAccounts', `at most ${LIMITS.accounts} accounts`);
    const seen = new Set<string>();
    accounts.forEach((account, index) => {
      if (!text(`ownAccounts.${index}`, account, LIMITS.text)) return;
      // Why lower case: sources match ignoring case, so `WeChat` and `wechat` are one account.
      const key = account.toLowerCase();
      if (seen.has(key)) problem(`ownAccounts.${index}`, `"${account}" is listed twice (sources match ignoring case)`);
      seen.add(key);
    });
  }

  const prefixes = settings.storePathPrefixes;
  if (prefixes !== undefined) {
    if (prefixes.length > LIMITS.prefixes) problem('storePathPrefixes', `at most ${LIMITS.prefixes} paths`);
    prefixes.forEach((prefix, index) => {
      if (!text(`storePathPrefixes.${index}`, prefix, LIMITS.path)) return;
      if (!prefix.startsWith('/')) problem(`storePathPrefixes.${index}`, `"${prefix}" must start with "/" (it is compared with page paths such as /shop/item-1)`);
    });
  }

  if (settings.primaryStore !== undefined) text('primaryStore', settings.primaryStore, LIMITS.text);
  return issues;
}

/** Throws `DomainError` VALIDATION_FAILED listing every problem, else returns the settings. */
export function validMetricSettings(settings: MetricSettings): MetricSettings {
  const issues = checkMetricSettings(settings);
  if (issues.length > 0) throw new DomainError('VALIDATION_FAILED', `invalid metric settings: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  return settings;
}

/** Reads and writes a workspace's metric settings; a workspace that never saved any has `{}`. */
export interface MetricSettingsStore {
  /** @throws DomainError WORKSPACE_NOT_FOUND */
  get(workspaceId: string): Promise<MetricSettings>;
  /** Replaces the settings. @throws DomainError WORKSPACE_NOT_FOUND */
  put(workspaceId: string, settings: MetricSettings): Promise<MetricSettings>;
}
