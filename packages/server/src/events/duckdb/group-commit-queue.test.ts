import { describe, expect, it } from 'vitest';
import { EventStoreClosedError, EventStoreSaturatedError } from '../event-store-errors';
import { GroupCommitQueue } from './group-commit-queue';

/** A commit function that records each group and can be told to fail. */
function recorder(fail: (batches: readonly (readonly number[])[]) => boolean = () => false) {
  const groups: number[][][] = [];
  const commit = async (batches: readonly (readonly number[])[]): Promise<number[]> => {
    await new Promise((resolve) => setImmediate(resolve));
    if (fail(batches)) throw new Error('commit failed');
    groups.push(batches.map((batch) => [...batch]));
    return batches.map((batch) => batch.reduce((sum, n) => sum + n, 0));
  };
  return { groups, commit };
}

describe('GroupCommitQueue', () => {
  it('commits concurrent batches together and answers each caller with its own result', async () => {
    const { groups, commit } = recorder();
    const queue = new GroupCommitQueue(commit, { maxPendingItems: 100, maxItemsPerCommit: 100 });
    const results = await Promise.all([queue.submit([1]), queue.submit([2, 3]), queue.submit([4]), queue.submit([5])]);
    expect(results).toEqual([1, 5, 4, 5]);
    // The first batch starts the writer alone; the three that arrived meanwhile share one commit.
    expect(groups).toEqual([[[1]], [[2, 3], [4], [5]]]);
    expect(queue.pendingItems).toBe(0);
  });

  it('takes a batch submitted the moment the previous one resolved', async () => {
    const { commit } = recorder();
    const queue = new GroupCommitQueue(commit, { maxPendingItems: 100, maxItemsPerCommit: 100 });
    // The next batch arrives 0..7 microtask ticks after the previous result: one of these lands
    // between the writer seeing an empty queue and the writer being marked stopped.
    for (let ticks = 0; ticks < 8; ticks++) {
      await queue.submit([ticks]);
      for (let i = 0; i < ticks; i++) await Promise.resolve();
      await expect(Promise.race([queue.submit([1]), new Promise((resolve) => setTimeout(resolve, 2_000, 'stuck'))])).resolves.toBe(1);
    }
  });

  it('never puts more than maxItemsPerCommit in a group, nor splits a batch', async () => {
    const { groups, commit } = recorder();
    const queue = new GroupCommitQueue(commit, { maxPendingItems: 100, maxItemsPerCommit: 3 });
    await Promise.all([queue.submit([0]), queue.submit([1, 1]), queue.submit([2]), queue.submit([3, 3, 3, 3]), queue.submit([4])]);
    expect(groups).toEqual([[[0]], [[1, 1], [2]], [[3, 3, 3, 3]], [[4]]]);
  });

  it('refuses at once with a typed error when the pending items would pass the limit', async () => {
    const { commit } = recorder();
    const queue = new GroupCommitQueue(commit, { maxPendingItems: 4, maxItemsPerCommit: 10 });
    const first = queue.submit([1, 1, 1]);
    expect(queue.pendingItems).toBe(3);
    const refused = queue.submit([1, 1]);
    await expect(refused).rejects.toBeInstanceOf(EventStoreSaturatedError);
    await expect(refused).rejects.toMatchObject({ pendingEvents: 3, maxPendingEvents: 4, retryAfterSeconds: expect.any(Number) });
    await expect(first).resolves.toBe(3);
    // Alone, a batch larger than the limit is taken: otherwise it could never be stored.
    await expect(queue.submit([1, 1, 1, 1, 1])).resolves.toBe(5);
  });

  it('retries a failed group one batch at a time, so only the culprit fails', async () => {
    const { groups, commit } = recorder((batches) => batches.some((batch) => batch.includes(-1)));
    const queue = new GroupCommitQueue(commit, { maxPendingItems: 100, maxItemsPerCommit: 100 });
    const outcomes = await Promise.allSettled([queue.submit([1]), queue.submit([2]), queue.submit([-1]), queue.submit([3])]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(groups.flat()).toEqual([[1], [2], [3]]);
    expect(queue.pendingItems).toBe(0);
  });

  it('drains on close, then refuses', async () => {
    const { commit } = recorder();
    const queue = new GroupCommitQueue(commit, { maxPendingItems: 100, maxItemsPerCommit: 100 });
    const pending = [queue.submit([1]), queue.submit([2])];
    await queue.close();
    await expect(Promise.all(pending)).resolves.toEqual([1, 2]);
    await expect(queue.submit([3])).rejects.toBeInstanceOf(EventStoreClosedError);
  });
});
