/**
 * Bipartite matching of funnel steps to events (Kuhn's augmenting paths), for the cases where
 * events share an instant or one event fits several steps: which event fills which step is then
 * a matching, and a greedy pick can miss a conversion that exists.
 */
export class StepMatching {
  readonly #ownerOf = new Map<number, number>();

  /** `candidates(left)`: the right nodes `left` may take. */
  constructor(private readonly candidates: (left: number) => readonly number[]) {}

  /** Matches `left` too, re-routing earlier ones if needed; false (nothing changed) when impossible. */
  add(left: number): boolean {
    return this.#augment(left, new Set());
  }

  #augment(left: number, seen: Set<number>): boolean {
    for (const right of this.candidates(left)) {
      if (seen.has(right)) continue;
      seen.add(right);
      const owner = this.#ownerOf.get(right);
      if (owner === undefined || this.#augment(owner, seen)) {
        this.#ownerOf.set(right, left);
        return true;
      }
    }
    return false;
  }
}

/**
 * How many steps `first, first + 1, ...` (before `end`), in order, can each take a distinct one of
 * `members`, where `fits(step, member)` says which may fill which.
 *
 * @example matchedPrefix(1, 3, [7], (step) => step === 1) // 1
 */
export function matchedPrefix(first: number, end: number, members: readonly number[], fits: (step: number, member: number) => boolean): number {
  const matching = new StepMatching((step) => members.filter((m) => fits(step, m)));
  let count = 0;
  for (let step = first; step < end && matching.add(step); step += 1) count += 1;
  return count;
}
