import { InvalidStoredEventError } from '../event-store-errors';
import type { StoredEvent } from '../port';
import { RowRefusal, encodeEventRow, type EventLinks } from './encode-row';

export { MS_PER_DAY } from './encode-row';

/**
 * Encoded lines of one workspace's events, joined by newlines: what the writer stages as one
 * row when all of them turn out new (nearly always). Built where the events are encoded — on a
 * decoding worker for tracking requests — so the JavaScript thread never joins lines itself.
 */
export class PreparedChunk {
  #lines: readonly string[] | null;

  constructor(
    readonly workspaceId: string,
    /** The lines joined by `\n` (a line holds no raw newline: JSON escapes them). */
    readonly text: string,
    /** How many lines `text` holds. */
    readonly count: number,
    lines: readonly string[] | null = null,
  ) {
    this.#lines = lines;
  }

  static of(workspaceId: string, lines: readonly string[]): PreparedChunk {
    return new PreparedChunk(workspaceId, lines.join('\n'), lines.length, lines);
  }

  /** Line `index`; splits the text once, only when some events of the chunk are duplicates. */
  line(index: number): string {
    this.#lines ??= this.text.split('\n');
    const line = this.#lines[index];
    if (line === undefined || this.#lines.length !== this.count) throw new RangeError(`chunk of ${this.count} lines has no line ${index}`);
    return line;
  }
}

/**
 * An event encoded for the writer, before it is queued. Why before: the writer commits many
 * callers' batches in one transaction, so a value DuckDB would refuse (or worse, silently change)
 * must fail its own call up front, never the group.
 */
export interface PreparedEvent {
  readonly workspaceId: string;
  readonly messageId: string;
  /** UTC day number of the event time: the dedupe index's bucket. */
  readonly day: number;
  /** The chunk holding the event's encoded line, and the line's position in it. */
  readonly chunk: PreparedChunk;
  readonly index: number;
  /** The identity links it states (see `encode-row.ts`), written with it. */
  readonly links: EventLinks | null;
}

/** Events of one chunk, in line order; the chunk's workspace is theirs. */
export function eventsOfChunk(chunk: PreparedChunk, messageIds: readonly string[], days: readonly number[], links: readonly (EventLinks | null)[]): PreparedEvent[] {
  if (messageIds.length !== chunk.count || days.length !== chunk.count || links.length !== chunk.count) {
    throw new RangeError('a chunk needs one messageId, one day and one links entry per line');
  }
  const events = new Array<PreparedEvent>(chunk.count);
  for (let i = 0; i < chunk.count; i++) {
    events[i] = { workspaceId: chunk.workspaceId, messageId: messageIds[i] as string, day: days[i] as number, chunk, index: i, links: links[i] ?? null };
  }
  return events;
}

/**
 * Checks and encodes every event of a call; throws {@link InvalidStoredEventError} for the first
 * event the store cannot keep exactly, so the whole call is refused and nothing of it is stored.
 *
 * @example
 * const prepared = prepareEvents(events); // throws InvalidStoredEventError on new Date(NaN)
 */
export function prepareEvents(events: readonly StoredEvent[]): PreparedEvent[] {
  const encoded = events.map((event, index) => {
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
  // One chunk per run of one workspace's events.
  const prepared: PreparedEvent[] = [];
  let start = 0;
  while (start < encoded.length) {
    const workspaceId = (encoded[start] as (typeof encoded)[number]).workspaceId;
    let end = start + 1;
    while (end < encoded.length && (encoded[end] as (typeof encoded)[number]).workspaceId === workspaceId) end++;
    const run = encoded.slice(start, end);
    const chunk = PreparedChunk.of(workspaceId, run.map((e) => e.line));
    prepared.push(...eventsOfChunk(chunk, run.map((e) => e.messageId), run.map((e) => e.day), run.map((e) => e.links)));
    start = end;
  }
  return prepared;
}
