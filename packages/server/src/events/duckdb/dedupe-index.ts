/**
 * The exact dedupe index: committed (workspaceId, messageId) pairs, bucketed by the UTC day of the
 * event's corrected time `ts`, held in memory.
 *
 * **What it guarantees.** An incoming event on day D is checked against (a) every hot bucket, i.e.
 * every day from `today - windowDays` on (future days included), and (b) the buckets D-1, D, D+1
 * whatever their age, loaded from the `events` table on demand ("cold" days, kept in a small LRU).
 * So a duplicate is caught exactly when the original's event time is within the window (at least
 * `windowDays` full days plus today), or within a day of the duplicate's event time, which is
 * always true of a retried message (same `timestamp`; skew correction moves it by seconds). Only
 * a re-used messageId whose two event times lie more than a day apart, the older outside the
 * window, gets through.
 *
 * **What it costs.** One JavaScript string per key plus a Set entry: measured 80 bytes per key of
 * V8 heap with 1M keys over 7 days (a DuckDB ART index measured ~90 bytes per key, loaded whole at
 * open, and ~5x slower to insert into). So: keys per day x (windowDays + 1) x 80-100 B, e.g.
 * 100k events/day with the default 7 days is ~70 MB; 1M/day is ~700 MB (lower `dedupeWindowDays`
 * there). Hydration at open reads ~330k keys/s. Cold days add up to `maxColdDays` days more, and
 * loading one scans that day's rows of `events` (zone maps on `ts` skip the rest when rows arrived
 * roughly in time order).
 *
 * Not thread-safe and not transactional by itself: the single writer consults it, commits, and only
 * then adds the committed keys, so it never holds a key that is not durable.
 */
export interface DedupeIndexOptions {
  /** Days before today whose keys are always held (the hot window). At least 1. */
  readonly windowDays: number;
  /** Older days kept after being loaded on demand (least recently used evicted). Default 3. */
  readonly maxColdDays?: number;
}

/** The keys of one day: per workspace, a set of messageIds. */
export class DayKeys {
  // Why arrays of sets: a V8 Set holds at most 2^24 entries; a busy workspace-day may exceed it.
  readonly #byWorkspace = new Map<string, Set<string>[]>();
  #size = 0;

  get size(): number {
    return this.#size;
  }

  has(workspaceId: string, messageId: string): boolean {
    const sets = this.#byWorkspace.get(workspaceId);
    if (sets === undefined) return false;
    for (const set of sets) if (set.has(messageId)) return true;
    return false;
  }

  /** Adds a key known to be absent (callers check with {@link has} first). */
  add(workspaceId: string, messageId: string): void {
    let sets = this.#byWorkspace.get(workspaceId);
    if (sets === undefined) {
      sets = [new Set()];
      this.#byWorkspace.set(workspaceId, sets);
    }
    let last = sets[sets.length - 1] as Set<string>;
    if (last.size >= SET_CHUNK) {
      last = new Set();
      sets.push(last);
    }
    last.add(messageId);
    this.#size++;
  }
}

const SET_CHUNK = 8_000_000;

export class DedupeIndex {
  readonly #windowDays: number;
  readonly #maxColdDays: number;
  /** Every day >= this is loaded: its bucket in #hot, or no bucket when it has no keys. */
  #hotFrom: number;
  readonly #hot = new Map<number, DayKeys>();
  /** Loaded days before #hotFrom, least recently used first. */
  readonly #cold = new Map<number, DayKeys>();

  /**
   * An empty index whose hot window starts at `today - windowDays`; fill it with {@link add} from
   * every committed event on or after {@link hotFromDay} before using it.
   *
   * @example
   * const index = new DedupeIndex({ windowDays: 7 }, Math.floor(Date.now() / MS_PER_DAY));
   */
  constructor(options: DedupeIndexOptions, today: number) {
    if (!Number.isInteger(options.windowDays) || options.windowDays < 1) throw new RangeError('windowDays must be an integer >= 1');
    this.#windowDays = options.windowDays;
    this.#maxColdDays = Math.max(0, options.maxColdDays ?? 3);
    this.#hotFrom = today - options.windowDays;
  }

  /** The first day of the hot window (UTC days since 1970-01-01). */
  get hotFromDay(): number {
    return this.#hotFrom;
  }

  /** Keys held, hot and cold. */
  get size(): number {
    let total = 0;
    for (const keys of this.#hot.values()) total += keys.size;
    for (const keys of this.#cold.values()) total += keys.size;
    return total;
  }

  /** The cold days that must be loaded ({@link loadColdDay}) before events on `days` can be checked. */
  daysToLoad(days: Iterable<number>): number[] {
    const missing = new Set<number>();
    for (const day of days) {
      for (let d = day - 1; d <= day + 1; d++) if (!this.#isLoaded(d)) missing.add(d);
    }
    return [...missing].sort((a, b) => a - b);
  }

  /** Installs every committed key of a cold day, read from storage. */
  loadColdDay(day: number, keys: DayKeys): void {
    if (day >= this.#hotFrom) throw new RangeError(`day ${day} is in the hot window`);
    this.#cold.delete(day);
    this.#cold.set(day, keys);
  }

  /** Whether the key was committed (within the guarantee above). Its days must be loaded. */
  has(workspaceId: string, messageId: string, day: number): boolean {
    for (const keys of this.#hot.values()) if (keys.has(workspaceId, messageId)) return true;
    for (let d = day - 1; d <= day + 1; d++) {
      if (d >= this.#hotFrom) continue;
      const keys = this.#cold.get(d);
      if (keys === undefined) throw new Error(`dedupe index: day ${d} is not loaded`);
      this.#cold.delete(d);
      this.#cold.set(d, keys);
      if (keys.has(workspaceId, messageId)) return true;
    }
    return false;
  }

  /** Records a committed key. A key on a day that is not loaded is left to storage. */
  add(workspaceId: string, messageId: string, day: number): void {
    if (day >= this.#hotFrom) {
      let keys = this.#hot.get(day);
      if (keys === undefined) {
        keys = new DayKeys();
        this.#hot.set(day, keys);
      }
      keys.add(workspaceId, messageId);
    } else {
      this.#cold.get(day)?.add(workspaceId, messageId);
    }
  }

  /** Moves the hot window to end at `today` and trims the cold days to `maxColdDays`. */
  advance(today: number): void {
    const hotFrom = today - this.#windowDays;
    if (hotFrom > this.#hotFrom) {
      // Why only the last maxColdDays: older ones would be evicted at once below.
      for (let day = Math.max(this.#hotFrom, hotFrom - this.#maxColdDays); day < hotFrom; day++) {
        this.#cold.set(day, this.#hot.get(day) ?? new DayKeys());
      }
      for (const day of [...this.#hot.keys()]) if (day < hotFrom) this.#hot.delete(day);
      this.#hotFrom = hotFrom;
    }
    for (const day of this.#cold.keys()) {
      if (this.#cold.size <= this.#maxColdDays) break;
      this.#cold.delete(day);
    }
  }

  #isLoaded(day: number): boolean {
    return day >= this.#hotFrom || this.#cold.has(day);
  }
}
