/**
 * Runs tasks one at a time per key, in arrival order; different keys run in parallel. Used so
 * that edits of one workspace in one server process never race each other (the version check
 * still guards against other processes sharing a PostgreSQL server).
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
