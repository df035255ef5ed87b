import { describe, it, expect } from 'vitest';
import { createTimeStep, DEFAULT_MAX_AGE_MS } from './time-step';
import type { IngestContext, SegmentMessage } from './message';

const receivedAt = new Date('2024-05-01T12:00:00.000Z');
const ctx: IngestContext = { workspaceId: 'w', receivedAt, now: receivedAt };
const step = createTimeStep();
const base: SegmentMessage = { type: 'track', event: 'A', userId: 'u' };

const run = (fields: Partial<SegmentMessage>, context: Partial<IngestContext> = {}) => step({ ...base, ...fields }, { ...ctx, ...context });
const timeOf = (fields: Partial<SegmentMessage>, context: Partial<IngestContext> = {}) => {
  const outcome = run(fields, context);
  if (outcome.kind !== 'ok') throw new Error(`expected ok, got ${outcome.code} on ${outcome.field}`);
  return outcome;
};

describe('timeStep', () => {
  it('uses receivedAt when the message has no time at all', () => {
    const { value, warnings } = timeOf({});
    expect(value).toEqual({ timestamp: receivedAt, originalTimestamp: null, sentAt: null, receivedAt });
    expect(warnings).toEqual([]);
  });

  it('uses the client timestamp as given when it cannot correct skew', () => {
    expect(timeOf({ timestamp: '2024-05-01T11:00:00Z' }).value.timestamp.toISOString()).toBe('2024-05-01T11:00:00.000Z');
    // originalTimestamp without any sentAt: no correction possible, and timestamp wins.
    expect(timeOf({ timestamp: '2024-05-01T11:00:00Z', originalTimestamp: '2024-05-01T10:00:00Z' }).value.timestamp.toISOString()).toBe(
      '2024-05-01T11:00:00.000Z',
    );
  });

  it('corrects a device clock that runs 3 hours late (receivedAt - (sentAt - originalTimestamp))', () => {
    const { value } = timeOf({ originalTimestamp: '2024-05-01T08:59:50Z', sentAt: '2024-05-01T09:00:00Z', timestamp: '2099-01-01T00:00:00Z' });
    expect(value.timestamp.toISOString()).toBe('2024-05-01T11:59:50.000Z');
    expect(value.originalTimestamp?.toISOString()).toBe('2024-05-01T08:59:50.000Z');
    expect(value.sentAt?.toISOString()).toBe('2024-05-01T09:00:00.000Z');
  });

  it('uses the batch sentAt when the message has none', () => {
    const { value } = timeOf({ originalTimestamp: '2030-01-01T00:00:00Z' }, { batchSentAt: '2030-01-01T00:01:00Z' });
    expect(value.timestamp.toISOString()).toBe('2024-05-01T11:59:00.000Z');
    expect(value.sentAt?.toISOString()).toBe('2030-01-01T00:01:00.000Z');
  });

  it('prefers the message sentAt over the batch sentAt', () => {
    const { value } = timeOf(
      { originalTimestamp: '2024-05-01T00:00:00Z', sentAt: '2024-05-01T00:00:05Z' },
      { batchSentAt: '2024-05-01T01:00:00Z' },
    );
    expect(value.timestamp.toISOString()).toBe('2024-05-01T11:59:55.000Z');
  });

  it.each<[string, Partial<SegmentMessage>, Partial<IngestContext>, string]>([
    ['timestamp', { timestamp: 'yesterday' }, {}, 'timestamp'],
    ['originalTimestamp', { originalTimestamp: '2024-02-30T00:00:00Z' }, {}, 'originalTimestamp'],
    ['sentAt', { sentAt: '1714550400' }, {}, 'sentAt'],
    ['the batch sentAt', {}, { batchSentAt: 'not a date' }, 'batch.sentAt'],
  ])('rejects an invalid %s with invalid-timestamp naming the field', (_label, fields, context, field) => {
    expect(run(fields, context)).toMatchObject({ kind: 'reject', code: 'invalid-timestamp', field });
  });

  it('treats blank time fields as absent', () => {
    expect(timeOf({ timestamp: '', originalTimestamp: '  ', sentAt: '' }).value.timestamp).toEqual(receivedAt);
  });

  it('keeps a time 23 hours ahead and clamps one just beyond to receivedAt with a warning', () => {
    expect(timeOf({ timestamp: '2024-05-02T11:00:00Z' }).warnings).toEqual([]);
    const clamped = timeOf({ timestamp: '2024-05-02T11:00:00.001Z' });
    expect(clamped.value.timestamp).toEqual(receivedAt);
    expect(clamped.warnings).toEqual(['timestamp-clamped-future']);
  });

  it('clamps a far-future time even in a historical import', () => {
    expect(timeOf({ timestamp: '2999-01-01T00:00:00Z' }, { historicalImport: true }).warnings).toEqual(['timestamp-clamped-future']);
  });

  it('rejects a time older than the maximum age unless it is a historical import', () => {
    const old = new Date(receivedAt.getTime() - DEFAULT_MAX_AGE_MS - 1).toISOString();
    expect(run({ timestamp: old })).toMatchObject({ kind: 'reject', code: 'timestamp-too-old', field: 'timestamp' });
    expect(timeOf({ timestamp: old }, { historicalImport: true }).value.timestamp.toISOString()).toBe(old);
    const recentEnough = new Date(receivedAt.getTime() - DEFAULT_MAX_AGE_MS).toISOString();
    expect(run({ timestamp: recentEnough }).kind).toBe('ok');
  });

  it('rejects a time before 2000-01-01 even in a historical import', () => {
    expect(run({ timestamp: '1999-12-31T23:59:59Z' }, { historicalImport: true })).toMatchObject({ code: 'timestamp-too-old' });
    expect(run({ timestamp: '1970-01-01T00:00:00Z' })).toMatchObject({ code: 'timestamp-too-old' });
    expect(run({ timestamp: '2000-01-01T00:00:00Z' }, { historicalImport: true }).kind).toBe('ok');
  });

  it('does not reject a device whose clock was reset to 1970, because skew correction fixes it', () => {
    const { value } = timeOf({ originalTimestamp: '1970-01-01T00:00:10Z', sentAt: '1970-01-01T00:00:20Z' });
    expect(value.timestamp.toISOString()).toBe('2024-05-01T11:59:50.000Z');
  });

  it('honours a configured maximum age and future window', () => {
    const strict = createTimeStep({ maxAgeMs: 60_000, maxFutureMs: 0 });
    expect(strict({ ...base, timestamp: '2024-05-01T11:58:00Z' }, ctx)).toMatchObject({ code: 'timestamp-too-old' });
    expect(strict({ ...base, timestamp: '2024-05-01T12:00:01Z' }, ctx)).toMatchObject({ kind: 'ok', warnings: ['timestamp-clamped-future'] });
  });
});
