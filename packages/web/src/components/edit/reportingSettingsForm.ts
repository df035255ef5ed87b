/** Pure helpers of the reporting-settings form (tested without a browser). */

export interface RatesProblem {
  /** 1-based line of the rates box. */
  readonly line: number;
  readonly text: string;
}

const RATE_LINE = /^([A-Za-z]{3})\s*[=:\s]\s*(\d{1,12}(?:\.\d{1,8})?)$/;

/**
 * Exchange rates typed one per line, `USD=7.12` (or `USD 7.12`, `USD: 7.12`); blank lines are
 * ignored. Every line that is not a rate is a problem naming its line.
 *
 * @example parseRates('USD=7.12\njpy 0.0475') // { rates: { USD: '7.12', JPY: '0.0475' }, problems: [] }
 */
export function parseRates(text: string): { rates: Record<string, string>; problems: RatesProblem[] } {
  const rates: Record<string, string> = {};
  const problems: RatesProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const match = RATE_LINE.exec(line);
    if (match === null || Number(match[2]) === 0) problems.push({ line: i + 1, text: line });
    else rates[(match[1] as string).toUpperCase()] = match[2] as string;
  });
  return { rates, problems };
}

/** The rates as the box shows them, one `CODE=rate` per line. */
export function ratesText(rates: Readonly<Record<string, string>>): string {
  return Object.entries(rates)
    .map(([currency, rate]) => `${currency}=${rate}`)
    .join('\n');
}

/** The zones the browser knows, UTC first, always including the current one. */
export function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = new Set(['UTC', current, ...known]);
  return ['UTC', ...[...zones].filter((zone) => zone !== 'UTC').sort()];
}
