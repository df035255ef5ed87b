import type { MetricDefinition } from '../definition';
import { MARKETING_TOUCH, NEW_MEDIA_TOUCH, PERSON } from './filters';
import { fromCatalog, metric } from './from-catalog';

/** Marketing planning and new media: target people reached, and what each contact cost. */
export const MARKETING_METRICS: readonly MetricDefinition[] = [
  fromCatalog('marketing-planning.target-reach', { kind: 'distinct', filter: MARKETING_TOUCH, key: PERSON, audience: true }),
  fromCatalog('marketing-planning.cost-per-contact', { kind: 'ratio', numerator: { kind: 'cost-sum' }, denominator: metric('marketing-planning.target-reach') }),
  fromCatalog('new-media.target-reach', { kind: 'distinct', filter: NEW_MEDIA_TOUCH, key: PERSON, audience: true }),
  fromCatalog('new-media.cost-per-contact', {
    kind: 'ratio',
    numerator: { kind: 'cost-sum', functionIds: ['new-media'] },
    denominator: metric('new-media.target-reach'),
  }),
];
