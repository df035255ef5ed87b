import type { MetricDefinition } from '../definition';
import { EVENTS, PROPS } from '../vocabulary';
import { byProperty, EARNED_MEDIA_TOUCH, PERSON, tracked } from './filters';
import { fromCatalog, metric } from './from-catalog';

/** Market research, brand and PR: the strategic functions, read from the records their tools send. */

const REPORT = byProperty(PROPS.reportId);
const APPROVED = tracked([EVENTS.reportDecided], [{ kind: 'property-in', property: PROPS.decision, values: ['approved'] }]);
const MENTION = byProperty(PROPS.url);
const YES = { kind: 'property-in', property: PROPS.answer, values: ['yes', true] } as const;
const ANSWERED_YES_NO = { kind: 'property-in', property: PROPS.answer, values: ['yes', 'no', true, false] } as const;

export const STRATEGY_METRICS: readonly MetricDefinition[] = [
  fromCatalog('market-research.reports-delivered', { kind: 'distinct', filter: tracked([EVENTS.reportDelivered]), key: REPORT }),
  fromCatalog('market-research.approval-rate', {
    kind: 'ratio',
    numerator: { kind: 'distinct', filter: APPROVED, key: REPORT },
    denominator: {
      kind: 'distinct',
      filter: tracked([EVENTS.reportDecided], [{ kind: 'property-in', property: PROPS.decision, values: ['approved', 'rejected'] }]),
      key: REPORT,
    },
  }),
  fromCatalog('market-research.acted-on-rate', { kind: 'followed-within', cohort: APPROVED, key: REPORT, follow: tracked([EVENTS.reportCited]), days: 90 }),
  fromCatalog('brand.aided-awareness', { kind: 'survey', question: 'aided-awareness', valid: ANSWERED_YES_NO, scoring: { kind: 'share', positive: YES }, audience: true }),
  fromCatalog('brand.top-of-mind', { kind: 'survey', question: 'top-of-mind', valid: ANSWERED_YES_NO, scoring: { kind: 'share', positive: YES }, audience: true }),
  fromCatalog('brand.consistency-rate', {
    kind: 'ratio',
    numerator: {
      kind: 'distinct',
      filter: tracked(
        [EVENTS.assetReviewed],
        [
          { kind: 'property-in', property: PROPS.reviewRound, values: [1] },
          { kind: 'property-in', property: PROPS.passed, values: [true] },
        ],
      ),
      key: byProperty(PROPS.assetId),
    },
    denominator: { kind: 'distinct', filter: tracked([EVENTS.assetReviewed]), key: byProperty(PROPS.assetId) },
  }),
  fromCatalog('pr.media-mentions', { kind: 'distinct', filter: tracked([EVENTS.mediaMentioned]), key: MENTION }),
  fromCatalog('pr.favourable-share', {
    kind: 'ratio',
    numerator: { kind: 'distinct', filter: tracked([EVENTS.mediaMentioned], [{ kind: 'property-in', property: PROPS.tone, values: ['positive'] }]), key: MENTION },
    denominator: {
      kind: 'distinct',
      filter: tracked([EVENTS.mediaMentioned], [{ kind: 'property-in', property: PROPS.tone, values: ['positive', 'neutral', 'negative'] }]),
      key: MENTION,
    },
  }),
  fromCatalog('pr.target-reach', { kind: 'distinct', filter: EARNED_MEDIA_TOUCH, key: PERSON, audience: true }),
  fromCatalog('pr.cost-per-contact', { kind: 'ratio', numerator: { kind: 'cost-sum', functionIds: ['pr'] }, denominator: metric('pr.target-reach') }),
];
