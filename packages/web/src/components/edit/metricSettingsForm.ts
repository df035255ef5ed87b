/** Pure helpers of the metric-settings form (tested without a browser). */
import type { MetricSettingsDto } from '@marketops/contracts';

type Condition = NonNullable<MetricSettingsDto['targetAudience']>[number];
type Scalar = string | number | boolean;

export interface LineProblem {
  /** 1-based line of the box. */
  readonly line: number;
  readonly text: string;
}

/**
 * The target audience typed one condition per line:
 * - `country in CN, JP` — the trait equals one of the values (a bare number or true/false is
 *   that JSON value; put it in double quotes to mean text: `tier in "2"`);
 * - `age between 18 45` — a number from 18 to 45;
 * - `email exists` — the trait is set.
 * Blank lines are ignored; every other line that is not a condition is a problem naming its line.
 *
 * @example parseAudience('country in CN, JP\nage between 18 45').conditions.length // 2
 */
export function parseAudience(text: string): { conditions: Condition[]; problems: LineProblem[] } {
  const conditions: Condition[] = [];
  const problems: LineProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const condition = parseCondition(line);
    if (condition === null) problems.push({ line: i + 1, text: line });
    else conditions.push(condition);
  });
  return { conditions, problems };
}

function parseCondition(line: string): Condition | null {
  const exists = /^(\S+)\s+exists$/i.exec(line);
  if (exists) return { trait: exists[1] as string, op: 'exists' };
  const between = /^(\S+)\s+between\s+(-?\d+(?:\.\d+)?)\s+(?:and\s+)?(-?\d+(?:\.\d+)?)$/i.exec(line);
  if (between) {
    const min = Number(between[2]);
    const max = Number(between[3]);
    return min <= max ? { trait: between[1] as string, op: 'between', min, max } : null;
  }
  const inList = /^(\S+)\s+in\s+(.+)$/i.exec(line);
  if (inList) {
    const parts = splitValues(inList[2] as string);
    const values = parts?.map((v) => scalar(v.trim()));
    return values?.every((v): v is Scalar => v !== null) ? { trait: inList[1] as string, op: 'in', values } : null;
  }
  return null;
}

/** Splits on commas outside double quotes (`a, "b,c"` is two values); null for an unclosed quote. */
function splitValues(text: string): string[] | null {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  if (quoted) return null;
  parts.push(current);
  return parts;
}

function scalar(text: string): Scalar | null {
  if (text === '') return null;
  if (/^"[^"]*"$/.test(text)) return text.slice(1, -1);
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/** The conditions as the box shows them; `parseAudience(audienceText(c))` gives `c` back. */
export function audienceText(conditions: readonly Condition[] | undefined): string {
  const value = (v: Scalar) => (typeof v === 'string' && (v === 'true' || v === 'false' || /^-?\d+(\.\d+)?$/.test(v) || v.includes(',')) ? `"${v}"` : String(v));
  return (conditions ?? [])
    .map((c) => (c.op === 'exists' ? `${c.trait} exists` : c.op === 'between' ? `${c.trait} between ${c.min} ${c.max}` : `${c.trait} in ${c.values.map(value).join(', ')}`))
    .join('\n');
}

/** A list typed one per line or comma-separated; blanks dropped. */
export function parseList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Store paths that do not start with `/` (they would never match a page path). */
export function badStorePaths(paths: readonly string[]): string[] {
  return paths.filter((p) => !p.startsWith('/'));
}

/** The retention day typed, or a problem: empty means the default (7). */
export function parseRetentionDay(text: string): { value: number | undefined; invalid: boolean } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: undefined, invalid: false };
  if (!/^\d+$/.test(trimmed)) return { value: undefined, invalid: true };
  const value = Number(trimmed);
  return { value, invalid: value < 1 || value > 366 };
}
