import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelRulesTestResultSchema, ChannelRulesViewSchema, ErrorResponseSchema, ReclassifyResultSchema } from '@marketops/contracts';
import { DEFAULT_CHANNEL_RULES } from '@marketops/core';
import { openTestApp } from './harness';

let t: Awaited<ReturnType<typeof openTestApp>>;
let key: string;
beforeAll(async () => {
  t = await openTestApp();
  await t.app.orgService.createFromTemplate('company-b');
  await t.app.orgService.createFromTemplate('company-c');
  key = (await t.app.writeKeys.create('company-b', 'website')).key;
});
afterAll(() => t.cleanup());

const url = '/api/workspaces/company-b/channel-rules';
const kolRule = { channel: 'KOL', when: { op: 'in', field: 'medium', values: ['kol', 'influencer'] } };
const withKol = [kolRule, ...DEFAULT_CHANNEL_RULES];
const basic = (k: string) => `Basic ${Buffer.from(`${k}:`).toString('base64')}`;
const kolPage = (id: string) => ({ type: 'page', messageId: id, anonymousId: 'a-1', context: { page: { url: 'https://shop.example/?utm_source=xiaohongshu&utm_medium=kol' } } });
const channelOf = async (id: string) => (await t.app.events.read({ workspaceId: 'company-b' })).find((e) => e.messageId === id)?.channel;

