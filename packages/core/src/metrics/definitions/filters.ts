import type { MetricCondition, MetricFilter, MetricKey } from '../formula';
import { EVENTS, NON_ACTIVITY_EVENTS, PROPS } from '../vocabulary';

/**
 * Filters and keys the definitions share, named once so that "active", "a marketing touch" and
 * "an order" mean the same thing in every metric that reads them.
 */

export const PERSON: MetricKey = { kind: 'person' };
export const DEVICE: MetricKey = { kind: 'device' };
export const MESSAGE: MetricKey = { kind: 'message' };
export const byProperty = (property: string): MetricKey => ({ kind: 'property', property });

/** `track` events with one of these names, and all the conditions. */
export function tracked(names: readonly string[], where: readonly MetricCondition[] = []): MetricFilter {
  return [{ types: ['track'], names, ...(where.length > 0 ? { where } : {}) }];
}

/** What a person did: any track, page or screen call except messages sent to them and tool records. */
export const ACTIVITY: MetricFilter = [{ types: ['track', 'page', 'screen'], excludeNames: [...NON_ACTIVITY_EVENTS] }];

/** Channels that reach existing users or carry no marketing source (marketing-planning.target-reach). */
export const NON_MARKETING_CHANNELS = ['Direct', 'Email', 'SMS', 'Mobile Push Notifications', 'Unassigned'] as const;

/** A marketing touch: a page or screen from a marketing channel, or attending a marketing event. */
export const MARKETING_TOUCH: MetricFilter = [
  { types: ['page', 'screen'], where: [{ kind: 'channel-in', channels: NON_MARKETING_CHANNELS, negate: true }] },
  { types: ['track'], names: [EVENTS.eventAttended] },
];

/** Channels new media works in (new-media.target-reach). */
export const NEW_MEDIA_CHANNELS = ['Organic Social', 'Paid Social', 'Organic Video', 'Paid Video', 'Organic Search', 'Paid Search', 'Display'] as const;

export const NEW_MEDIA_TOUCH: MetricFilter = [
  { types: ['page', 'screen'], where: [{ kind: 'any', conditions: [{ kind: 'channel-in', channels: NEW_MEDIA_CHANNELS }, { kind: 'own-account-source' }] }] },
];

/** A page or screen that came from earned media: a mentioning outlet's referrer, or utm_medium=pr. */
export const EARNED_MEDIA_TOUCH: MetricFilter = [
  { types: ['page', 'screen'], where: [{ kind: 'any', conditions: [{ kind: 'mentioned-referrer' }, { kind: 'campaign-in', field: 'medium', values: ['pr'] }] }] },
];

export const ORDERS: MetricFilter = tracked([EVENTS.orderCompleted], [{ kind: 'property-exists', property: PROPS.orderId }]);
export const REFUNDS: MetricFilter = tracked([EVENTS.orderRefunded], [{ kind: 'property-exists', property: PROPS.orderId }]);
export const ORDER_ID = byProperty(PROPS.orderId);

/** A store visit: a page or screen under a store path, or a product view. */
export const STORE_VISIT: MetricFilter = [{ types: ['page', 'screen'], where: [{ kind: 'store-page' }] }, ...tracked([EVENTS.productViewed])];

export const SIGN_UPS: MetricFilter = tracked([EVENTS.signedUp]);

/** A sign-up that came from an invitation: it carries a referrer_id or a referral_code. */
export const REFERRED: MetricCondition = {
  kind: 'any',
  conditions: [
    { kind: 'property-exists', property: PROPS.referrerId },
    { kind: 'property-exists', property: PROPS.referralCode },
  ],
};

export const INVITATIONS: MetricFilter = tracked([EVENTS.referralSent]);

/** The session rule of the catalog: a gap longer than 30 minutes starts a new session. */
export const SESSION_GAP_MINUTES = 30;
