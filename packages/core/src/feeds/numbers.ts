/**
 * Numbers as spreadsheets and platform exports write them: `1234.5`, `1,234.50` (commas between
 * thousands only), `(80.00)` (accounting negative), full-width digits, and the Chinese/Japanese
 * units 万/萬 (10^4) and 亿/億 (10^8): `1.2万` is 12000. Arithmetic is exact (BigInt), never float.
 */

/** A parsed value, or why the text is not one. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** An exact decimal: `unscaled / 10^scale`. */
interface Decimal {
  readonly unscaled: bigint;
  readonly scale: number;
}

const UNITS: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };
const PLAIN = /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;

/** Reads `text` as an exact decimal (see the module comment for the accepted forms). */
function parseDecimal(text: string): Parsed<Decimal> {
  let s = text.normalize('NFKC').trim().replace(/^\u2212/, '-');
  if (s === '') return { ok: false, reason: 'is empty' };
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  let shift = 0;
  const unit = UNITS[s.slice(-1)];
  if (unit !== undefined) {
    shift = unit;
    s = s.slice(0, -1).trim();
  }
  if (s.startsWith('-') || s.startsWith('+')) {
    if (negative) return notANumber(text);
    negative = s.startsWith('-');
    s = s.slice(1).trim();
  }
  const plain = PLAIN.exec(s);
  const grouped = plain === null ? GROUPED.exec(s) : null;
  if (plain === null && grouped === null) return notANumber(text);
  const integer = plain ? (plain[1] ?? '0') : (grouped?.[1] ?? '').replaceAll(',', '');
  const fraction = plain ? (plain[2] ?? plain[3] ?? '') : (grouped?.[2] ?? '');
  const magnitude = BigInt(`${integer}${fraction}`);
  let scale = fraction.length - shift;
  let unscaled = negative ? -magnitude : magnitude;
  if (scale < 0) {
    unscaled *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { ok: true, value: { unscaled, scale } };
}

function notANumber(text: string): Parsed<never> {
  const s = text.trim();
  if (/\d/.test(s) && /[¥$€£₩]|^[A-Za-z]{3}\s*[\d(+-]|\d\s*[A-Za-z]{3}$/.test(s)) {
    return { ok: false, reason: `"${s}" is not a number: remove the currency symbol or code and put the currency in its own column` };
  }
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$|^-?\d+,\d{1,2}$/.test(s)) {
    return { ok: false, reason: `"${s}" is not a number: use a dot as the decimal separator (commas only between thousands)` };
  }
  return { ok: false, reason: `"${s}" is not a number` };
}

/** Largest amount numeric(18,4) holds, in ten-thousandths. */
const MAX_AMOUNT_UNSCALED = 10n ** 18n - 1n;

/**
 * An exact money amount in its canonical text: at least two, at most four fraction digits.
 * Negative amounts (refunds, rebates, credits) are allowed; more than four decimals or more than
 * fourteen integer digits are not.
 *
 * @example parseAmount('1,234.5') // { ok: true, value: '1234.50' }
 * @example parseAmount('1.2万') // { ok: true, value: '12000.00' }
 * @example parseAmount('(80)') // { ok: true, value: '-80.00' }
 */
export function parseAmount(text: string): Parsed<string> {
  const parsed = parseDecimal(text);
  if (!parsed.ok) return parsed;
  const atScale4 = rescale(parsed.value, 4);
  if (atScale4 === null) return { ok: false, reason: `"${text.trim()}" has more than 4 decimal places` };
  const magnitude = atScale4 < 0n ? -atScale4 : atScale4;
  if (magnitude > MAX_AMOUNT_UNSCALED) return { ok: false, reason: `"${text.trim()}" is too large (at most 14 digits before the decimal point)` };
  const fraction = trimFraction((magnitude % 10_000n).toString().padStart(4, '0'));
  const sign = atScale4 < 0n ? '-' : '';
  return { ok: true, value: `${sign}${magnitude / 10_000n}.${fraction}` };
}

/** Drops trailing zeros of a four-digit fraction, keeping at least two digits. */
function trimFraction(fourDigits: string): string {
  let f = fourDigits;
  while (f.length > 2 && f.endsWith('0')) f = f.slice(0, -1);
  return f;
}

/**
 * A whole count (followers, views, likes). `1.2万` is 12000; `12.0` is 12; `12.5` is refused.
 *
 * @example parseCount('1,234') // { ok: true, value: 1234 }
 * @example parseCount('3.5万') // { ok: true, value: 35000 }
 */
export function parseCount(text: string, options: { allowNegative?: boolean } = {}): Parsed<number> {
  const parsed = parseDecimal(text);
  if (!parsed.ok) return parsed;
  const whole = rescale(parsed.value, 0);
  if (whole === null) return { ok: false, reason: `"${text.trim()}" is not a whole number` };
  if (whole < 0n && options.allowNegative !== true) return { ok: false, reason: `"${text.trim()}" is negative` };
  if (whole > BigInt(Number.MAX_SAFE_INTEGER) || whole < -BigInt(Number.MAX_SAFE_INTEGER)) {
    return { ok: false, reason: `"${text.trim()}" is too large` };
  }
  return { ok: true, value: Number(whole) };
}

/** `value` as an integer count of 10^-scale units, or null when that would lose digits. */
function rescale(value: Decimal, scale: number): bigint | null {
  if (value.scale <= scale) return value.unscaled * 10n ** BigInt(scale - value.scale);
  const divisor = 10n ** BigInt(value.scale - scale);
  return value.unscaled % divisor === 0n ? value.unscaled / divisor : null;
}
