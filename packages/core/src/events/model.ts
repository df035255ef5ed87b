/**
 * Events as the product stores them: one row per accepted Segment-spec message, enriched with
 * campaign fields, the channel group and corrected time. Analyses read these; they never read
 * raw request bodies.
 */
export type MessageType = 'track' | 'identify' | 'page' | 'screen' | 'group' | 'alias';

/** The nine UTM parameters (five classic, four added by GA4), lower-cased names without `utm_`. */
export interface CampaignFields {
  readonly source: string | null;
  readonly medium: string | null;
  readonly name: string | null; // utm_campaign
  readonly term: string | null;
  readonly content: string | null;
  readonly id: string | null; // utm_id
  readonly sourcePlatform: string | null;
  readonly creativeFormat: string | null;
  readonly marketingTactic: string | null;
}

/** Campaign fields of an event that came with none. */
export const EMPTY_CAMPAIGN: CampaignFields = Object.freeze({
  source: null,
  medium: null,
  name: null,
  term: null,
  content: null,
  id: null,
  sourcePlatform: null,
  creativeFormat: null,
  marketingTactic: null,
});

export interface StoredEvent {
  readonly workspaceId: string;
  readonly messageId: string;
  readonly type: MessageType;
  /** `track`: the event name; `page`/`screen`: the page name; otherwise null. */
  readonly event: string | null;
  readonly category: string | null;
  readonly userId: string | null;
  readonly anonymousId: string | null;
  readonly groupId: string | null;
  readonly previousId: string | null;
  /** Event time after clock-skew correction (and clamping of far-future times). */
  readonly timestamp: Date;
  readonly originalTimestamp: Date | null;
  readonly sentAt: Date | null;
  readonly receivedAt: Date;
  /** GA4-style default channel group plus offline channels, e.g. `Organic Social`. */
  readonly channel: string;
  readonly campaign: CampaignFields;
  /** Ad click ids found on the page URL or in context (gclid, fbclid, msclkid, ...). */
  readonly clickIds: Readonly<Record<string, string>>;
  readonly pageUrl: string | null;
  readonly pagePath: string | null;
  readonly referrer: string | null;
  readonly revenue: number | null;
  readonly currency: string | null;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly traits: Readonly<Record<string, unknown>>;
  readonly context: Readonly<Record<string, unknown>>;
  /** Warnings recorded while accepting the event, e.g. `timestamp-clamped-future`. */
  readonly warnings: readonly string[];
}

/** The outcome of appending a batch: stored, or skipped as a duplicate messageId. */
export interface AppendResult {
  readonly inserted: number;
  readonly duplicates: number;
  /** The messageIds skipped as duplicates, in input order. */
  readonly duplicateIds: readonly string[];
}

/** Reading events back (for analyses, the CLI's tail, and the contract tests). */
export interface EventQuery {
  readonly workspaceId: string;
  readonly from?: Date;
  readonly to?: Date;
  readonly type?: MessageType;
  readonly event?: string;
  /** Rows with receivedAt after this instant (for tailing). */
  readonly receivedAfter?: Date;
  readonly limit?: number;
}

/**
 * A person as the events describe them: a user id and every anonymous id (device) linked to it,
 * or an anonymous id never linked to one. Derived from events, never written separately.
 */
export interface Person {
  readonly workspaceId: string;
  /** The user id, or the anonymous id of a visitor who never identified. */
  readonly personId: string;
  readonly identified: boolean;
  readonly firstSeen: Date;
  readonly lastSeen: Date;
  readonly eventCount: number;
  /** The traits of the person's latest `identify` call (empty when none). */
  readonly traits: Readonly<Record<string, unknown>>;
  readonly anonymousIds: readonly string[];
}

/**
 * The event store port. Embedded adapter: DuckDB; a ClickHouse adapter can implement it later.
 * One contract suite runs against every adapter.
 *
 * `append` is atomic and durable: when it resolves, every inserted event survives a crash of the
 * process; when it rejects, none was stored. Dedupe is exact on (workspaceId, messageId).
 */
export interface EventStore {
  append(events: readonly StoredEvent[]): Promise<AppendResult>;
  read(query: EventQuery): Promise<StoredEvent[]>;
  count(workspaceId: string): Promise<number>;
  /** People (not devices), most recently seen first; `personId` selects one. */
  persons(workspaceId: string, options?: { personId?: string; limit?: number }): Promise<Person[]>;
  close(): Promise<void>;
}
