/** Free-form properties or traits of a call; sent as JSON. */
export type Properties = Record<string, unknown>;

/** `context.page` of every message, as the Segment spec names it. */
export interface PageInfo {
  readonly url: string;
  readonly path: string;
  readonly referrer: string;
  readonly title: string;
  readonly search: string;
}

export interface MessageContext {
  readonly page: PageInfo;
  readonly locale: string;
  readonly userAgent: string;
  readonly library: { readonly name: string; readonly version: string };
}

/** One Segment-spec message as the tracker sends it in a batch. */
export interface Message {
  readonly type: 'track' | 'identify' | 'page';
  readonly messageId: string;
  readonly originalTimestamp: string;
  readonly anonymousId: string;
  readonly userId?: string;
  readonly event?: string;
  readonly name?: string;
  readonly properties?: Properties;
  readonly traits?: Properties;
  readonly context: MessageContext;
}

/** What happened to one POST of a batch; decides whether the queue retries it. */
export type SendOutcome =
  | { readonly kind: 'ok' }
  | { readonly kind: 'retry'; readonly retryAfterMs?: number }
  | { readonly kind: 'drop'; readonly status: number };
