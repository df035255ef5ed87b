import type { MetricDefinition } from '../definition';
import { EVENTS, PROPS } from '../vocabulary';
import { ORDER_ID, ORDERS, PERSON, REFERRED, SIGN_UPS, STORE_VISIT, tracked } from './filters';
import { fromCatalog } from './from-catalog';

/** Store operations, sales and after-sales: orders, money, conversion, satisfaction, referrals. */
export const COMMERCE_METRICS: readonly MetricDefinition[] = [
  fromCatalog('store-ops.orders', { kind: 'distinct', filter: ORDERS, key: ORDER_ID }),
  fromCatalog('store-ops.gmv', { kind: 'money-sum', filter: ORDERS, amount: PROPS.total, currency: PROPS.currency, dedupe: ORDER_ID }),
  fromCatalog('store-ops.conversion-rate', {
    kind: 'ratio',
    numerator: { kind: 'distinct', filter: ORDERS, key: PERSON },
    denominator: { kind: 'distinct', filter: [...STORE_VISIT, ...ORDERS], key: PERSON },
  }),
  fromCatalog('sales.transaction-rate', {
    kind: 'followed-within',
    cohort: tracked([EVENTS.leadQualified]),
    key: PERSON,
    follow: tracked([EVENTS.orderCompleted]),
    days: 90,
  }),
  fromCatalog('after-sales.csat', {
    kind: 'survey',
    question: 'csat',
    valid: { kind: 'property-between', property: PROPS.score, min: 1, max: 5, integer: true },
    scoring: { kind: 'share', positive: { kind: 'property-between', property: PROPS.score, min: 4, max: 5, integer: true } },
  }),
  fromCatalog('after-sales.nps', {
    kind: 'survey',
    question: 'nps',
    valid: { kind: 'property-between', property: PROPS.score, min: 0, max: 10, integer: true },
    scoring: { kind: 'nps' },
  }),
  fromCatalog('after-sales.repeat-purchase-rate', {
    kind: 'ratio',
    numerator: { kind: 'distinct', filter: ORDERS, key: PERSON, atLeast: { of: ORDER_ID, count: 2, scope: 'period' } },
    denominator: { kind: 'distinct', filter: ORDERS, key: PERSON },
  }),
  fromCatalog('after-sales.referrals', { kind: 'first', filter: SIGN_UPS, key: PERSON, also: [REFERRED] }),
];
