import fc from 'fast-check';
import { periodInstants, type Dataset, type Period, type StoredEvent } from '@marketops/core';
import { bareEvent, NO_CAMPAIGN } from '../events/event-fixtures';

/**
 * Small random worlds for the property tests that hold the SQL analyses to the core's reference:
 * few people and names, timestamps on a coarse grid (so simultaneous events are common) plus the
 * exact period edges (first and last millisecond, one millisecond outside), anonymous devices
 * merged into users by identify and alias calls, campaigns spelled several ways, properties and
 * traits of every JSON type, and periods around a daylight-saving change.
 */
export interface World {
  readonly period: Period;
  /** Sketches without workspace; `worldDataset` and the store give them one. */
  readonly events: readonly EventDraft[];
}

export type EventDraft = Omit<StoredEvent, 'workspaceId'>;

/** Periods over Madrid's spring and autumn changes and Shanghai (no DST), in days of 23, 24 and 25 h. */
export const PERIODS: readonly Period[] = [
  { from: '2026-03-28', to: '2026-03-30', timeZone: 'Europe/Madrid' },
  { from: '2026-10-24', to: '2026-10-26', timeZone: 'Europe/Madrid' },
  { from: '2026-03-28', to: '2026-03-30', timeZone: 'Asia/Shanghai' },
  { from: '2026-03-29', to: '2026-04-06', timeZone: 'UTC' },
];

export const TRACK_NAMES = ['Signed Up', 'Order Completed', 'Post Created', 'Ad Clicked', 'Event Attended', 'Ad Impression', 'Referral Sent'] as const;
export const CHANNELS = ['Direct', 'Paid Search', 'Email', 'Organic Social', 'Referral'] as const;
const PAGE_NAMES = ['Pricing', 'Home', null] as const;
const CAMPAIGNS = [null, 'Spring', 'spring', ' Spring ', 'summer', ''] as const;
const SCALARS: readonly unknown[] = ['pro', 'Pro', 'free', 12, 12.5, '12.50', ' 7 ', true, false, null, { nested: 1 }, ['a'], '', 'x/y'];
const USERS = ['u1', 'u2', 'u3'] as const;
const DEVICES = ['a1', 'a2', 'a3', 'a4'] as const;

const maybeRecord = fc.dictionary(fc.constantFrom('plan', 'referrer_id', 'referral_code', 'x/y', 'a.b'), fc.constantFrom(...SCALARS), { maxKeys: 2 });

/** Who sent an event: a device, a user, or both (which links them); fewer of them when dense. */
function senderArbitrary(few: boolean): fc.Arbitrary<{ userId: string | null; anonymousId: string | null }> {
  const users = few ? USERS.slice(0, 2) : USERS;
  const devices = few ? DEVICES.slice(0, 2) : DEVICES;
  return fc.oneof(
    fc.record({ userId: fc.constant(null), anonymousId: fc.constantFrom(...devices) }),
    fc.record({ userId: fc.constantFrom(...users), anonymousId: fc.constant(null) }),
    fc.record({ userId: fc.constantFrom(...users), anonymousId: fc.constantFrom(...devices) }),
  );
}

/** Options of `worldArbitrary`. */
export interface WorldOptions {
  readonly maxEvents?: number;
  /**
   * Events packed on a 10-minute grid around the period's edges, with few names, so funnels and
   * windows get exercised (the default spreads events over days, for calendar analyses).
   */
  readonly dense?: boolean;
  /** Two users and two devices instead of three and four (implied by `dense`). */
  readonly fewPeople?: boolean;
  /** Mostly `track` calls of three names (implied by `dense`). */
  readonly fewNames?: boolean;
}

