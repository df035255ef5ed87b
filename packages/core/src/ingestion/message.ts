import type { MessageType } from '../events/model';

/**
 * A user or group id as SDKs send it. Segment's libraries accept numbers (database ids) as well as
 * strings; the pipeline turns numbers into their decimal string. `null` is what some SDKs send for
 * "no user yet".
 */
export type SegmentId = string | number | null;

/**
 * `context.campaign` as analytics.js fills it from the page's `utm_*` parameters: `utm_campaign`
 * becomes `name`, every other parameter drops its `utm_` prefix (`source_platform`, ...).
 */
export interface SegmentCampaignContext {
  readonly name?: string;
  readonly source?: string;
  readonly medium?: string;
  readonly term?: string;
  readonly content?: string;
  readonly id?: string;
  readonly source_platform?: string;
  readonly creative_format?: string;
  readonly marketing_tactic?: string;
  readonly [key: string]: unknown;
}

/** `context.page`: the page the message was sent from (browser tracker, analytics.js). */
export interface SegmentPageContext {
  readonly url?: string;
  readonly path?: string;
  readonly referrer?: string;
  readonly title?: string;
  /** The query string including its `?`, e.g. `?utm_source=weibo`. */
  readonly search?: string;
  readonly [key: string]: unknown;
}

/** `context`: everything the library knows about where and how the message was sent. */
export interface SegmentContext {
  readonly campaign?: SegmentCampaignContext;
  readonly page?: SegmentPageContext;
  readonly ip?: string;
  readonly userAgent?: string;
  readonly locale?: string;
  readonly app?: Readonly<Record<string, unknown>>;
  readonly device?: Readonly<Record<string, unknown>>;
  readonly os?: Readonly<Record<string, unknown>>;
  readonly library?: Readonly<Record<string, unknown>>;
  readonly [key: string]: unknown;
}

/**
 * One Segment-spec message (track, identify, page, screen, group, alias) after the HTTP edge has
 * checked its JSON shape: field types are right, but values are not yet trusted (ids may be blank,
 * dates may not parse, URLs may be garbage). Time fields are ISO-8601 strings.
 */
export interface SegmentMessage {
  readonly type: MessageType;
  /** `track`: the event name (required). */
  readonly event?: string;
  /** `page` / `screen`: the page or screen name. */
  readonly name?: string;
  readonly category?: string;
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly traits?: Readonly<Record<string, unknown>>;
  readonly userId?: SegmentId;
  readonly anonymousId?: SegmentId;
  /** `group`: the group (account, company) id (required). */
  readonly groupId?: SegmentId;
  /** `alias`: the id being merged into `userId` (required). */
  readonly previousId?: SegmentId;
  /** The dedupe key; derived from the message's content when missing. */
  readonly messageId?: string;
  readonly timestamp?: string;
  readonly originalTimestamp?: string;
  readonly sentAt?: string;
  readonly context?: SegmentContext;
  readonly integrations?: Readonly<Record<string, unknown>>;
}

/** What the server knows about a message that the message itself does not say. */
export interface IngestContext {
  readonly workspaceId: string;
  /** When the server received the request: the reference for clock-skew correction and bounds. */
  readonly receivedAt: Date;
  /** The batch body's `sentAt` (`POST /v1/batch`), used when the message has no `sentAt` itself. */
  readonly batchSentAt?: string;
  /**
   * When the pipeline runs. Why it is not used for time bounds: a message replayed later (from a
   * dead-letter store) must enrich exactly as it did at first, so bounds are relative to
   * `receivedAt`. Kept for steps that need wall-clock time.
   */
  readonly now: Date;
  /** An explicit backfill: lifts the maximum-age bound (not the 2000-01-01 floor). */
  readonly historicalImport?: boolean;
}
