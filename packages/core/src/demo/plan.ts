import { DomainError } from '../errors';
import { countDemoEvents } from './generate';
import { findDemoProfile } from './profiles/index';
import { deriveSeed } from './random';
import { planRecords } from './records';
import { createRun, type DemoRun } from './run';

/** What a demo run is asked for. */
export interface DemoOptions {
  /** `a`, `b`, `c` or a template id (`company-a`). */
  readonly template: string;
  readonly seed: number;
  /** First simulated day, `YYYY-MM-DD` in the company's time zone. */
  readonly start: string;
  /** Days simulated. Default 90. */
  readonly days?: number;
  /** Target number of messages (events of every call type). */
  readonly size: number;
}

/** A run calibrated to a size: the scale the simulation needs to produce about `size` messages. */
export interface DemoPlan extends DemoRun {
  readonly targetEvents: number;
}

export const DEFAULT_DEMO_DAYS = 90;
/** Smallest and largest sizes accepted. */
export const MIN_DEMO_EVENTS = 1_000;
export const MAX_DEMO_EVENTS = 10_000_000;
/**
 * The scale of the calibration run: about the requested size up to 200,000 messages (which are
 * refined anyway), at most scale 1 (some 160,000 messages, under a second) above, so that
 * planning costs a fraction of the generation and the ratio is stable to about 2% at large sizes.
 */
const MAX_PILOT_SCALE = 1;
const MIN_PILOT_SCALE = 0.03;
const PILOT_SCALE_PER_EVENT = 1 / 200_000;
const MIN_SCALE = 0.002;
/** Runs up to this size are counted and rescaled until within REFINE_TOLERANCE (6 tries up to 50,000 messages, else 3). */
const REFINE_MAX_EVENTS = 200_000;
const REFINE_TOLERANCE = 0.03;

/**
 * Plans a run of about `size` messages. The company's records (content, reports, reviews,
 * mentions, store statistics, milestones) do not depend on the size; everything people do
 * scales linearly with the number of visitors, so one pilot run at a small scale (on its own
 * seed, the same days) gives messages per unit of scale, and the scale follows. Above 200,000
 * messages that lands within a few percent (the pilot's noise, about 1% standard deviation); smaller runs are then counted and
 * rescaled on their own seed until within 3% (or the closest of up to six tries).
 *
 * Throws DomainError TEMPLATE_UNKNOWN (no company behind the template) or VALIDATION_FAILED.
 *
 * @example planDemo({ template: 'a', seed: 1, start: '2026-03-02', size: 60_000 }).scale // ≈ 0.4
 */
export function planDemo(options: DemoOptions): DemoPlan {
  const profile = findDemoProfile(options.template);
  if (profile === null) throw new DomainError('TEMPLATE_UNKNOWN', `no demo company for template "${options.template}" (a, b or c)`);
  const days = options.days ?? DEFAULT_DEMO_DAYS;
  const size = options.size;
  if (!Number.isInteger(size) || size < MIN_DEMO_EVENTS || size > MAX_DEMO_EVENTS) {
    throw invalid('size', `size must be a whole number from ${MIN_DEMO_EVENTS} to ${MAX_DEMO_EVENTS}, not ${size}`);
  }
  if (!Number.isInteger(days) || days < 7 || days > 366) throw invalid('days', `days must be a whole number from 7 to 366, not ${days}`);
  if (!Number.isInteger(options.seed)) throw invalid('seed', `seed must be a whole number, not ${options.seed}`);
  const pilotScale = Math.min(MAX_PILOT_SCALE, Math.max(MIN_PILOT_SCALE, size * PILOT_SCALE_PER_EVENT * (90 / days)));
  let pilot: DemoRun;
  try {
    pilot = createRun(profile, { seed: deriveSeed(options.seed, 99), start: options.start, days, scale: pilotScale, sizeKey: 'pilot' });
  } catch (error) {
    throw invalid('start', error instanceof Error ? error.message : String(error));
  }
  const records = planRecords(pilot).records.length;
  const perScale = Math.max(1, (countDemoEvents(pilot) - records) / pilotScale);
  const runAt = (scale: number) => createRun(profile, { seed: options.seed, start: options.start, days, scale: Math.max(MIN_SCALE, scale), sizeKey: size });
  let run = runAt((size - records) / perScale);
  // Why refine small runs on their own seed: a few thousand visitors with heavy-tailed journeys
  // vary by 5-10% between draws. Each try counts the real run, pools every count so far into
  // messages per unit of scale, and rescales; the closest try wins. It costs generating the run
  // a few more times, which small runs can afford (a second in all for 200,000 messages).
  const rounds = size <= 50_000 ? 6 : size <= REFINE_MAX_EVENTS ? 3 : 0;
  let best = { run, error: Number.POSITIVE_INFINITY };
  let pooledEvents = 0;
  let pooledScale = 0;
  for (let i = 0; i < rounds && best.error > REFINE_TOLERANCE; i++) {
    const count = countDemoEvents(run);
    const error = Math.abs(count - size) / size;
    if (error < best.error) best = { run, error };
    pooledEvents += count - records;
    pooledScale += run.scale;
    run = runAt((size - records) / Math.max(1, pooledEvents / pooledScale));
  }
  if (rounds > 0) run = best.run;
  return { ...run, targetEvents: size };
}

function invalid(path: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, [{ path, code: 'VALIDATION_FAILED', message }]);
}
