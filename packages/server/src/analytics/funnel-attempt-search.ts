import type { FunnelOrder } from '@marketops/core';
import { StepMatching, matchedPrefix } from './prefix-matching';

/** One of a person's actions as the funnel query returns it, in (ts, messageId) order. */
export interface FunnelAction {
  readonly ts: number;
  /** `fits[k]`: the action matches step k+1's matcher. */
  readonly fits: readonly boolean[];
  /** The action matches an exclusion. */
  readonly excluded: boolean;
  /** Breakdown value read from this action (null without a breakdown). */
  readonly group: string | null;
}

/** A person's chosen attempt: index of its start action and the time of each reached step. */
export interface Attempt {
  readonly start: number;
  readonly times: readonly number[];
}

/**
 * The attempt that gets furthest for one person, with the tie rules of `FunnelSpec` (core
 * funnel-spec.ts): most steps; then, among starts at the same instant, the earliest later steps;
 * then the first start in (ts, messageId) order. Null when no action can start an attempt.
 *
 * Why this walk is in TypeScript and not SQL: filling steps with simultaneous events, one event
 * fitting several steps, is a bipartite matching per instant; the SQL side selects, filters and
 * orders the actions, this finishes one person at a time. (The core keeps its own walk internal;
 * exporting it would let this file go.)
 */
export function chooseAttempt(actions: readonly FunnelAction[], stepCount: number, order: FunnelOrder, windowMs: number): Attempt | null {
  const instants = groupByInstant(actions);
  const instantOf: number[] = [];
  instants.forEach((members, g) => members.forEach((i) => (instantOf[i] = g)));
  const search = { actions, instants, instantOf, stepCount, windowMs };
  let best: Attempt | null = null;
  for (let start = 0; start < actions.length; start += 1) {
    const attempt = order === 'any' ? anyOrder(search, start) : actions[start]?.fits[0] === true ? sequential(search, start, order === 'strict') : null;
    if (attempt !== null && (best === null || beats(attempt, best, actions))) best = attempt;
  }
  return best;
}

interface Search {
  readonly actions: readonly FunnelAction[];
  /** Indices of the actions at each distinct instant, in time order. */
  readonly instants: readonly (readonly number[])[];
  /** `instantOf[i]`: the index in `instants` of action i's instant. */
  readonly instantOf: readonly number[];
  readonly stepCount: number;
  readonly windowMs: number;
}

function groupByInstant(actions: readonly FunnelAction[]): number[][] {
  const instants: number[][] = [];
  actions.forEach((action, i) => {
    const current = instants[instants.length - 1];
    if (current !== undefined && actions[current[0] ?? 0]?.ts === action.ts) current.push(i);
    else instants.push([i]);
  });
  return instants;
}

function beats(a: Attempt, b: Attempt, actions: readonly FunnelAction[]): boolean {
  if (a.times.length !== b.times.length) return a.times.length > b.times.length;
  // Starts are visited in time order: a later start only wins by reaching further.
  if (actions[a.start]?.ts !== actions[b.start]?.ts) return false;
  const differing = a.times.findIndex((t, i) => t !== b.times[i]);
  return differing >= 0 && (a.times[differing] ?? 0) < (b.times[differing] ?? 0);
}

function fitsOf(search: Search): (step: number, action: number) => boolean {
  return (step, action) => search.actions[action]?.fits[step] === true;
}

/**
 * Ordered / strict from one step-1 action. Instants are walked in time order, each filling as many
 * next steps as a matching allows. Strict: an instant used only partly ends the attempt (its other
 * actions would sit between two steps), so the start instant is tried with every feasible number
 * of extra steps, since keeping a step for the next instant can let a fully used one follow.
 */
function sequential(search: Search, start: number, strict: boolean): Attempt {
  const fits = fitsOf(search);
  const startTs = search.actions[start]?.ts ?? 0;
  const startInstant = search.instantOf[start] ?? 0;
  const companions = (search.instants[startInstant] ?? []).filter((i) => i !== start);
  const mostExtra = matchedPrefix(1, search.stepCount, companions, fits);
  let best: number[] = [startTs];
  for (let extra = mostExtra; extra >= (strict ? 0 : mostExtra); extra -= 1) {
    const times = new Array<number>(1 + extra).fill(startTs);
    for (let g = startInstant + 1; g < search.instants.length && times.length < search.stepCount; g += 1) {
      const members = search.instants[g] ?? [];
      const ts = search.actions[members[0] ?? 0]?.ts ?? 0;
      if (ts - startTs > search.windowMs) break;
      const depth = times.length;
      const whole = strict && depth + members.length <= search.stepCount && matchedPrefix(depth, depth + members.length, members, fits) === members.length;
      const filled = whole ? members.length : matchedPrefix(depth, search.stepCount, members, fits);
      for (let k = 0; k < filled; k += 1) times.push(ts);
      if (strict && !whole) break;
    }
    if (times.length > best.length) best = times;
  }
  return { start, times: best };
}

/**
 * Any order from one action: the actions in [start, start + window], the start first, then in
 * time order, join a matching of actions to steps when they let one more step be filled; the
 * k-th filled action's time is step k's.
 */
function anyOrder(search: Search, start: number): Attempt | null {
  const steps = (action: number): number[] => {
    const fits = search.actions[action]?.fits ?? [];
    return fits.flatMap((fit, step) => (fit ? [step] : []));
  };
  if (steps(start).length === 0) return null;
  const startTs = search.actions[start]?.ts ?? 0;
  const matching = new StepMatching(steps);
  const times: number[] = [];
  const offered = [start, ...search.actions.flatMap((a, i) => (i !== start && a.ts >= startTs && a.ts - startTs <= search.windowMs ? [i] : []))];
  for (const action of offered) {
    if (times.length === search.stepCount) break;
    if (matching.add(action)) times.push(search.actions[action]?.ts ?? 0);
  }
  return { start, times };
}
