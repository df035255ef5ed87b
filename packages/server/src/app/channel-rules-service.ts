import {
  channelOfStoredFields,
  DEFAULT_CHANNEL_RULES,
  explainChannel,
  validChannelRules,
  type ChannelRule,
  type ChannelRulesStore,
  type StoredTrafficFields,
} from '@marketops/core';
import type { ChannelReassignment } from '../events/duckdb/channel-reassignment';
import type { WorkspaceChannelRules } from '../ingestion/pipeline-cache';
import { KeyedLock } from './keyed-lock';
import { createHash } from 'node:crypto';

/** A workspace's rule set as its settings screen shows it. */
export interface ChannelRulesState {
  readonly rules: readonly ChannelRule[];
  readonly isDefault: boolean;
  readonly updatedAt: Date | null;
}

/** A traffic source to classify on trial. */
export interface TrafficSample {
  readonly source: string | null;
  readonly medium: string | null;
  readonly campaign: string | null;
}

export interface ChannelRulesServiceDeps {
  readonly store: ChannelRulesStore;
  readonly events: { reassignChannels(workspaceId: string, channelOf: (fields: StoredTrafficFields) => string): Promise<ChannelReassignment> };
  /** How long ingestion may use a workspace's rules before reading them again (default 5 s). */
  readonly cacheMs?: number;
  readonly now?: () => number;
}

/**
 * A workspace's channel rules: read, replace (checked whole: see `channelRuleProblems`), reset to
 * the defaults, try on sample traffic sources, apply to events already stored, and hand to
 * ingestion. Ingestion reads them through a short cache: saving through this service takes
 * effect at once; a change made by another process (a CLI on the same PostgreSQL) within
 * `cacheMs`.
 */
export class ChannelRulesService {
  readonly #cache = new Map<string, { readonly until: number; readonly value: Promise<WorkspaceChannelRules | null> }>();
  readonly #cacheMs: number;
  readonly #now: () => number;
  /** Why: two reclassifications of one workspace at once would conflict in DuckDB; the second waits. */
  readonly #reclassifying = new KeyedLock();

  constructor(private readonly deps: ChannelRulesServiceDeps) {
    this.#cacheMs = deps.cacheMs ?? 5_000;
    this.#now = deps.now ?? Date.now;
  }

  /** @throws DomainError WORKSPACE_NOT_FOUND */
  async get(workspaceId: string): Promise<ChannelRulesState> {
    const saved = await this.deps.store.get(workspaceId);
    return saved === null ? { rules: DEFAULT_CHANNEL_RULES, isDefault: true, updatedAt: null } : { rules: saved.rules, isDefault: false, updatedAt: saved.updatedAt };
  }

  /** @throws DomainError VALIDATION_FAILED naming each problem (`rules.3.when.pattern`), WORKSPACE_NOT_FOUND */
  async put(workspaceId: string, rules: readonly ChannelRule[]): Promise<ChannelRulesState> {
    const saved = await this.deps.store.put(workspaceId, validChannelRules(rules));
    this.#cache.delete(workspaceId);
    return { rules: saved.rules, isDefault: false, updatedAt: saved.updatedAt };
  }

  /** Back to MarketOps' default rules. @throws DomainError WORKSPACE_NOT_FOUND */
  async reset(workspaceId: string): Promise<ChannelRulesState> {
    await this.deps.store.remove(workspaceId);
    this.#cache.delete(workspaceId);
    return this.get(workspaceId);
  }

  /**
   * The channel each sample gets, and the index of the rule that gave it, under `draft` (checked
   * as `put` checks it) or the saved rules.
   */
  async test(workspaceId: string, samples: readonly TrafficSample[], draft?: readonly ChannelRule[]): Promise<{ channel: string; rule: number | null }[]> {
    const rules = draft === undefined ? (await this.get(workspaceId)).rules : validChannelRules(draft);
    return samples.map((sample) => explainChannel(sample, { rules }));
  }

  /** Gives the workspace's stored events the channel the saved rules give their traffic source. */
  async reclassify(workspaceId: string): Promise<ChannelReassignment> {
    return this.#reclassifying.run(workspaceId, async () => {
      const { rules } = await this.get(workspaceId);
      return this.deps.events.reassignChannels(workspaceId, (fields) => channelOfStoredFields(fields, { rules }));
    });
  }

  /** What ingestion classifies this workspace's messages with: null for the defaults. */
  forIngestion(workspaceId: string): Promise<WorkspaceChannelRules | null> {
    const now = this.#now();
    const cached = this.#cache.get(workspaceId);
    if (cached !== undefined && cached.until > now) return cached.value;
    const value = this.deps.store.get(workspaceId).then(
      // Why a hash of the rules: a worker keeps a pipeline per key, so the key must change whenever the rules do.
      (saved) => (saved === null ? null : { key: `${workspaceId}#${createHash('sha256').update(JSON.stringify(saved.rules)).digest('hex')}`, rules: saved.rules }),
      (error: unknown) => {
        this.#cache.delete(workspaceId);
        throw error;
      },
    );
    this.#cache.set(workspaceId, { until: now + this.#cacheMs, value });
    return value;
  }
}
