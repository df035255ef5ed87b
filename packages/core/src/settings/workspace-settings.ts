import { DomainError, type Issue } from '../errors';
import { isTimeZone } from '../analysis/calendar';
import { CURRENCY_CODES } from '../feeds/currencies';

/**
 * A workspace's reporting settings: the calendar its days, weeks and months follow, and the one
 * currency money is reported in. Kept apart from the org map (which says who owns what).
 *
 * - `timeZone`: an IANA zone (`Asia/Shanghai`, `Europe/Madrid`) or `UTC`. Every analysis buckets
 *   by this zone's calendar days, across daylight-saving changes.
 * - `reportingCurrency`: ISO 4217 code, or null to report money per currency, never adding
 *   amounts of different currencies.
 * - `exchangeRates`: units of the reporting currency per one unit of another currency, as exact
 *   decimal text (`{ "USD": "7.1200" }` with CNY reporting). Fixed rates, set by the user: a
 *   self-hosted product cannot fetch daily rates, and a budget is usually planned at one rate.
 *   A cost in a currency without a rate makes money metrics fail with that currency named.
 */
export interface WorkspaceSettings {
  readonly timeZone: string;
  readonly reportingCurrency: string | null;
  readonly exchangeRates: Readonly<Record<string, string>>;
}

export const DEFAULT_WORKSPACE_SETTINGS: WorkspaceSettings = { timeZone: 'UTC', reportingCurrency: null, exchangeRates: {} };

const RATE = /^\d{1,12}(\.\d{1,8})?$/;

/**
 * The problems of a settings value (empty when it can be stored), each with its path.
 *
 * @example checkWorkspaceSettings({ timeZone: 'Mars/Olympus', reportingCurrency: 'CNY', exchangeRates: {} })
 * // [{ path: 'timeZone', code: 'VALIDATION_FAILED', message: 'unknown time zone "Mars/Olympus"; use an IANA name such as Asia/Shanghai' }]
 */
export function checkWorkspaceSettings(settings: WorkspaceSettings): Issue[] {
  const issues: Issue[] = [];
  const problem = (path: string, message: string) => issues.push({ path, code: 'VALIDATION_FAILED', message });
  if (!isTimeZone(settings.timeZone)) problem('timeZone', `unknown time zone "${settings.timeZone}"; use an IANA name such as Asia/Shanghai`);
  const reporting = settings.reportingCurrency;
  if (reporting !== null && !CURRENCY_CODES.has(reporting)) problem('reportingCurrency', `"${reporting}" is not an ISO 4217 currency code`);
  for (const [currency, rate] of Object.entries(settings.exchangeRates)) {
    const path = `exchangeRates.${currency}`;
    if (!CURRENCY_CODES.has(currency)) problem(path, `"${currency}" is not an ISO 4217 currency code`);
    else if (reporting === null) problem(path, 'exchange rates need a reporting currency to convert into');
    else if (currency === reporting) problem(path, `the reporting currency ${reporting} needs no rate`);
    if (!RATE.test(rate) || Number(rate) === 0) problem(path, `"${rate}" is not a positive decimal rate (e.g. 7.12, at most 8 decimals)`);
  }
  return issues;
}

/** Throws `DomainError` VALIDATION_FAILED listing every problem, else returns the settings. */
export function validWorkspaceSettings(settings: WorkspaceSettings): WorkspaceSettings {
  const issues = checkWorkspaceSettings(settings);
  if (issues.length > 0) throw new DomainError('VALIDATION_FAILED', `invalid workspace settings: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  return settings;
}

/** Reads and writes settings; a workspace that never saved any has the defaults. */
export interface WorkspaceSettingsStore {
  /** @throws DomainError WORKSPACE_NOT_FOUND */
  get(workspaceId: string): Promise<WorkspaceSettings>;
  /** Replaces the settings. @throws DomainError WORKSPACE_NOT_FOUND */
  put(workspaceId: string, settings: WorkspaceSettings): Promise<WorkspaceSettings>;
}