function instantArbitrary(period: Period, dense: boolean): fc.Arbitrary<number> {
  const { start, end } = periodInstants(period);
  const s = start.getTime();
  const e = end.getTime();
  const hour = 3_600_000;
  if (dense) {
    return fc.tuple(fc.constantFrom(s, e - 2 * hour), fc.integer({ min: -3, max: 12 })).map(([anchor, k]) => anchor + k * 600_000);
  }
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: -6, max: Math.round((e - s) / hour) + 6 }).map((h) => s + h * hour) },
    { weight: 2, arbitrary: fc.constantFrom(s, s - 1, e - 1, e) },
    { weight: 2, arbitrary: fc.integer({ min: -40, max: 40 }).map((days) => s + days * 86_400_000) },
  );
}

function draftArbitrary(period: Period, dense: boolean, fewPeople: boolean, fewNames: boolean): fc.Arbitrary<Omit<EventDraft, 'messageId'>> {
  return fc
    .record({
      kind: fewNames
        ? fc.constantFrom('track', 'track', 'track', 'track', 'page', 'screen', 'identify')
        : fc.constantFrom('track', 'track', 'track', 'page', 'page', 'screen', 'identify', 'alias'),
      trackName: fc.constantFrom(...(fewNames ? TRACK_NAMES.slice(0, 3) : TRACK_NAMES)),
      pageName: fc.constantFrom(...PAGE_NAMES),
      who: senderArbitrary(fewPeople),
      previousId: fc.constantFrom(...USERS, ...DEVICES),
      ts: instantArbitrary(period, dense),
      channel: fc.constantFrom(...CHANNELS),
      campaign: fc.constantFrom(...CAMPAIGNS),
      source: fc.constantFrom(null, 'Google', 'google', 'wechat'),
      properties: maybeRecord,
      traits: maybeRecord,
      revenue: fc.constantFrom(null, 10, 0.1, 19.99, 3),
      currency: fc.constantFrom(null, 'CNY', 'EUR'),
    })
    .map((d) => {
      const timestamp = new Date(d.ts);
      const base = bareEvent('', '', { timestamp, receivedAt: timestamp, channel: d.channel, campaign: { ...NO_CAMPAIGN, name: d.campaign, source: d.source } });
      const { workspaceId: _w, messageId: _m, ...rest } = base;
      const type = d.kind as StoredEvent['type'];
      const event = type === 'track' ? d.trackName : type === 'page' || type === 'screen' ? d.pageName : null;
      const alias = type === 'alias';
      return {
        ...rest,
        type,
        event,
        userId: alias ? (d.who.userId ?? 'u1') : d.who.userId,
        anonymousId: alias ? null : d.who.anonymousId,
        previousId: alias ? d.previousId : null,
        properties: d.properties,
        traits: type === 'identify' ? d.traits : {},
        revenue: type === 'track' ? d.revenue : null,
        currency: type === 'track' && d.revenue !== null ? d.currency : null,
      };
    });
}

/**
 * A world: a period and up to `maxEvents` (default 30) events. Message ids are random-but-unique, so ties
 * broken "by messageId" are not also ties broken by insertion order.
 */
export function worldArbitrary(options: WorldOptions = {}): fc.Arbitrary<World> {
  const dense = options.dense ?? false;
  return fc.constantFrom(...PERIODS).chain((period) =>
    fc.array(fc.tuple(draftArbitrary(period, dense, dense || (options.fewPeople ?? false), dense || (options.fewNames ?? false)), fc.integer({ min: 0, max: 999 })), { maxLength: options.maxEvents ?? 30, size: 'max' }).map((drafts) => ({
      period,
      events: drafts.map(([draft, key], i) => ({ ...draft, messageId: `m${String(key).padStart(3, '0')}-${i}` })),
    })),
  );
}

/** The world's events in a workspace. */
export function worldEvents(world: World, workspaceId: string): StoredEvent[] {
  return world.events.map((e) => ({ ...e, workspaceId }));
}

/** The reference's input for a world in a workspace. */
export function worldDataset(world: World, workspaceId: string, costs: Dataset['costs'] = []): Dataset {
  return { workspaceId, timeZone: world.period.timeZone, events: worldEvents(world, workspaceId), costs, channelStats: [] };
}
