import { EventStoreClosedError, EventStoreSaturatedError } from '../event-store-errors';

/**
 * Commits several callers' batches together. Gets the batches in submission order and must return
 * one result per batch, in the same order; it either commits all of them or throws having committed
 * none.
 */
export type CommitGroup<T, R> = (batches: readonly (readonly T[])[]) => Promise<R[]>;

export interface GroupCommitOptions {
  /**
   * Items queued or being written above which {@link GroupCommitQueue.submit} refuses at once with
   * {@link EventStoreSaturatedError}. A single batch larger than this is still taken when nothing
   * else is pending, so memory stays within max(limit, largest batch).
   */
  readonly maxPendingItems: number;
  /** Items per commit; a batch is never split, so a larger one is committed alone. */
  readonly maxItemsPerCommit: number;
}

interface Entry<T, R> {
  readonly items: readonly T[];
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * A bounded queue in front of a single writer (group commit). Each caller's batch waits in the
 * queue; the writer takes everything pending (up to `maxItemsPerCommit`), commits it once, and
 * resolves each caller with its own result. When a group fails, its batches are retried one by one
 * so that one caller's failure is never another's.
 *
 * @example
 * const queue = new GroupCommitQueue(commitInOneTransaction, { maxPendingItems: 50_000, maxItemsPerCommit: 5_000 });
 * const result = await queue.submit(events); // rejects at once with EventStoreSaturatedError when full
 */
export class GroupCommitQueue<T, R> {
  readonly #commit: CommitGroup<T, R>;
  readonly #options: GroupCommitOptions;
  readonly #queue: Entry<T, R>[] = [];
  #pending = 0;
  /** The writer's run while it drains; `#draining` is cleared in the same tick the queue is seen empty. */
  #writer: Promise<void> = Promise.resolve();
  #draining = false;
  #closed = false;
  /** Items per second of the last commit, for the saturated error's Retry-After estimate. */
  #lastRate = 0;

  constructor(commit: CommitGroup<T, R>, options: GroupCommitOptions) {
    if (!(options.maxPendingItems >= 1) || !(options.maxItemsPerCommit >= 1)) {
      throw new RangeError('maxPendingItems and maxItemsPerCommit must be at least 1');
    }
    this.#commit = commit;
    this.#options = options;
  }

  /** Items submitted and not yet committed or failed (queued plus being written). */
  get pendingItems(): number {
    return this.#pending;
  }

  /** The error {@link submit} would refuse a batch of `count` items with now, or null. */
  refusal(count: number): EventStoreClosedError | EventStoreSaturatedError | null {
    if (this.#closed) return new EventStoreClosedError();
    const limit = this.#options.maxPendingItems;
    if (this.#pending > 0 && this.#pending + count > limit) {
      return new EventStoreSaturatedError(this.#pending, limit, this.#retryAfterSeconds());
    }
    return null;
  }

  /** Queues a batch; resolves with its result once committed. Refuses at once when full or closed. */
  submit(items: readonly T[]): Promise<R> {
    const refusal = this.refusal(items.length);
    if (refusal !== null) return Promise.reject(refusal);
    return new Promise<R>((resolve, reject) => {
      this.#queue.push({ items, resolve, reject });
      this.#pending += items.length;
      if (!this.#draining) {
        this.#draining = true;
        this.#writer = this.#drain();
      }
    });
  }

  /** Refuses new batches, then waits until every queued one is committed or failed. */
  async close(): Promise<void> {
    this.#closed = true;
    while (this.#draining) await this.#writer;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#queue.length > 0) {
        const group = this.#takeGroup();
        const size = group.reduce((sum, entry) => sum + entry.items.length, 0);
        const started = performance.now();
        await this.#commitGroup(group);
        this.#lastRate = size / Math.max((performance.now() - started) / 1000, 1e-3);
      }
    } finally {
      // Why here and not in a `.finally()` on the promise: that runs ticks later, and a batch
      // submitted in between would find a writer that has already stopped looking.
      this.#draining = false;
    }
  }

  #takeGroup(): Entry<T, R>[] {
    const group: Entry<T, R>[] = [];
    let size = 0;
    while (this.#queue.length > 0) {
      const next = this.#queue[0] as Entry<T, R>;
      if (group.length > 0 && size + next.items.length > this.#options.maxItemsPerCommit) break;
      group.push(next);
      size += next.items.length;
      this.#queue.shift();
    }
    return group;
  }

  async #commitGroup(group: readonly Entry<T, R>[]): Promise<void> {
    let results: R[];
    try {
      results = await this.#commit(group.map((entry) => entry.items));
    } catch (error) {
      if (group.length === 1) {
        this.#settle(group[0] as Entry<T, R>, () => group[0]?.reject(error));
        return;
      }
      // Why one by one: the group failed as a whole and stored nothing; alone, every batch but the
      // culprit (if any) can still be committed.
      for (const entry of group) await this.#commitGroup([entry]);
      return;
    }
    if (results.length !== group.length) {
      const error = new Error(`commit returned ${results.length} results for ${group.length} batches`);
      for (const entry of group) this.#settle(entry, () => entry.reject(error));
      return;
    }
    group.forEach((entry, i) => this.#settle(entry, () => entry.resolve(results[i] as R)));
  }

  /** Why before settling: a caller that awaits its result then sees the pending count without it. */
  #settle(entry: Entry<T, R>, settle: () => void): void {
    this.#pending -= entry.items.length;
    settle();
  }

  #retryAfterSeconds(): number {
    if (this.#lastRate <= 0) return 1;
    return Math.min(60, Math.max(1, Math.ceil(this.#pending / this.#lastRate)));
  }
}
