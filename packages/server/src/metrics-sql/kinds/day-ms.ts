/** Windows of N days are N fixed 24-hour days (formula.ts says so), not calendar days. */
export const DAY_MS = 86_400_000;
