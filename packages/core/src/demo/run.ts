import { sha256Hex } from '../ingestion/sha256';
import { demoDays, type DemoDay } from './calendar';
import type { CompanyProfile } from './profile';
import { scheduleFor, type DemoSchedule } from './shapes';

/**
 * Everything one simulation run is determined by. Two runs with equal fields produce identical
 * messages and rows; the `tag` (a hash of the fields that shape the data) prefixes every id, so
 * runs with other settings never collide with this one's messageIds or people.
 */
export interface DemoRun {
  readonly profile: CompanyProfile;
  readonly seed: number;
  /** First simulated day, `YYYY-MM-DD` in the company's zone. */
  readonly start: string;
  readonly days: readonly DemoDay[];
  /** Multiplier of every per-day count and amount of the profile (from the size option). */
  readonly scale: number;
  readonly tag: string;
  readonly schedule: DemoSchedule;
}

/**
 * A run of `days` days from `start` at `scale`. `sizeKey` is what the caller asked for (the
 * target size): it enters the tag, so the same request always gives the same ids.
 *
 * @example createRun(COMPANY_A, { seed: 1, start: '2026-03-02', days: 90, scale: 0.5, sizeKey: 60000 }).tag // 'a1f3e…'
 */
export function createRun(profile: CompanyProfile, options: { seed: number; start: string; days: number; scale: number; sizeKey: number | string }): DemoRun {
  const days = demoDays(options.start, options.days, profile.timeZone);
  const hash = sha256Hex(JSON.stringify([profile.templateId, options.seed, options.start, options.days, options.sizeKey])).slice(0, 8);
  return {
    profile,
    seed: options.seed,
    start: options.start,
    days,
    scale: options.scale,
    tag: `${profile.letter}${hash}`,
    schedule: scheduleFor(profile, options.days),
  };
}
