import type { FunnelOrder } from './funnel-spec';
import { longestMatchedPrefix, IncrementalMatching } from './matching';
import type { PersonEvent } from './people';

/** One person's attempt at a funnel: its start event and the time each reached step was filled. */
export interface FunnelAttempt {
  readonly start: PersonEvent;
  /** `times[k]` is the epoch-ms time of step k+1; the length is the number of steps reached. */
  readonly times: readonly number[];
}

/** Actions at one instant (indices into the person's actions). */
interface Group {
  readonly ts: number;
  readonly members: number[];
}

/**
 * The attempt that gets furthest through the funnel for one person (rules in `FunnelSpec`), or
 * null when no action fills step 1 (or, for `any`, no step at all).
 *
 * @param actions the person's actions, ordered by `byTime`
 * @param fits whether action `i` can fill step `step` (0-based)
 */
export function bestAttempt(actions: readonly PersonEvent[], fits: (step: number, action: number) => boolean, stepCount: number, order: FunnelOrder, windowMs: number): FunnelAttempt | null {
  const groups: Group[] = [];
  const groupOf: number[] = [];
  actions.forEach((action, i) => {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.ts === action.ts) last.members.push(i);
    else groups.push({ ts: action.ts, members: [i] });
    groupOf.push(groups.length - 1);
  });
  const ctx: Context = { actions, groups, groupOf, fits, stepCount, windowMs };

  let best: FunnelAttempt | null = null;
  actions.forEach((_, start) => {
    const candidate = order === 'any' ? anyOrderAttempt(ctx, start) : fits(0, start) ? sequentialAttempt(ctx, start, order === 'strict') : null;
    if (candidate !== null && (best === null || isBetter(candidate, best))) best = candidate;
  });
  return best;
}

interface Context {
  readonly actions: readonly PersonEvent[];
  readonly groups: readonly Group[];
  readonly groupOf: readonly number[];
  readonly fits: (step: number, action: number) => boolean;
  readonly stepCount: number;
  readonly windowMs: number;
}

// Why only "same start time" ties compare times: starts are visited in time order, so a later
// start wins only by getting further; among starts at the same instant, the earliest later steps
// win, and among equal ones the first visited (smallest messageId) stays.
function isBetter(a: FunnelAttempt, b: FunnelAttempt): boolean {
  if (a.times.length !== b.times.length) return a.times.length > b.times.length;
  if (a.start.ts !== b.start.ts) return false;
  for (let i = 0; i < a.times.length; i += 1) {
    const x = a.times[i] ?? 0;
    const y = b.times[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function prefixIn(ctx: Context, fromStep: number, toStep: number, members: readonly number[]): number {
  return longestMatchedPrefix(range(fromStep, toStep), members, (step, action) => ctx.fits(step, action));
}

/**
 * Ordered and strict attempts from one step-1 event. Groups of simultaneous actions are walked in
 * time order; in each, as many next steps as possible are filled (a matching, since one event may
 * fit several steps). Filling more steps earlier never hurts an ordered attempt; for strict the
 * start group is tried with every feasible number of extra steps, because leaving a step for the
 * next instant can let a fully used middle group follow.
 */
function sequentialAttempt(ctx: Context, start: number, strict: boolean): FunnelAttempt {
  const startAction = ctx.actions[start] as PersonEvent;
  const startGroup = ctx.groups[ctx.groupOf[start] ?? 0] as Group;
  const rest = startGroup.members.filter((i) => i !== start);
  const maxExtra = prefixIn(ctx, 1, ctx.stepCount, rest);
  let best: number[] | null = null;
  for (let extra = maxExtra; extra >= (strict ? 0 : maxExtra); extra -= 1) {
    const times: number[] = Array.from({ length: 1 + extra }, () => startAction.ts);
    for (let g = (ctx.groupOf[start] ?? 0) + 1; times.length < ctx.stepCount && g < ctx.groups.length; g += 1) {
      const group = ctx.groups[g] as Group;
      if (group.ts - startAction.ts > ctx.windowMs) break;
      const depth = times.length;
      if (strict && depth + group.members.length <= ctx.stepCount && prefixIn(ctx, depth, depth + group.members.length, group.members) === group.members.length) {
        times.push(...group.members.map(() => group.ts));
        continue;
      }
      const filled = prefixIn(ctx, depth, ctx.stepCount, group.members);
      times.push(...Array.from({ length: filled }, () => group.ts));
      // Why stop: in strict order a group not used entirely ends the attempt (its unused actions
      // would sit between this step and the next).
      if (strict) break;
    }
    if (best === null || times.length > best.length) best = times;
  }
  return { start: startAction, times: best ?? [startAction.ts] };
}

/**
 * Any-order attempt from one event: the actions in [start, start + window] are offered in time
 * order (the start first) to a matching of events to steps; an action that lets one more step be
 * filled (possibly re-routing earlier ones) is taken. Greedy in time order over a matching gives
 * the most steps, each at its earliest possible time.
 */
function anyOrderAttempt(ctx: Context, start: number): FunnelAttempt | null {
  const startAction = ctx.actions[start] as PersonEvent;
  const stepsOf = (action: number): number[] => range(0, ctx.stepCount).filter((step) => ctx.fits(step, action));
  if (stepsOf(start).length === 0) return null;
  const matching = new IncrementalMatching(stepsOf);
  const offered = [start, ...ctx.actions.flatMap((a, i) => (i !== start && a.ts >= startAction.ts && a.ts - startAction.ts <= ctx.windowMs ? [i] : []))];
  const times: number[] = [];
  for (const action of offered) {
    if (times.length === ctx.stepCount) break;
    if (matching.add(action)) times.push((ctx.actions[action] as PersonEvent).ts);
  }
  return { start: startAction, times };
}
