/**
 * The data-driven attribution model: a first-order Markov chain over channels with `start`,
 * `conversion` and `null` states, and each channel's removal effect (MEASUREMENT.md).
 *
 * Transition probabilities are the observed transition counts of the paths, normalised per state.
 * The probability of conversion from `start` is found exactly: the absorption probabilities x of
 * the transient states solve (I - Q) x = r (Q: transient-to-transient probabilities, r: the
 * probability of moving straight to `conversion`), by Gaussian elimination with partial pivoting.
 * Removing a channel sends every transition into it to `null` (its x is fixed at 0).
 *
 * Pure arithmetic: the SQL side only has to produce the paths, or their counted transitions
 * (`markovFromTransitions`); this finishes the job on any side.
 */
export interface ChannelPath {
  /** Channels in time order; consecutive repeats are merged here. */
  readonly channels: readonly string[];
  readonly converted: boolean;
}

export interface RemovalEffects {
  /** P(conversion) from start; 0 without converting paths. */
  readonly conversionProbability: number;
  /** RE(c) = 1 - P(conversion without c) / P(conversion); 0 for every channel when P is 0. */
  readonly removalEffects: ReadonlyMap<string, number>;
}

const CONVERSION = -1;
const NULL_STATE = -2;

/**
 * One observed transition of the chain, counted: a step from `start` (`from` null) or a channel to
 * a channel, or a path's end after its last channel, in `conversion` or `null`.
 */
export type PathTransition =
  | { readonly kind: 'step'; readonly from: string | null; readonly to: string; readonly count: number }
  | { readonly kind: 'end'; readonly from: string; readonly converted: boolean; readonly count: number };

/**
 * @example markovRemovalEffects([{ channels: ['Paid Search'], converted: true }, { channels: ['Email'], converted: false }])
 * // P = 1/2; RE(Paid Search) = 1, RE(Email) = 0
 */
export function markovRemovalEffects(paths: readonly ChannelPath[]): RemovalEffects {
  return markovFromTransitions(pathTransitions(paths));
}

/**
 * The transitions of `paths` (consecutive repeats merged), one entry per transition of each path.
 *
 * @example pathTransitions([{ channels: ['A', 'A', 'B'], converted: true }])
 * // start -> A, A -> B, B -> conversion
 */
export function pathTransitions(paths: readonly ChannelPath[]): PathTransition[] {
  const transitions: PathTransition[] = [];
  for (const path of paths) {
    const channels = merged(path.channels);
    let from: string | null = null;
    for (const to of channels) {
      transitions.push({ kind: 'step', from, to, count: 1 });
      from = to;
    }
    if (from !== null) transitions.push({ kind: 'end', from, converted: path.converted, count: 1 });
  }
  return transitions;
}

/**
 * The removal effects from counted transitions, as `markovRemovalEffects` computes them from the
 * paths. Why it exists: a store can count the transitions of many paths without sending each path
 * (the DuckDB attribution counts the non-converting ones in SQL); only the counts enter the
 * arithmetic, so the answer is the same to the last bit whatever order or grouping they come in.
 *
 * @throws {RangeError} a count that is not a whole number >= 1
 */
export function markovFromTransitions(transitions: readonly PathTransition[]): RemovalEffects {
  const channels = [...new Set(transitions.flatMap((t) => (t.kind === 'step' ? (t.from === null ? [t.to] : [t.from, t.to]) : [t.from])))].sort();
  const index = new Map(channels.map((c, i) => [c, i + 1])); // state 0 is start
  const size = channels.length + 1;
  const counts: Map<number, number>[] = Array.from({ length: size }, () => new Map());
  for (const t of transitions) {
    if (!Number.isSafeInteger(t.count) || t.count < 1) throw new RangeError(`a transition count must be a whole number >= 1, got ${t.count}`);
    const from = t.from === null ? 0 : (index.get(t.from) as number);
    const to = t.kind === 'step' ? (index.get(t.to) as number) : t.converted ? CONVERSION : NULL_STATE;
    const row = counts[from] as Map<number, number>;
    row.set(to, (row.get(to) ?? 0) + t.count);
  }
  const probability = (removed: number | null): number => absorption(counts, size, removed);
  const base = probability(null);
  const removalEffects = new Map(channels.map((c) => [c, base > 0 ? 1 - probability(index.get(c) ?? 0) / base : 0]));
  return { conversionProbability: base, removalEffects };
}

/** Consecutive equal channels merged into one. */
function merged(channels: readonly string[]): string[] {
  return channels.filter((c, i) => i === 0 || channels[i - 1] !== c);
}

function absorption(counts: readonly Map<number, number>[], size: number, removed: number | null): number {
  // Rows of (I - Q | r); the removed state's row is x = 0.
  const a: number[][] = Array.from({ length: size }, (_, i) => {
    const row = new Array<number>(size + 1).fill(0);
    row[i] = 1;
    if (i === removed) return row;
    const out = counts[i] as Map<number, number>;
    const total = [...out.values()].reduce((s, n) => s + n, 0);
    if (total === 0) return row; // a state nothing leaves: never reached, x = 0
    for (const [to, n] of out) {
      if (to === CONVERSION) row[size] = (row[size] ?? 0) + n / total;
      else if (to >= 0) row[to] = (row[to] ?? 0) - n / total;
    }
    return row;
  });
  return solve(a, size)[0] ?? 0;
}

/** Gaussian elimination with partial pivoting on an augmented n x (n+1) matrix. */
function solve(a: number[][], n: number): number[] {
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const p = a[col] as number[];
    const pv = p[col] ?? 0;
    // Why this cannot be 0: every state with outgoing transitions reaches an absorbing one (each
    // path ends in conversion or null), so I - Q is non-singular.
    for (let r = 0; r < n; r += 1) {
      if (r === col) continue;
      const row = a[r] as number[];
      const factor = (row[col] ?? 0) / pv;
      if (factor === 0) continue;
      for (let c = col; c <= n; c += 1) row[c] = (row[c] ?? 0) - factor * (p[c] ?? 0);
    }
  }
  return a.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}
