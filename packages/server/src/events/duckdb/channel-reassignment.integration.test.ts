import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelOfStoredFields, createEnrichmentPipeline, DEFAULT_CHANNEL_RULES, type ChannelRule, type SegmentMessage, type StoredEvent } from '@marketops/core';
import { openDuckDbEventStore, type DuckDbEventStore } from './duckdb-event-store';

const kol: ChannelRule[] = [{ channel: 'KOL', when: { op: 'in', field: 'medium', values: ['kol'] } }, ...DEFAULT_CHANNEL_RULES];
const at = new Date();

function enriched(workspaceId: string, messages: SegmentMessage[]): StoredEvent[] {
  const enrich = createEnrichmentPipeline();
  return messages.map((message, i) => {
    const outcome = enrich({ messageId: `${workspaceId}-${i}`, anonymousId: `a${i}`, ...message }, { workspaceId, receivedAt: at, now: at });
    if (outcome.kind !== 'ok') throw new Error(outcome.reason);
    return outcome.event;
  });
}

const page = (query: string, referrer?: string): SegmentMessage => ({ type: 'page', context: { page: { url: `https://acme.cn/p?${query}`, ...(referrer ? { referrer } : {}) } } });

describe('DuckDbEventStore.reassignChannels', () => {
  let store: DuckDbEventStore;
  beforeEach(async () => {
    store = await openDuckDbEventStore({ path: ':memory:' });
  });
  afterEach(async () => store.close());

  const channels = async (workspaceId: string) =>
    (await store.query('SELECT message_id, channel FROM events WHERE workspace_id = $w ORDER BY message_id', { w: workspaceId })).map((r) => `${String(r['message_id'])}:${String(r['channel'])}`);

  it('moves exactly the events whose stored source the new rules classify differently, in one workspace only', async () => {
    const messages = [
      page('utm_source=xiaohongshu&utm_medium=kol'), // Organic Social -> KOL
      page('utm_source=xiaohongshu&utm_medium=kol'), // same source, second event
      page('utm_source=weibo&utm_medium=cpc'), // Paid Social either way
      page('gclid=1'), // Paid Search either way
      page('', 'https://www.baidu.com/'), // Organic Search either way
      { type: 'track', event: 'Order Completed', context: { campaign: { source: 'douyin', medium: 'KOL' } } } as SegmentMessage, // case-insensitive: -> KOL
    ];
    await store.append([...enriched('acme', messages), ...enriched('other', messages)]);
    const before = await channels('acme');
    expect(before).toEqual(['acme-0:Organic Social', 'acme-1:Organic Social', 'acme-2:Paid Social', 'acme-3:Paid Search', 'acme-4:Organic Search', 'acme-5:Organic Social']);

    const result = await store.reassignChannels('acme', (fields) => channelOfStoredFields(fields, { rules: kol }));
    expect(result).toEqual({ sources: 5, changed: 3 });
    expect(await channels('acme')).toEqual(['acme-0:KOL', 'acme-1:KOL', 'acme-2:Paid Social', 'acme-3:Paid Search', 'acme-4:Organic Search', 'acme-5:KOL']);
    expect(await channels('other')).toEqual(before.map((c) => c.replace('acme', 'other')));

    await expect(store.reassignChannels('acme', (fields) => channelOfStoredFields(fields, { rules: kol }))).resolves.toEqual({ sources: 5, changed: 0 });
    // back to the defaults: every event as ingestion classified it
    await expect(store.reassignChannels('acme', (fields) => channelOfStoredFields(fields))).resolves.toMatchObject({ changed: 3 });
    expect(await channels('acme')).toEqual(before);
  });

  it('changes nothing when the rules are those the events were ingested with', async () => {
    await store.append(enriched('acme', [page('utm_source=line&utm_medium=social'), page('fbclid=x'), page('utm_medium=email'), page('', 'https://acme.cn/other')]));
    await expect(store.reassignChannels('acme', (fields) => channelOfStoredFields(fields))).resolves.toEqual({ sources: 4, changed: 0 });
  });

  it('examines a landing page once, whatever its query (click-id values, search terms), and still moves every event of it', async () => {
    const visits = Array.from({ length: 40 }, (_, i) => page(`gclid=${i}&q=term${i}`, `https://www.google.com/search?q=${i}`));
    await store.append(enriched('acme', visits));
    const paidIsMine: ChannelRule[] = [{ channel: 'Google Ads', when: { op: 'in', field: 'source', values: ['google'] } }, ...DEFAULT_CHANNEL_RULES];
    await expect(store.reassignChannels('acme', (fields) => channelOfStoredFields(fields, { rules: paidIsMine }))).resolves.toEqual({ sources: 1, changed: 40 });
    expect(new Set((await channels('acme')).map((c) => c.split(':')[1]))).toEqual(new Set(['Google Ads']));
  });

  it('answers with no sources for a workspace without events', async () => {
    await expect(store.reassignChannels('nobody', () => 'X')).resolves.toEqual({ sources: 0, changed: 0 });
  });
});
