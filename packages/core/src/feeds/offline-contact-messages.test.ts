import { describe, it, expect } from 'vitest';
import { classifyChannel } from '../ingestion/channel-rules';
import { normaliseLabel } from './labels';
import { createOfflineContactRowKeyer, offlineContactMessages, offlineEventTime, offlineMessageId, offlinePersonId } from './offline-contact-messages';
import type { OfflineContactDraft } from './offline-contact-row';
import { OFFLINE_EVENT_MEDIUM, OFFLINE_EVENT_TYPE_ALIASES, OFFLINE_EVENT_TYPES } from './offline-event-types';

const draft: OfflineContactDraft = {
  line: 2,
  date: '2026-04-24',
  eventName: 'Shanghai Auto Show 2026',
  eventType: 'fair',
  userId: null,
  email: 'li@example.cn',
  phone: '+8613800138000',
  name: '李伟',
  company: null,
  title: null,
  city: '上海',
  country: null,
  campaign: null,
  source: null,
  id: null,
};

describe('offline event types', () => {
  it('map every type to a medium the default rules classify as an offline channel', () => {
    const channels = OFFLINE_EVENT_TYPES.map((type) => [type, classifyChannel({ source: 'Some Fair', medium: OFFLINE_EVENT_MEDIUM[type], campaign: 'x' })]);
    expect(channels).toEqual(OFFLINE_EVENT_TYPES.map((type) => [type, type === 'press' ? 'Offline Press' : 'Offline Events']));
  });

  it('have no alias naming two types', () => {
    const labels = OFFLINE_EVENT_TYPES.flatMap((t) => [t, ...OFFLINE_EVENT_TYPE_ALIASES[t]]).map(normaliseLabel);
    expect(labels.length).toBe(new Set(labels).size);
  });
});

describe('offline contact identity, keys and messages', () => {
  it('names the person by user id, else email, else phone', () => {
    expect(offlinePersonId({ userId: 'crm-1', email: 'a@b.co', phone: '123456' })).toBe('crm-1');
    expect(offlinePersonId({ userId: null, email: 'a@b.co', phone: '123456' })).toBe('email:a@b.co');
    expect(offlinePersonId({ userId: null, email: null, phone: '+123456' })).toBe('phone:+123456');
  });

  it('keys rows like costs: by id, else by values and occurrence; a repeated id is a problem', () => {
    const key = createOfflineContactRowKeyer();
    const first = key(draft);
    const second = key({ ...draft, line: 3 });
    expect(first).toMatchObject({ ok: true, rowKey: expect.stringMatching(/^h:[0-9a-f]{64}$/) });
    expect(second).toEqual({ ok: true, rowKey: `${first.ok ? first.rowKey : ''}:2` });
    expect(key({ ...draft, id: 'r1' })).toEqual({ ok: true, rowKey: 'id:r1' });
    expect(key({ ...draft, id: 'r1', line: 9 })).toEqual({ ok: false, problem: { line: 9, field: 'id', reason: 'id "r1" is already used on line 2' } });
    expect(createOfflineContactRowKeyer()(draft)).toEqual(first);
  });

  it('builds an identify and a track at noon UTC with deterministic messageIds', () => {
    const [identify, track] = offlineContactMessages('acme', draft, 'id:r1');
    expect(identify).toEqual({
      type: 'identify',
      userId: 'email:li@example.cn',
      traits: { email: 'li@example.cn', phone: '+8613800138000', name: '李伟', city: '上海' },
      timestamp: '2026-04-24T12:00:00.000Z',
      messageId: offlineMessageId('acme', 'id:r1', 'identify'),
    });
    expect(track).toEqual({
      type: 'track',
      event: 'Event Attended',
      userId: 'email:li@example.cn',
      properties: { event_name: 'Shanghai Auto Show 2026', event_type: 'fair', city: '上海' },
      timestamp: offlineEventTime('2026-04-24'),
      context: { campaign: { name: 'Shanghai Auto Show 2026', source: 'Shanghai Auto Show 2026', medium: 'fair' } },
      messageId: offlineMessageId('acme', 'id:r1', 'track'),
    });
    expect(identify.messageId).toMatch(/^offline-[0-9a-f]{64}$/);
    expect(offlineMessageId('other', 'id:r1', 'identify')).not.toBe(identify.messageId);
    const [, press] = offlineContactMessages('acme', { ...draft, eventType: 'press', campaign: 'Q2 PR', source: 'Xinhua' }, 'id:r2');
    expect(press.context).toEqual({ campaign: { name: 'Q2 PR', source: 'Xinhua', medium: 'press-event' } });
  });
});
