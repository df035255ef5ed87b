/**
 * Incremental maximum bipartite matching (Kuhn's augmenting paths). Funnels need it where events
 * share a timestamp or one event could fill several steps: which event fills which step is then a
 * matching problem, and a greedy pick can miss a conversion that exists.
 *
 * Left nodes are added one at a time; `add` keeps every earlier left node matched and reports
 * whether the new one could be matched too (possibly by re-routing earlier ones).
 */
export class IncrementalMatching {
  private readonly rightOwner = new Map<number, number>();

  /** `edges(left)`: the right nodes a left node may be matched to. */
  constructor(private readonly edges: (left: number) => readonly number[]) {}

  add(left: number): boolean {
    return this.augment(left, new Set<number>());
  }

  private augment(left: number, visited: Set<number>): boolean {
    for (const right of this.edges(left)) {
      if (visited.has(right)) continue;
      visited.add(right);
      const owner = this.rightOwner.get(right);
      if (owner === undefined || this.augment(owner, visited)) {
        this.rightOwner.set(right, left);
        return true;
      }
    }
    return false;
  }
}

/**
 * How many of `steps`, taken in order from the first, can each be given a distinct event among
 * `events`, where `fits(step, event)` says which events can fill which step.
 *
 * @example longestMatchedPrefix([1, 2], [ev], (s) => s === 1) // 1
 */
export function longestMatchedPrefix<E>(steps: readonly number[], events: readonly E[], fits: (step: number, event: E) => boolean): number {
  const matching = new IncrementalMatching((step) => events.flatMap((event, i) => (fits(step, event) ? [i] : [])));
  let count = 0;
  for (const step of steps) {
    if (!matching.add(step)) break;
    count += 1;
  }
  return count;
}
