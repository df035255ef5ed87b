import { describe, it, expect } from 'vitest';
import { createValidateIdentityStep, deriveMessageId } from './validate-identity-step';
import type { SegmentMessage } from './message';

const step = createValidateIdentityStep();
const valueOf = (message: SegmentMessage) => {
  const outcome = step(message);
  if (outcome.kind !== 'ok') throw new Error(`expected ok, got ${outcome.code}`);
  return outcome;
};
const codeOf = (message: SegmentMessage) => {
  const outcome = step(message);
  return outcome.kind === 'reject' ? [outcome.code, outcome.field] : 'ok';
};

describe('validateIdentityStep', () => {
  it('accepts a track message and trims its ids and event name', () => {
    const { value, warnings } = valueOf({ type: 'track', event: ' Order Completed ', userId: ' u1 ', messageId: 'm1', category: ' ' });
    expect(value).toEqual({
      messageId: 'm1',
      userId: 'u1',
      anonymousId: null,
      groupId: null,
      previousId: null,
      event: 'Order Completed',
      category: null,
    });
    expect(warnings).toEqual([]);
  });

  it('turns numeric ids into strings', () => {
    const { value } = valueOf({ type: 'group', groupId: 7, userId: 42, messageId: 'm' });
    expect([value.userId, value.groupId]).toEqual(['42', '7']);
  });

  it('accepts anonymousId alone, and a null userId', () => {
    expect(valueOf({ type: 'page', anonymousId: 'a', userId: null, messageId: 'm' }).value.anonymousId).toBe('a');
  });

  it.each<[string, SegmentMessage, string | string[]]>([
    ['no ids', { type: 'identify' }, ['missing-identity', 'userId']],
    ['blank ids', { type: 'identify', userId: '  ', anonymousId: '' }, ['missing-identity', 'userId']],
    ['null ids', { type: 'identify', userId: null, anonymousId: null }, ['missing-identity', 'userId']],
    ['a 256-character userId', { type: 'identify', userId: 'x'.repeat(256) }, ['id-too-long', 'userId']],
    ['a 256-character anonymousId', { type: 'identify', anonymousId: 'x'.repeat(256) }, ['id-too-long', 'anonymousId']],
    ['a 256-character groupId', { type: 'group', userId: 'u', groupId: 'g'.repeat(256) }, ['id-too-long', 'groupId']],
    ['track without event', { type: 'track', userId: 'u' }, ['missing-event-name', 'event']],
    ['track with a blank event', { type: 'track', userId: 'u', event: ' \t ' }, ['missing-event-name', 'event']],
    ['track with a 201-character event', { type: 'track', userId: 'u', event: 'e'.repeat(201) }, ['event-name-too-long', 'event']],
    ['alias without previousId', { type: 'alias', userId: 'u' }, ['missing-previous-id', 'previousId']],
    ['alias with only anonymousId', { type: 'alias', anonymousId: 'a', previousId: 'p' }, ['missing-user-id', 'userId']],
    ['group without groupId', { type: 'group', userId: 'u' }, ['missing-group-id', 'groupId']],
    ['a 256-character messageId', { type: 'identify', userId: 'u', messageId: 'm'.repeat(256) }, ['message-id-too-long', 'messageId']],
  ])('rejects %s', (_label, message, expected) => {
    expect(codeOf(message)).toEqual(expected);
  });

  it('counts lengths in characters, so 255 Chinese characters or emoji are accepted', () => {
    expect(codeOf({ type: 'identify', userId: '微'.repeat(255) })).toBe('ok');
    expect(codeOf({ type: 'identify', userId: '😀'.repeat(255) })).toBe('ok');
    expect(codeOf({ type: 'identify', userId: '😀'.repeat(256) })).toEqual(['id-too-long', 'userId']);
  });

  it('accepts a complete alias', () => {
    expect(valueOf({ type: 'alias', userId: 'u', previousId: 'anon-1', messageId: 'm' }).value.previousId).toBe('anon-1');
  });

  it('takes the page or screen name as the event and cuts an over-long one with a warning', () => {
    expect(valueOf({ type: 'screen', userId: 'u', name: 'Home', messageId: 'm' }).value.event).toBe('Home');
    const long = valueOf({ type: 'page', userId: 'u', name: '页'.repeat(300), messageId: 'm' });
    expect(long.value.event).toBe('页'.repeat(200));
    expect(long.warnings).toEqual(['name-truncated']);
  });

  it('ignores event on non-track messages', () => {
    expect(valueOf({ type: 'identify', userId: 'u', event: 'x', messageId: 'm' }).value.event).toBeNull();
  });

  it('derives a messageId when missing, with a warning', () => {
    const { value, warnings } = valueOf({ type: 'track', event: 'A', anonymousId: 'x' });
    expect(value.messageId).toMatch(/^mo-[0-9a-f]{32}$/);
    expect(warnings).toEqual(['message-id-derived']);
    expect(valueOf({ type: 'track', event: 'A', anonymousId: 'x', messageId: '  ' }).value.messageId).toBe(value.messageId);
  });
});

describe('deriveMessageId', () => {
  const base: SegmentMessage = {
    type: 'track',
    event: 'Order Completed',
    userId: 'u1',
    properties: { total: 10, currency: 'CNY' },
    timestamp: '2024-05-01T08:00:00Z',
  };

  it('is stable across key order and a retry with a new sentAt', () => {
    const retry: SegmentMessage = {
      sentAt: '2024-05-01T08:00:09Z',
      timestamp: '2024-05-01T08:00:00Z',
      properties: { currency: 'CNY', total: 10 },
      userId: 'u1',
      event: 'Order Completed',
      type: 'track',
    };
    expect(deriveMessageId(retry)).toBe(deriveMessageId(base));
  });

  it('differs when the content differs', () => {
    expect(deriveMessageId({ ...base, timestamp: '2024-05-01T08:00:01Z' })).not.toBe(deriveMessageId(base));
    expect(deriveMessageId({ ...base, userId: 1 })).not.toBe(deriveMessageId({ ...base, userId: '1' }));
  });

  it('is the SHA-256 of the canonical JSON, cut to 128 bits', () => {
    // sha256('{"anonymousId":"x","event":"A","type":"track"}'), computed independently with OpenSSL.
    expect(deriveMessageId({ type: 'track', event: 'A', anonymousId: 'x' })).toBe(`mo-${EXPECTED_PREFIX}`);
  });
});

const EXPECTED_PREFIX = 'bed4d3a3d475fd2340ec6ac439363b28';
