import type { DuckDBConnection } from '@duckdb/node-api';
import { loadAliasKeyFilter, type AliasKeyFilter } from './alias-key-filter';
import { AliasLinkCache, type AliasLinkRow } from './alias-link-cache';
import { ALIAS_LINKS_INSERT_NEW, ALIAS_LINKS_MERGE } from './alias-links-schema';
import type { PreparedEvent } from './prepare-event';

/** What one commit writes to `person_alias_links`. */
export interface AliasLinkPlan {
  /** Links of aliases the table certainly has no row for: a plain insert. */
  readonly insert: readonly AliasLinkRow[];
  /** Links that may change an existing row: the merge. */
  readonly merge: readonly AliasLinkRow[];
}

/**
 * Keeps `person_alias_links` in step with the events, inside the writer's commits, at the cost of
 * the links that can change it: links known to change nothing are dropped (`AliasLinkCache`),
 * links of aliases certainly new are inserted (`AliasKeyFilter`), only the rest are merged.
 *
 * Why: the merge joins the commit's links against the whole table; measured on this machine it
 * took 6-8 ms per commit with 20,000 aliases and 11-14 ms with 200,000, and it ran on every
 * commit that had a signed-in person in it; inserting a commit's new links took 3-3.5 ms, whatever
 * the table's size.
 *
 * Single writer only: `plan`, `write` in the commit's transaction, then `committed` after COMMIT.
 */
export class AliasLinkWriter {
  readonly #cache: AliasLinkCache;
  #filter: AliasKeyFilter;

  private constructor(cache: AliasLinkCache, filter: AliasKeyFilter) {
    this.#cache = cache;
    this.#filter = filter;
  }

  /** Reads the table's keys into the filter (the store's open). `cacheSize`: aliases remembered. */
  static async open(connection: DuckDBConnection, cacheSize: number): Promise<AliasLinkWriter> {
    return new AliasLinkWriter(new AliasLinkCache(cacheSize), await loadAliasKeyFilter(connection));
  }

  plan(events: readonly PreparedEvent[]): AliasLinkPlan {
    const insert: AliasLinkRow[] = [];
    const merge: AliasLinkRow[] = [];
    for (const row of this.#cache.linksToMerge(events)) (this.#filter.mightHold(row.w, row.a) ? merge : insert).push(row);
    return { insert, merge };
  }

  /**
   * Runs the plan on the commit's connection, inside its transaction: one statement at most. Why
   * the new aliases join the merge when there is one: a statement costs 1-3 ms of its own, and
   * the merge's cost is its scan of the table, not the rows it is given.
   */
  async write(connection: DuckDBConnection, plan: AliasLinkPlan): Promise<void> {
    if (plan.merge.length > 0) await connection.run(ALIAS_LINKS_MERGE, { links: JSON.stringify([...plan.merge, ...plan.insert]) });
    else if (plan.insert.length > 0) await connection.run(ALIAS_LINKS_INSERT_NEW, { links: JSON.stringify(plan.insert) });
  }

  /** After the COMMIT that wrote `plan`: its aliases are in the table now. */
  committed(plan: AliasLinkPlan): void {
    for (const row of plan.insert) this.#filter.add(row.w, row.a);
    this.#cache.remember(plan.insert);
    this.#cache.remember(plan.merge);
  }

  /**
   * Between commits: when the filter holds more keys than it was sized for, reads it again from
   * the table at twice the size. Why a failure is only retried later: a full filter is still
   * right (it never misses a key), it merges more links than it needs to; and the commit before
   * has succeeded, which an error here must not make its callers believe otherwise.
   */
  async maintain(connection: DuckDBConnection): Promise<void> {
    if (!this.#filter.full) return;
    try {
      this.#filter = await loadAliasKeyFilter(connection);
    } catch {
      // kept: see above; the next commit tries again
    }
  }
}
