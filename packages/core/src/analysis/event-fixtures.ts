import { EMPTY_CAMPAIGN, type CampaignFields, type StoredEvent } from '../events/model';

/**
 * Readable event fixtures for the analyses' tests (a plain module, so tests of every analysis share
 * it and the type checker sees it). Only the fields analyses read need to be given.
 */
export interface EventSketch {
  readonly ts: string;
  readonly type?: StoredEvent['type'];
  readonly event?: string | null;
  readonly userId?: string | null;
  readonly anonymousId?: string | null;
  readonly previousId?: string | null;
  readonly channel?: string;
  readonly campaign?: Partial<CampaignFields>;
  readonly properties?: Record<string, unknown>;
  readonly traits?: Record<string, unknown>;
  readonly revenue?: number | null;
  readonly currency?: string | null;
  readonly messageId?: string;
}

const NO_CAMPAIGN: CampaignFields = EMPTY_CAMPAIGN;

let counter = 0;

/** A stored event from a sketch; a `track` by default, with a unique messageId unless given. */
export function sketchEvent(sketch: EventSketch): StoredEvent {
  counter += 1;
  const timestamp = new Date(sketch.ts);
  return {
    workspaceId: 'w',
    messageId: sketch.messageId ?? `m${String(counter).padStart(6, '0')}`,
    type: sketch.type ?? 'track',
    event: sketch.event ?? null,
    category: null,
    userId: sketch.userId ?? null,
    anonymousId: sketch.anonymousId ?? null,
    groupId: null,
    previousId: sketch.previousId ?? null,
    timestamp,
    originalTimestamp: timestamp,
    sentAt: timestamp,
    receivedAt: timestamp,
    channel: sketch.channel ?? 'Direct',
    campaign: { ...NO_CAMPAIGN, ...sketch.campaign },
    clickIds: {},
    pageUrl: null,
    pagePath: null,
    referrer: null,
    revenue: sketch.revenue ?? null,
    currency: sketch.currency ?? null,
    properties: sketch.properties ?? {},
    traits: sketch.traits ?? {},
    context: {},
    warnings: [],
  };
}
