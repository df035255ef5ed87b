import type { PreparedEvent } from './prepare-event';

/** One identity link to merge into `person_alias_links`: workspace, alias id, person (user id), time in epoch ms. */
export interface AliasLinkRow {
  readonly w: string;
  readonly a: string;
  readonly p: string;
  readonly ts: number;
}

interface Bound {
  readonly p: string;
  readonly ts: number;
}

/**
 * What the writer knows of `person_alias_links` without asking DuckDB, so a commit merges only the
 * links that can change it.
 *
 * The table keeps per alias the smallest (time, person) of all its links (`ALIAS_LINKS_MERGE`). For
 * an alias this cache holds a link the table's row is known to be at most: the last link committed
 * for it (after a merge the row is the smaller of the old row and the merged link). A new link at a
 * later time, or the same link again, cannot change the row, and is left out of the merge. Every
 * other link (an alias not held, an earlier time, a tie with another person) is merged; so is every
 * link when the cache is empty, which makes it safe to forget entries at any time.
 *
 * Why: signed-in people send the same (anonymousId, userId) pair with every event, and the merge
 * joins against the whole table on every commit; measured on this machine, it was about a quarter
 * of the writer's time per commit (6-7 ms of 25). Why person ties are merged: DuckDB orders text
 * by its UTF-8 bytes, JavaScript by UTF-16 code units; the cache never needs to decide a tie.
 *
 * Memory: at most `capacity` entries (least recently used forgotten), about 150-200 bytes each.
 * Not transactional: `remember` only after the commit that merged the links succeeded.
 */
export class AliasLinkCache {
  readonly #capacity: number;
  readonly #bounds = new Map<string, Bound>();

  constructor(capacity: number) {
    if (!Number.isSafeInteger(capacity) || capacity < 0) throw new RangeError(`capacity must be a whole number >= 0, got ${capacity}`);
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#bounds.size;
  }

  /**
   * The commit's links that may change the table: per alias only its earliest links (all of them
   * on a tie between people), none already known to be no earlier than the table's row.
   */
  linksToMerge(events: readonly PreparedEvent[]): AliasLinkRow[] {
    const earliest = new Map<string, AliasLinkRow[]>();
    for (const event of events) {
      const links = event.links;
      if (links === null) continue;
      for (const [alias, person] of links.pairs) {
        const key = keyOf(event.workspaceId, alias);
        const held = earliest.get(key);
        const first = held?.[0];
        if (first === undefined || links.ts < first.ts) earliest.set(key, [{ w: event.workspaceId, a: alias, p: person, ts: links.ts }]);
        else if (links.ts === first.ts && !held!.some((row) => row.p === person)) held!.push({ w: event.workspaceId, a: alias, p: person, ts: links.ts });
      }
    }
    const rows: AliasLinkRow[] = [];
    for (const [key, candidates] of earliest) {
      const bound = this.#bounds.get(key);
      const only = candidates.length === 1 ? candidates[0] : undefined;
      if (bound !== undefined && only !== undefined && (only.ts > bound.ts || (only.ts === bound.ts && only.p === bound.p))) {
        // Why re-insert: Map order is the eviction order, so a link seen again stays.
        this.#bounds.delete(key);
        this.#bounds.set(key, bound);
        continue;
      }
      rows.push(...candidates);
    }
    return rows;
  }

  /** Records links a committed merge has applied (the rows `linksToMerge` gave for that commit). */
  remember(rows: readonly AliasLinkRow[]): void {
    if (this.#capacity === 0) return;
    const seen = new Map<string, AliasLinkRow | null>();
    // Why null on a tie between people: the row is the smaller of them in DuckDB's order, unknown here.
    for (const row of rows) {
      const key = keyOf(row.w, row.a);
      seen.set(key, seen.has(key) ? null : row);
    }
    for (const [key, row] of seen) {
      this.#bounds.delete(key);
      if (row !== null) this.#bounds.set(key, { p: row.p, ts: row.ts });
    }
    for (const key of this.#bounds.keys()) {
      if (this.#bounds.size <= this.#capacity) break;
      this.#bounds.delete(key);
    }
  }
}

/** Why a NUL separator is unambiguous: workspace ids are slugs (`ID_PATTERN`), so the first NUL ends one. */
function keyOf(workspaceId: string, alias: string): string {
  return `${workspaceId}\u0000${alias}`;
}
