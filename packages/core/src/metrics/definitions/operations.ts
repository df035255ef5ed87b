import type { MetricDefinition } from '../definition';
import { EVENTS, PROPS } from '../vocabulary';
import { ACTIVITY, byProperty, DEVICE, PERSON, SESSION_GAP_MINUTES, SIGN_UPS, tracked } from './filters';
import { fromCatalog, metric } from './from-catalog';

/** Content, user, activity and product operations: what people do in the product. */
export const OPERATIONS_METRICS: readonly MetricDefinition[] = [
  fromCatalog('content-ops.content-count', { kind: 'distinct', filter: tracked([EVENTS.contentPublished]), key: byProperty(PROPS.contentId) }),
  fromCatalog('content-ops.content-views', {
    kind: 'count',
    filter: [{ types: ['page', 'screen'], where: [{ kind: 'property-exists', property: PROPS.contentId }] }],
  }),
  fromCatalog('content-ops.content-interactions', { kind: 'count', filter: tracked([EVENTS.contentLiked, EVENTS.contentCommented, EVENTS.contentSaved]) }),
  fromCatalog('content-ops.content-shares', { kind: 'count', filter: tracked([EVENTS.contentShared]) }),
  fromCatalog('user-ops.new-users', { kind: 'first', filter: ACTIVITY, key: PERSON }),
  fromCatalog('user-ops.retention-rate', { kind: 'retention', filter: ACTIVITY, defaultDay: 7 }),
  fromCatalog('user-ops.active-users', { kind: 'distinct', filter: ACTIVITY, key: PERSON }),
  fromCatalog('user-ops.time-spent', {
    kind: 'ratio',
    numerator: { kind: 'sessions', filter: ACTIVITY, gapMinutes: SESSION_GAP_MINUTES, aggregate: 'duration' },
    denominator: metric('user-ops.active-users'),
  }),
  fromCatalog('activity-ops.plan-progress', {
    kind: 'on-time',
    event: EVENTS.activityMilestone,
    keys: [PROPS.activityId, PROPS.milestone],
    due: PROPS.dueDate,
    completed: PROPS.completedDate,
  }),
  fromCatalog('activity-ops.participants', {
    kind: 'distinct',
    filter: tracked([EVENTS.activityJoined], [{ kind: 'property-exists', property: PROPS.activityId }]),
    key: PERSON,
  }),
  fromCatalog('activity-ops.goal-conversion-rate', {
    kind: 'activity-goal',
    joined: EVENTS.activityJoined,
    ended: EVENTS.activityEnded,
    activity: PROPS.activityId,
    goal: PROPS.goalEvent,
    days: 7,
  }),
  fromCatalog('product-ops.installs', { kind: 'first', filter: tracked([EVENTS.applicationInstalled]), key: DEVICE }),
  fromCatalog('product-ops.registrations', { kind: 'first', filter: SIGN_UPS, key: PERSON }),
  fromCatalog('product-ops.visit-frequency', {
    kind: 'ratio',
    numerator: { kind: 'sessions', filter: ACTIVITY, gapMinutes: SESSION_GAP_MINUTES, aggregate: 'count' },
    denominator: metric('user-ops.active-users'),
  }),
  fromCatalog('product-ops.posts', { kind: 'distinct', filter: tracked([EVENTS.postCreated]), key: byProperty(PROPS.postId) }),
];
