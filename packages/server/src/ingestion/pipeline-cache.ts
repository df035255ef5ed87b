import { createEnrichmentPipeline, type ChannelRule, type EnrichmentPipeline } from '@marketops/core';

/**
 * A workspace's own channel rules as ingestion receives them: `key` names the saved version
 * (workspace and save time), so a thread builds each version's pipeline once.
 */
export interface WorkspaceChannelRules {
  readonly key: string;
  readonly rules: readonly ChannelRule[];
}

/**
 * Enrichment pipelines by channel-rule version: the default one, and the most recently used
 * workspace versions (at most `capacity`, least recently used dropped first). One per thread.
 *
 * @example
 * const pipelines = new PipelineCache();
 * const enrich = pipelines.for({ key: 'acme@1764590000000', rules });
 */
export class PipelineCache {
  readonly #default = createEnrichmentPipeline();
  readonly #byKey = new Map<string, EnrichmentPipeline>();

  constructor(private readonly capacity = 64) {}

  /** The pipeline for these rules (the default without). @throws DomainError CONFIG_INVALID for unusable rules */
  for(channelRules: WorkspaceChannelRules | null | undefined): EnrichmentPipeline {
    if (channelRules === null || channelRules === undefined) return this.#default;
    const found = this.#byKey.get(channelRules.key);
    if (found !== undefined) {
      // Why delete and set: a Map iterates in insertion order, so the first key is the least recently used.
      this.#byKey.delete(channelRules.key);
      this.#byKey.set(channelRules.key, found);
      return found;
    }
    const pipeline = createEnrichmentPipeline({ channelRules: channelRules.rules });
    this.#byKey.set(channelRules.key, pipeline);
    if (this.#byKey.size > this.capacity) this.#byKey.delete(this.#byKey.keys().next().value as string);
    return pipeline;
  }

  get size(): number {
    return this.#byKey.size;
  }
}
