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
 * Pure arithmetic: the SQL side only has to produce the paths; this finishes the job on any side.
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
 * @example markovRemovalEffects([{ channels: ['Paid Search'], converted: true }, { channels: ['Email'], converted: false }])
 * // P = 1/2; RE(Paid Search) = 1, RE(Email) = 0
 */
export function markovRemovalEffects(paths: readonly ChannelPath[]): RemovalEffects {
  const channels = [...new Set(paths.flatMap((p) => p.channels))].sort();
  const index = new Map(channels.map((c, i) => [c, i + 1])); // state 0 is start
  const size = channels.length + 1;
  const counts: Map<number, number>[] = Array.from({ length: size }, () => new Map());
  const count = (from: number, to: number): void => {
    const row = counts[from] as Map<number, number>;
    row.set(to, (row.get(to) ?? 0) + 1);
  };
  for (const path of paths) {
    const states = merged(path.channels).map((c) => index.get(c) ?? 0);
    if (states.length === 0) continue;
    let from = 0;
    for (const to of states) {
      count(from, to);
      from = to;
    }
    count(from, path.converted ? CONVERSION : NULL_STATE);
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
