import type { MetricCondition, MetricFilter, MetricKey, Measure } from './formula';
import type { MetricDefinition } from './definition';
import type { MetricSettings } from './settings';
import { EVENTS, PROPS } from './vocabulary';

/**
 * What a metric reads: calls and event names, properties, feeds and workspace settings, following
 * metric references. The reference page lists it, and a sender can check their tracking plan
 * against it.
 */
export interface MetricReads {
  /** `track "Order Completed"`, `page`, `screen`, `identify`..., sorted. */
  readonly calls: readonly string[];
  readonly properties: readonly string[];
  readonly feeds: readonly ('costs' | 'channel-stats')[];
  readonly settings: readonly (keyof MetricSettings)[];
  /** Other metrics whose values it uses. */
  readonly metrics: readonly string[];
}

interface Acc {
  calls: Set<string>;
  properties: Set<string>;
  feeds: Set<'costs' | 'channel-stats'>;
  settings: Set<keyof MetricSettings>;
  metrics: Set<string>;
}

function condition(acc: Acc, c: MetricCondition): void {
  switch (c.kind) {
    case 'property-exists':
    case 'property-in':
    case 'property-between':
      acc.properties.add(c.property);
      return;
    case 'channel-in':
      acc.properties.add('channel');
      return;
    case 'campaign-in':
      acc.properties.add(`utm_${c.field}`);
      return;
    case 'own-account-source':
      acc.properties.add('utm_source');
      acc.settings.add('ownAccounts');
      return;
    case 'mentioned-referrer':
      acc.properties.add('referrer');
      acc.calls.add(`track "${EVENTS.mediaMentioned}"`);
      acc.properties.add(PROPS.url);
      return;
    case 'store-page':
      acc.properties.add('pagePath');
      acc.settings.add('storePathPrefixes');
      return;
    case 'any':
      for (const inner of c.conditions) condition(acc, inner);
  }
}

function filter(acc: Acc, f: MetricFilter): void {
  for (const match of f) {
    for (const type of match.types) {
      if (match.names === undefined) acc.calls.add(type);
      else for (const name of match.names) acc.calls.add(`${type} "${name}"`);
    }
    for (const c of match.where ?? []) condition(acc, c);
  }
}

function key(acc: Acc, k: MetricKey): void {
  if (k.kind === 'property') acc.properties.add(k.property);
  if (k.kind === 'device') acc.properties.add('context.device.id');
}

function measure(acc: Acc, m: Measure, lookup: (id: string) => MetricDefinition | undefined): void {
  switch (m.kind) {
    case 'count':
    case 'distinct':
    case 'first':
    case 'money-sum':
      filter(acc, m.filter);
      if ('audience' in m && m.audience === true) {
        acc.calls.add('identify');
        acc.settings.add('targetAudience');
      }
      if (m.kind === 'distinct' || m.kind === 'first') key(acc, m.key);
      if (m.kind === 'distinct' && m.atLeast !== undefined) key(acc, m.atLeast.of);
      if (m.kind === 'first') for (const c of m.also ?? []) condition(acc, c);
      if (m.kind === 'money-sum') {
        acc.properties.add(m.amount);
        acc.properties.add(m.currency);
        key(acc, m.dedupe);
      }
      return;
    case 'cost-sum':
      acc.feeds.add('costs');
      return;
    case 'ratio':
      measure(acc, m.numerator, lookup);
      measure(acc, m.denominator, lookup);
      return;
    case 'product':
      for (const factor of m.factors) measure(acc, factor, lookup);
      return;
    case 'metric': {
      acc.metrics.add(m.id);
      const target = lookup(m.id);
      if (target !== undefined) measure(acc, target.formula, lookup);
      return;
    }
    case 'rolling-active':
    case 'sessions':
      filter(acc, m.filter);
      return;
    case 'retention':
      filter(acc, m.filter);
      acc.settings.add('retentionDay');
      return;
    case 'followed-within':
      filter(acc, m.cohort);
      filter(acc, m.follow);
      key(acc, m.key);
      return;
    case 'survey':
      acc.calls.add(`track "${EVENTS.surveyAnswered}"`);
      for (const p of [PROPS.question, PROPS.surveyId]) acc.properties.add(p);
      condition(acc, m.valid);
      if (m.scoring.kind === 'share') condition(acc, m.scoring.positive);
      else acc.properties.add(PROPS.score);
      if (m.audience === true) {
        acc.calls.add('identify');
        acc.settings.add('targetAudience');
      }
      return;
    case 'snapshot':
      acc.feeds.add('channel-stats');
      acc.properties.add(m.metric);
      return;
    case 'daily-records': {
      acc.calls.add(`track "${m.event}"`);
      acc.properties.add(m.group);
      acc.properties.add(m.date);
      const a = m.aggregate;
      if (a.kind === 'sum') acc.properties.add(a.property);
      else if (a.kind === 'median-rank') {
        acc.properties.add(a.rank);
        acc.properties.add(a.chartLength);
        acc.settings.add('primaryStore');
      } else {
        acc.properties.add(a.value);
        acc.properties.add(a.weight);
      }
      return;
    }
    case 'on-time':
      acc.calls.add(`track "${m.event}"`);
      for (const p of [...m.keys, m.due, m.completed]) acc.properties.add(p);
      return;
    case 'activity-goal':
      acc.calls.add(`track "${m.joined}"`);
      acc.calls.add(`track "${m.ended}"`);
      acc.properties.add(m.activity);
      acc.properties.add(m.goal);
      return;
    case 'elapsed':
      filter(acc, m.start);
      filter(acc, m.end);
      acc.properties.add(m.join);
  }
}

/**
 * The reads of one definition; `lookup` resolves metric references (pass `findMetric`).
 * @example metricReads(findMetric('pr.cost-per-contact')!, findMetric).feeds // ['costs']
 */
export function metricReads(definition: MetricDefinition, lookup: (id: string) => MetricDefinition | undefined): MetricReads {
  const acc: Acc = { calls: new Set(), properties: new Set(), feeds: new Set(), settings: new Set(), metrics: new Set() };
  measure(acc, definition.formula, lookup);
  const sorted = <T extends string>(set: Set<T>): T[] => [...set].sort();
  return { calls: sorted(acc.calls), properties: sorted(acc.properties), feeds: sorted(acc.feeds), settings: sorted(acc.settings), metrics: sorted(acc.metrics) };
}
