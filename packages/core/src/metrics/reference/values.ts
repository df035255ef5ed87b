/** Small readers of JSON property values, shared by the record kinds. */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Windows of N days are N fixed 24-hour days (formula.ts says so), not calendar days. */
export const DAY_MS = 86_400_000;

/** A calendar date `YYYY-MM-DD` as text (the shape only; text order is date order). */
export function isDate(value: unknown): value is string {
  return typeof value === 'string' && DATE.test(value);
}

/** A finite JSON number, else null: text like "5" is not a number here, as in the SQL. */
export function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
