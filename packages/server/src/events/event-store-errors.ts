/**
 * Typed errors of the event store adapters. The HTTP layer maps them (saturated: 503 with
 * `Retry-After`; invalid: 400; closed or in use: 503) in its one error mapping; the store never
 * knows about HTTP.
 */

/**
 * `append` was refused at once because the writer's queue is full. Nothing of the call was stored;
 * the caller should retry after {@link retryAfterSeconds}.
 *
 * @example
 * try { await store.append(events); }
 * catch (error) {
 *   if (error instanceof EventStoreSaturatedError) reply.header('Retry-After', error.retryAfterSeconds).code(503);
 * }
 */
export class EventStoreSaturatedError extends Error {
  readonly code = 'EVENT_STORE_SATURATED';

  constructor(
    /** Events queued or being written when the call was refused. */
    readonly pendingEvents: number,
    readonly maxPendingEvents: number,
    /** A whole number of seconds, at least 1: the queue's estimated time to drain. */
    readonly retryAfterSeconds: number,
  ) {
    super(`the event store is saturated: ${pendingEvents} events pending (limit ${maxPendingEvents}); retry in ${retryAfterSeconds}s`);
    this.name = 'EventStoreSaturatedError';
  }
}

/**
 * An event holds a value the store cannot keep exactly (an invalid date, revenue outside
 * DECIMAL(18,4), a lone UTF-16 surrogate, properties JSON cannot encode). The whole call was
 * refused and nothing of it was stored.
 */
export class InvalidStoredEventError extends Error {
  readonly code = 'EVENT_INVALID';

  constructor(
    /** Position of the offending event in the `append` call. */
    readonly index: number,
    readonly messageId: string,
    /** Dotted path of the offending field, e.g. `timestamp` or `properties`. */
    readonly field: string,
    readonly reason: string,
  ) {
    super(`event ${index} (messageId ${JSON.stringify(messageId)}): ${field} ${reason}`);
    this.name = 'InvalidStoredEventError';
  }
}

/** The store was closed (or is closing): nothing was stored. */
export class EventStoreClosedError extends Error {
  readonly code = 'EVENT_STORE_CLOSED';

  constructor() {
    super('the event store is closed');
    this.name = 'EventStoreClosedError';
  }
}

/**
 * The database file is already open in this process. Why refused: DuckDB lets a process open the
 * same file twice, and two writers on one file corrupt it (another process is stopped by DuckDB's
 * own file lock).
 */
export class EventStoreInUseError extends Error {
  readonly code = 'EVENT_STORE_IN_USE';

  constructor(readonly path: string) {
    super(`the event store ${path} is already open in this process: close it first`);
    this.name = 'EventStoreInUseError';
  }
}