describe('channel rules API', () => {
  it('answers the defaults until saved', async () => {
    const answer = await t.http.inject({ method: 'GET', url });
    expect(answer.statusCode).toBe(200);
    const body = ChannelRulesViewSchema.parse(answer.json());
    expect(body).toMatchObject({ isDefault: true, updatedAt: null, unassigned: 'Unassigned' });
    expect(body.rules).toEqual(JSON.parse(JSON.stringify(DEFAULT_CHANNEL_RULES)));
  });

  it('tests a draft on sample sources, naming the rule that matched', async () => {
    const answer = await t.http.inject({
      method: 'POST',
      url: `${url}/test`,
      payload: { rules: withKol, samples: [{ source: 'xiaohongshu', medium: 'KOL', campaign: null }, { source: 'nobody', medium: 'nothing', campaign: null }] },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(ChannelRulesTestResultSchema.parse(answer.json()).results).toEqual([{ channel: 'KOL', rule: 0 }, { channel: 'Unassigned', rule: null }]);
    const saved = await t.http.inject({ method: 'POST', url: `${url}/test`, payload: { samples: [{ source: 'xiaohongshu', medium: 'kol', campaign: null }] } });
    expect(saved.json()).toEqual({ results: [{ channel: 'Organic Social', rule: DEFAULT_CHANNEL_RULES.findIndex((r) => r.channel === 'Organic Social') }] });
  });

  it('answers 400 naming the path of each bad rule, and keeps what was stored', async () => {
    const bad = await t.http.inject({
      method: 'PUT',
      url,
      payload: { rules: [{ channel: 'Slow', when: { op: 'any', of: [{ op: 'in', field: 'medium', values: ['x'] }, { op: 'matches', field: 'campaign', pattern: '(?<=a)b' }] } }, { channel: 'Broken', when: { op: 'matches', field: 'source', pattern: '(' } }] },
    });
    expect(bad.statusCode).toBe(400);
    const issues = ErrorResponseSchema.parse(bad.json()).error.issues;
    expect(issues.map((i) => i.path)).toEqual(['rules.0.when.of.1.pattern', 'rules.1.when.pattern']);
    expect(issues[0]?.message).toMatch(/RE2/);
    for (const payload of [{ rules: [] }, { rules: [{ channel: ' ', when: kolRule.when }] }, { rules: [{ channel: 'X', when: { op: 'like', field: 'medium' } }] }, { rules: [kolRule], extra: 1 }]) {
      expect((await t.http.inject({ method: 'PUT', url, payload })).statusCode).toBe(400);
    }
    const tooDeep = { channel: 'X', when: { op: 'all', of: [{ op: 'any', of: [{ op: 'all', of: [kolRule.when] }] }] } };
    expect((await t.http.inject({ method: 'PUT', url, payload: { rules: [tooDeep] } })).statusCode).toBe(400);
    expect((await t.http.inject({ method: 'POST', url: `${url}/test`, payload: { rules: [tooDeep], samples: [{ source: null, medium: null, campaign: null }] } })).statusCode).toBe(400);
    expect(ChannelRulesViewSchema.parse((await t.http.inject({ method: 'GET', url })).json()).isDefault).toBe(true);
    expect((await t.http.inject({ method: 'GET', url: '/api/workspaces/nobody/channel-rules' })).statusCode).toBe(404);
  });

  it('classifies new messages with the saved rules at once, with the key in the header or in the body', async () => {
    expect((await t.http.inject({ method: 'POST', url: '/v1/page', headers: { authorization: basic(key) }, payload: kolPage('before') })).statusCode).toBe(200);
    expect(await channelOf('before')).toBe('Organic Social');

    const saved = await t.http.inject({ method: 'PUT', url, payload: { rules: withKol } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(ChannelRulesViewSchema.parse(saved.json())).toMatchObject({ isDefault: false, rules: [kolRule, ...JSON.parse(JSON.stringify(DEFAULT_CHANNEL_RULES))] });

    expect((await t.http.inject({ method: 'POST', url: '/v1/page', headers: { authorization: basic(key) }, payload: kolPage('header') })).statusCode).toBe(200);
    expect((await t.http.inject({ method: 'POST', url: '/v1/batch', payload: { writeKey: key, batch: [kolPage('body')] } })).statusCode).toBe(200);
    expect(await channelOf('header')).toBe('KOL');
    expect(await channelOf('body')).toBe('KOL');
    // another workspace keeps the defaults
    expect(ChannelRulesViewSchema.parse((await t.http.inject({ method: 'GET', url: '/api/workspaces/company-c/channel-rules' })).json()).isDefault).toBe(true);
  });

  it('reclassifies stored events on request, then back after a reset', async () => {
    const first = await t.http.inject({ method: 'POST', url: `${url}/reclassify` });
    expect(first.statusCode, first.body).toBe(200);
    expect(ReclassifyResultSchema.parse(first.json())).toEqual({ sources: 2, changed: 1 });
    expect(await channelOf('before')).toBe('KOL');

    const reset = await t.http.inject({ method: 'DELETE', url });
    expect(ChannelRulesViewSchema.parse(reset.json())).toMatchObject({ isDefault: true, updatedAt: null });
    expect((await t.http.inject({ method: 'POST', url: `${url}/reclassify` })).json()).toEqual({ sources: 1, changed: 3 });
    expect(await channelOf('header')).toBe('Organic Social');
  });

  it('accepts a pattern that would backtrack without end on V8, and ingests a hostile value with it', async () => {
    const slowOnV8 = { channel: 'Nested', when: { op: 'matches', field: 'campaign', pattern: '^(a+)+$' } };
    expect((await t.http.inject({ method: 'PUT', url, payload: { rules: [slowOnV8, ...withKol] } })).statusCode).toBe(200);
    const hostile = { type: 'track', event: 'X', messageId: 'hostile', anonymousId: 'a-2', context: { campaign: { source: 's', medium: 'm', name: `${'a'.repeat(400)}!${'a'.repeat(4600)}` } } };
    expect((await t.http.inject({ method: 'POST', url: '/v1/track', headers: { authorization: basic(key) }, payload: hostile })).statusCode).toBe(200);
    expect(await channelOf('hostile')).toBe('Unassigned');
  });

  it('an offline-contact or replayed message is classified with the workspace rules too', async () => {
    await t.app.channelRules.put('company-b', withKol as never);
    await t.app.ingest.ingest({ workspaceId: 'company-b', messages: [kolPage('in-process')], receivedAt: new Date() });
    expect(await channelOf('in-process')).toBe('KOL');
    // the explorers suggest the workspace's own channels
    const names = (await t.http.inject({ method: 'GET', url: '/api/workspaces/company-b/names' })).json() as { channels: { name: string }[] };
    expect(names.channels.map((c) => c.name)).toContain('KOL');
  });
});
