import {
  DomainError,
  type DeadLetter,
  type DeadLetterStatus,
  type DeadLetterStore,
  type IngestionCounters,
  type IngestionStatsStore,
  type WriteKeyRecord,
  type WriteKeyStore,
} from '@marketops/core';
import type { SqlClient } from './sql-client';

interface WriteKeyRow {
  id: string;
  workspace_id: string;
  label: string;
  prefix: string;
  created_at: Date;
  revoked_at: Date | null;
}
const toWriteKey = (r: WriteKeyRow): WriteKeyRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  label: r.label,
  prefix: r.prefix,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});
const KEY_COLUMNS = 'id, workspace_id, label, prefix, created_at, revoked_at';

/** {@link WriteKeyStore} in SQL (PGlite or PostgreSQL). */
export class SqlWriteKeyStore implements WriteKeyStore {
  constructor(private readonly db: SqlClient) {}

  async create(r: { id: string; workspaceId: string; label: string; prefix: string; keyHash: string }): Promise<WriteKeyRecord> {
    const rows = await this.db.query<WriteKeyRow>(
      `INSERT INTO write_keys (id, workspace_id, label, prefix, key_hash) VALUES ($1, $2, $3, $4, $5) RETURNING ${KEY_COLUMNS}`,
      [r.id, r.workspaceId, r.label, r.prefix, r.keyHash],
    );
    return toWriteKey(rows[0]!);
  }

  async findActiveByHash(keyHash: string): Promise<WriteKeyRecord | null> {
    const rows = await this.db.query<WriteKeyRow>(`SELECT ${KEY_COLUMNS} FROM write_keys WHERE key_hash = $1 AND revoked_at IS NULL`, [keyHash]);
    return rows[0] ? toWriteKey(rows[0]) : null;
  }

  async list(workspaceId: string): Promise<WriteKeyRecord[]> {
    const rows = await this.db.query<WriteKeyRow>(`SELECT ${KEY_COLUMNS} FROM write_keys WHERE workspace_id = $1 ORDER BY created_at, id`, [workspaceId]);
    return rows.map(toWriteKey);
  }

  async revoke(workspaceId: string, id: string): Promise<WriteKeyRecord> {
    const rows = await this.db.query<WriteKeyRow>(
      `UPDATE write_keys SET revoked_at = COALESCE(revoked_at, now()) WHERE workspace_id = $1 AND id = $2 RETURNING ${KEY_COLUMNS}`,
      [workspaceId, id],
    );
    if (!rows[0]) throw new DomainError('WRITE_KEY_NOT_FOUND', `workspace "${workspaceId}" has no write key "${id}"`);
    return toWriteKey(rows[0]);
  }
}

interface DeadLetterRow {
  id: string | number;
  workspace_id: string;
  received_at: Date;
  batch_index: number;
  field: string;
  code: string;
  reason: string;
  payload: string;
  status: DeadLetterStatus;
  replayed_at: Date | null;
}
const LETTER_COLUMNS = 'id, workspace_id, received_at, batch_index, field, code, reason, payload, status, replayed_at';
const toLetter = (r: DeadLetterRow): DeadLetter => ({
  id: Number(r.id),
  workspaceId: r.workspace_id,
  receivedAt: r.received_at,
  batchIndex: r.batch_index,
  field: r.field,
  code: r.code,
  reason: r.reason,
  payload: r.payload,
  status: r.status,
  replayedAt: r.replayed_at,
});

/** {@link DeadLetterStore} in SQL. Letters of one call are written in one statement. */
export class SqlDeadLetterStore implements DeadLetterStore {
  constructor(private readonly db: SqlClient) {}

