import { sha256Hex } from '../ingestion/sha256';
import type { ChannelStatDraft } from './channel-stat-row';
import type { CostDraft } from './cost-row';
import type { RowProblem } from './model';

/** A row's idempotency key, or the problem that keeps it from having one. */
export type RowKeyResult = { readonly ok: true; readonly rowKey: string } | { readonly ok: false; readonly problem: RowProblem };

/**
 * Gives the cost rows of one file their keys, in file order. The rule:
 *
 * - a row with an `id` is keyed `id:<id>`; the same id twice in one file is a problem;
 * - any other row is keyed by the SHA-256 of its normalised values (date, channel, campaign, type,
 *   amount, currency, function, note) plus its occurrence among identical rows of the file:
 *   `h:<hash>` for the first, `h:<hash>:2` for the second...
 *
 * So importing the same file again rewrites the same keys (nothing changes), two identical rows in
 * one file are both kept, and reformatting (`1,234.5` for `1234.50`) keeps the key. Editing a
 * value of a row without an id makes it a new row: give rows ids when a sheet is edited and
 * re-imported.
 *
 * @example
 * const key = createCostRowKeyer();
 * key(draft) // { ok: true, rowKey: 'h:3f2a…' }
 * key(draft) // { ok: true, rowKey: 'h:3f2a…:2' }
 */
export function createCostRowKeyer(): (draft: CostDraft) => RowKeyResult {
  const firstLineOfId = new Map<string, number>();
  const occurrences = new Map<string, number>();
  return function keyCostRow(draft) {
    if (draft.id !== null) {
      const first = firstLineOfId.get(draft.id);
      if (first !== undefined) {
        return { ok: false, problem: { line: draft.line, field: 'id', reason: `id "${draft.id}" is already used on line ${first}` } };
      }
      firstLineOfId.set(draft.id, draft.line);
      return { ok: true, rowKey: `id:${draft.id}` };
    }
    const hash = sha256Hex(
      JSON.stringify([draft.date, draft.channel, draft.campaign, draft.costType, draft.amount, draft.currency, draft.functionId, draft.note]),
    );
    const n = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, n);
    return { ok: true, rowKey: n === 1 ? `h:${hash}` : `h:${hash}:${n}` };
  };
}

/**
 * Gives channel-statistics rows their keys. A snapshot is one account's numbers for one day, so
 * its key is its identity, platform + account (case ignored) + date, not its values: a re-export
 * with revised numbers updates the day instead of adding a second one. The same account and day
 * twice in one file is a problem.
 *
 * @example createSnapshotRowKeyer()(draft) // { ok: true, rowKey: 'k:9b1c…' }
 */
export function createSnapshotRowKeyer(): (draft: ChannelStatDraft) => RowKeyResult {
  const firstLine = new Map<string, number>();
  return function keySnapshotRow(draft) {
    const hash = sha256Hex(JSON.stringify([draft.platform, draft.account.toLowerCase(), draft.date]));
    const first = firstLine.get(hash);
    if (first !== undefined) {
      const reason = `${draft.platform} account "${draft.account}" already has a row for ${draft.date} on line ${first}`;
      return { ok: false, problem: { line: draft.line, field: 'date', reason } };
    }
    firstLine.set(hash, draft.line);
    return { ok: true, rowKey: `k:${hash}` };
  };
}
