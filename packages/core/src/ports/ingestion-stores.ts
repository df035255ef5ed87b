import type { ChannelRule } from '../ingestion/channel-rules';

export interface WriteKeyRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly label: string;
  /** The first characters of the key, shown in lists so a person can tell keys apart. */
  readonly prefix: string;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

/**
 * Write keys: public, ingest-only credentials (they ship in web pages). Stored hashed; the key
 * itself is shown once, when created.
 */
export interface WriteKeyStore {
  create(record: { id: string; workspaceId: string; label: string; prefix: string; keyHash: string }): Promise<WriteKeyRecord>;
  /** The active (not revoked) key with this hash, or null. */
  findActiveByHash(keyHash: string): Promise<WriteKeyRecord | null>;
  list(workspaceId: string): Promise<WriteKeyRecord[]>;
  /** Throws WRITE_KEY_NOT_FOUND. Revoking twice keeps the first revocation time. */
  revoke(workspaceId: string, id: string): Promise<WriteKeyRecord>;
}

export type DeadLetterStatus = 'pending' | 'replayed' | 'discarded';

export interface DeadLetter {
  readonly id: number;
  readonly workspaceId: string;
  readonly receivedAt: Date;
  /** Index of the message in its batch. */
  readonly batchIndex: number;
  readonly field: string;
  readonly code: string;
  readonly reason: string;
  /** The message exactly as received (JSON text). */
  readonly payload: string;
  readonly status: DeadLetterStatus;
  readonly replayedAt: Date | null;
}

/** Rejected messages, kept for inspection and replay. Nothing rejected is ever silently lost. */
export interface DeadLetterStore {
  add(letters: readonly Omit<DeadLetter, 'id' | 'status' | 'replayedAt'>[]): Promise<void>;
  list(workspaceId: string, options?: { status?: DeadLetterStatus; limit?: number; afterId?: number }): Promise<DeadLetter[]>;
  get(workspaceId: string, id: number): Promise<DeadLetter | null>;
  markReplayed(workspaceId: string, ids: readonly number[]): Promise<void>;
  countByCode(workspaceId: string, status?: DeadLetterStatus): Promise<Record<string, number>>;
}

/** Ingestion counters per workspace and calendar day (UTC), for `marketops events health`. */
export interface IngestionCounters {
  readonly accepted: number;
  readonly duplicates: number;
  /** Rejected messages by reason code. */
  readonly rejected: Readonly<Record<string, number>>;
}

export interface IngestionStatsStore {
  /** Adds counts to the day's row (creating it). */
  add(workspaceId: string, day: string, counters: IngestionCounters): Promise<void>;
  /** Sums over the days from `fromDay` (inclusive). */
  total(workspaceId: string, fromDay: string): Promise<IngestionCounters>;
}

/** A workspace's own channel rules, when it saved some. */
export interface StoredChannelRules {
  readonly rules: readonly ChannelRule[];
  readonly updatedAt: Date;
}

/**
 * A workspace's channel rules (the ordered rule set of `classifyChannel`). Validation is the
 * caller's (`validChannelRules`); a workspace without rules uses `DEFAULT_CHANNEL_RULES`.
 */
export interface ChannelRulesStore {
  /** Null while the workspace uses the defaults. @throws DomainError WORKSPACE_NOT_FOUND */
  get(workspaceId: string): Promise<StoredChannelRules | null>;
  /** Replaces the rule set whole. @throws DomainError WORKSPACE_NOT_FOUND */
  put(workspaceId: string, rules: readonly ChannelRule[]): Promise<StoredChannelRules>;
  /** Back to the defaults (nothing to do when already there). @throws DomainError WORKSPACE_NOT_FOUND */
  remove(workspaceId: string): Promise<void>;
}
