/** How a target is typed for a unit: ratios as percentages, money in the reporting currency, durations in minutes. */
export type TargetInputKind = 'percent' | 'money' | 'minutes' | 'plain';

export type TargetInputProblem = 'empty' | 'notNumber' | 'negative' | 'zeroRank';

export type TargetParse = { ok: true; value: number } | { ok: false; problem: TargetInputProblem };

export function targetInputKind(unit: string): TargetInputKind {
  if (unit === 'ratio') return 'percent';
  if (unit === 'currency' || unit === 'currency-per-person') return 'money';
  if (unit === 'duration') return 'minutes';
  return 'plain';
}

// Why both separators: a Spanish reader types 12,5 and an English one 12.5; thousands separators
// are refused rather than guessed (is 1.500 one and a half or fifteen hundred?).
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** Drops the float noise of a unit conversion (12.3 / 100 = 0.12300000000000001). */
const clean = (value: number): number => Number(value.toPrecision(12));

/**
 * Reads what the user typed as a target in the metric's own unit, as the API stores it: a ratio
 * typed as 12.5 (%) is 0.125, a duration typed in minutes is seconds. Only a score (NPS runs from
 * -100 to 100) may be negative; a rank starts at 1.
 *
 * @example parseTargetInput('12,5', 'ratio') // { ok: true, value: 0.125 }
 * @example parseTargetInput('abc', 'count') // { ok: false, problem: 'notNumber' }
 */
export function parseTargetInput(text: string, unit: string): TargetParse {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return { ok: false, problem: 'empty' };
  if (!NUMBER.test(compact)) return { ok: false, problem: 'notNumber' };
  const typed = Number(compact.replace(',', '.'));
  if (!Number.isFinite(typed)) return { ok: false, problem: 'notNumber' };
  if (typed < 0 && unit !== 'score') return { ok: false, problem: 'negative' };
  if (unit === 'rank' && typed < 1) return { ok: false, problem: 'zeroRank' };
  const kind = targetInputKind(unit);
  const value = kind === 'percent' ? typed / 100 : kind === 'minutes' ? typed * 60 : typed;
  return { ok: true, value: clean(value) };
}

/** A stored target as the user would type it (the inverse of parseTargetInput), for editing an existing one. */
export function targetInputText(value: number, unit: string): string {
  const kind = targetInputKind(unit);
  const typed = kind === 'percent' ? value * 100 : kind === 'minutes' ? value / 60 : value;
  return String(clean(typed));
}
