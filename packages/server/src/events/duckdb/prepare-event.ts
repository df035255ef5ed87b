import { InvalidStoredEventError } from '../event-store-errors';
import type { StoredEvent } from '../port';
import { RowRefusal, encodeEventRow, type EncodedEvent } from './encode-row';

export { MS_PER_DAY } from './encode-row';

/**
 * An event encoded for the writer, with its workspace, before it is queued. Why before: the
 * writer commits many callers' batches in one transaction, so a value DuckDB would refuse (or
 * worse, silently change) must fail its own call up front, never the group. The ingestion
 * workers produce these directly (`encodeEventRow` off the JavaScript thread).
 */
export interface PreparedEvent extends EncodedEvent {
  readonly workspaceId: string;
}

/**
 * Checks and encodes every event of a call; throws {@link InvalidStoredEventError} for the first
 * event the store cannot keep exactly, so the whole call is refused and nothing of it is stored.
 *
 * @example
 * const prepared = prepareEvents(events); // throws InvalidStoredEventError on new Date(NaN)
 */
export function prepareEvents(events: readonly StoredEvent[]): PreparedEvent[] {
  return events.map((event, index) => {
    try {
      const workspaceId: unknown = event.workspaceId;
      if (typeof workspaceId !== 'string') throw new RowRefusal('workspaceId', 'must be a string');
      if (!workspaceId.isWellFormed()) throw new RowRefusal('workspaceId', 'contains a lone UTF-16 surrogate');
      return { workspaceId, ...encodeEventRow(event) };
    } catch (error) {
      if (error instanceof RowRefusal) throw new InvalidStoredEventError(index, String(event.messageId), error.field, error.reason);
      throw error;
    }
  });
}