  async add(letters: readonly Omit<DeadLetter, 'id' | 'status' | 'replayedAt'>[]): Promise<void> {
    if (letters.length === 0) return;
    const params: unknown[] = [];
    const values = letters.map((l) => {
      params.push(l.workspaceId, l.receivedAt, l.batchIndex, l.field, l.code, l.reason, l.payload);
      const n = params.length;
      return `($${n - 6}, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
    });
    await this.db.query(`INSERT INTO dead_letters (workspace_id, received_at, batch_index, field, code, reason, payload) VALUES ${values.join(', ')}`, params);
  }

  async list(workspaceId: string, options: { status?: DeadLetterStatus; limit?: number; afterId?: number } = {}): Promise<DeadLetter[]> {
    const rows = await this.db.query<DeadLetterRow>(
      `SELECT ${LETTER_COLUMNS} FROM dead_letters
       WHERE workspace_id = $1 AND ($2::text IS NULL OR status = $2) AND id > $3
       ORDER BY id LIMIT $4`,
      [workspaceId, options.status ?? null, options.afterId ?? 0, Math.min(options.limit ?? 100, 10_000)],
    );
    return rows.map(toLetter);
  }

  async get(workspaceId: string, id: number): Promise<DeadLetter | null> {
    const rows = await this.db.query<DeadLetterRow>(`SELECT ${LETTER_COLUMNS} FROM dead_letters WHERE workspace_id = $1 AND id = $2`, [workspaceId, id]);
    return rows[0] ? toLetter(rows[0]) : null;
  }

  async markReplayed(workspaceId: string, ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(`UPDATE dead_letters SET status = 'replayed', replayed_at = now() WHERE workspace_id = $1 AND id = ANY($2::bigint[])`, [workspaceId, [...ids]]);
  }

  async countByCode(workspaceId: string, status?: DeadLetterStatus): Promise<Record<string, number>> {
    const rows = await this.db.query<{ code: string; n: number }>(
      `SELECT code, count(*)::integer AS n FROM dead_letters WHERE workspace_id = $1 AND ($2::text IS NULL OR status = $2) GROUP BY code ORDER BY code`,
      [workspaceId, status ?? null],
    );
    return Object.fromEntries(rows.map((r) => [r.code, r.n]));
  }
}

/** {@link IngestionStatsStore} in SQL: one row per workspace and day, counters added atomically. */
export class SqlIngestionStatsStore implements IngestionStatsStore {
  constructor(private readonly db: SqlClient) {}

  async add(workspaceId: string, day: string, c: IngestionCounters): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO ingestion_stats (workspace_id, day, accepted, duplicates) VALUES ($1, $2::date, $3, $4)
         ON CONFLICT (workspace_id, day) DO UPDATE SET accepted = ingestion_stats.accepted + EXCLUDED.accepted, duplicates = ingestion_stats.duplicates + EXCLUDED.duplicates`,
        [workspaceId, day, c.accepted, c.duplicates],
      );
      for (const [code, n] of Object.entries(c.rejected)) {
        // Why one key at a time: jsonb has no "add to numeric field" operator; the row is locked by the upsert above.
        await tx.query(
          `UPDATE ingestion_stats SET rejected = jsonb_set(rejected, ARRAY[$3::text], to_jsonb(COALESCE((rejected ->> $3)::bigint, 0) + $4))
           WHERE workspace_id = $1 AND day = $2::date`,
          [workspaceId, day, code, n],
        );
      }
    });
  }

  async total(workspaceId: string, fromDay: string): Promise<IngestionCounters> {
    const rows = await this.db.query<{ accepted: string | number; duplicates: string | number; rejected: Record<string, number | string> }>(
      `SELECT accepted, duplicates, rejected FROM ingestion_stats WHERE workspace_id = $1 AND day >= $2::date`,
      [workspaceId, fromDay],
    );
    const rejected: Record<string, number> = {};
    let accepted = 0;
    let duplicates = 0;
    for (const r of rows) {
      accepted += Number(r.accepted);
      duplicates += Number(r.duplicates);
      for (const [code, n] of Object.entries(r.rejected)) rejected[code] = (rejected[code] ?? 0) + Number(n);
    }
    return { accepted, duplicates, rejected };
  }
}
