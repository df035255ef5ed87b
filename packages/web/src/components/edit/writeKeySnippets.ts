/** What a developer pastes to send events with a write key (README, "Tracking"). */

/** The browser tracker's tag: page views, UTM parameters, track() and identify(). */
export function scriptSnippet(origin: string, key: string): string {
  return `<script defer src="${origin}/t.js" data-write-key="${key}"></script>`;
}

/** Segment's Node SDK, pointed at this server by its host only. */
export function sdkSnippet(origin: string, key: string): string {
  return [
    "import { Analytics } from '@segment/analytics-node';",
    `const analytics = new Analytics({ writeKey: '${key}', host: '${origin}' });`,
    "analytics.track({ userId: 'u-1', event: 'Order Completed', properties: { order_id: 'o-1', total: 99.9, currency: 'CNY' } });",
  ].join('\n');
}

/** One `track` call over HTTP, as the Segment HTTP API takes it (write key as Basic user name). */
export function curlSnippet(origin: string, key: string): string {
  return [
    `curl -u '${key}:' -H 'content-type: application/json' \\`,
    `  -d '{"userId":"u-1","event":"Signed Up","properties":{"plan":"trial"}}' \\`,
    `  ${origin}/v1/track`,
  ].join('\n');
}
