import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DomainError, type WriteKeyRecord, type WriteKeyStore } from '@marketops/core';

/** How long a resolved key is trusted without asking the database again (revocation in another process takes this long). */
const CACHE_MS = 30_000;
const NEGATIVE_CACHE_MS = 5_000;
const MAX_CACHE_ENTRIES = 10_000;

export const hashWriteKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

/**
 * Write keys: create (shown once), list, revoke, and resolve a presented key to its workspace on
 * the hot path. Resolutions are cached briefly so a busy tracking endpoint does not query the
 * relational store per request; a revocation made through this service takes effect at once.
 */
export class WriteKeyService {
  private readonly cache = new Map<string, { workspaceId: string | null; until: number }>();

  constructor(private readonly store: WriteKeyStore, private readonly now: () => number = Date.now) {}

  /** Creates a key; the returned `key` is the only time the secret part is visible. */
  async create(workspaceId: string, label: string): Promise<WriteKeyRecord & { key: string }> {
    // Why base64url of 24 random bytes: 192 bits, URL- and header-safe, no padding.
    const key = `wk_${randomBytes(24).toString('base64url')}`;
    const record = await this.store.create({ id: randomUUID(), workspaceId, label, prefix: key.slice(0, 10), keyHash: hashWriteKey(key) });
    return { ...record, key };
  }

  list(workspaceId: string): Promise<WriteKeyRecord[]> {
    return this.store.list(workspaceId);
  }

  async revoke(workspaceId: string, id: string): Promise<WriteKeyRecord> {
    const revoked = await this.store.revoke(workspaceId, id);
    this.cache.clear();
    return revoked;
  }

  /** The workspace a key ingests into. @throws DomainError WRITE_KEY_INVALID for unknown or revoked keys. */
  async resolve(key: string | undefined): Promise<string> {
    if (!key || key.length > 200) throw invalid();
    const hash = hashWriteKey(key);
    const cached = this.cache.get(hash);
    const now = this.now();
    if (cached && cached.until > now) {
      if (cached.workspaceId === null) throw invalid();
      return cached.workspaceId;
    }
    const record = await this.store.findActiveByHash(hash);
    if (this.cache.size >= MAX_CACHE_ENTRIES) this.cache.clear();
    this.cache.set(hash, { workspaceId: record?.workspaceId ?? null, until: now + (record ? CACHE_MS : NEGATIVE_CACHE_MS) });
    if (!record) throw invalid();
    return record.workspaceId;
  }
}

const invalid = () => new DomainError('WRITE_KEY_INVALID', 'unknown or revoked write key: send it as the HTTP Basic username or as writeKey in the body');
