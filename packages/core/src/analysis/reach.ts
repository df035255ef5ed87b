import type { StoredEvent } from '../events/model';
import type { CostRecord } from '../feeds/model';
import { AnalysisError } from './analysis-error';
import type { Dataset } from './dataset';
import { actionsByPerson, indexPeople } from './people';
import { add, divideToText, exact, multiply, toText, type Exact } from './money';
import { NOT_REACH_CHANNELS, REACH_EVENTS, type ReachResult, type ReachRow, type ReachSpec } from './reach-spec';
import { ratio } from './stats';
import { costFilterHolds } from './trend-rules';

const NONE = '(none)';

/** Whether an event is a marketing touch (rules in `ReachSpec`). */
export function isReachTouch(event: StoredEvent): boolean {
  if (event.type === 'page' || event.type === 'screen') return !NOT_REACH_CHANNELS.has(event.channel);
  return event.type === 'track' && event.event !== null && REACH_EVENTS.has(event.event);
}

/**
 * Whether a cost row counts under the spec's filters (rules in `ReachSpec`, "Costs"): a channel
 * filter tests its mapped channel, a campaign `name` filter its campaign; a cost cannot be split by
 * any other filter, so with one no cost counts.
 */
export function reachCostCounts(cost: CostRecord, spec: Pick<ReachSpec, 'filters' | 'channelMap'>): boolean {
  return (spec.filters ?? []).every((filter) => costFilterHolds(cost, filter, spec.channelMap) === true);
}

class Group {
  /** The code-unit-smallest spelling met so far. */
  name: string | null = null;
  readonly people = new Set<string>();
  touches = 0;
  readonly cost = new Map<string, Exact>();

  row(): ReachRow {
    return { name: this.name ?? NONE, ...figures(this.people.size, this.touches, this.cost) };
  }
}

function figures(reach: number, touches: number, cost: ReadonlyMap<string, Exact>): Omit<ReachRow, 'name'> {
  const currencies = [...cost.keys()].sort();
  return {
    reach,
    touches,
    frequency: ratio(touches, reach),
    cost: Object.fromEntries(currencies.map((c) => [c, toText(cost.get(c) as Exact)])),
    costPerContact: Object.fromEntries(currencies.map((c) => [c, reach === 0 ? null : divideToText(cost.get(c) as Exact, reach)])),
  };
}

/**
 * The reference reach, frequency and cost per contact. Semantics in `ReachSpec`.
 *
 * @example runReach(dataset, { period }).byCampaign[0] // { name: 'Spring', reach: 3, touches: 5, frequency: 1.666.., cost: { CNY: '1000.00' }, costPerContact: { CNY: '333.3333' } }
 */
export function runReach(dataset: Dataset, spec: ReachSpec): ReachResult {
  const people = indexPeople(dataset.events);
  const channels = new Map<string, Group>();
  const campaigns = new Map<string, Group>();
  const group = (map: Map<string, Group>, spelling: string): Group => {
    const key = spelling.toLowerCase();
    let g = map.get(key);
    if (g === undefined) {
      g = new Group();
      map.set(key, g);
    }
    if (g.name === null || spelling < g.name) g.name = spelling;
    return g;
  };
  const everyone = new Set<string>();
  let touches = 0;
  for (const [person, actions] of actionsByPerson(dataset, people, spec.filters, spec.period)) {
    for (const { event } of actions) {
      if (!isReachTouch(event)) continue;
      everyone.add(person);
      touches += 1;
      for (const g of [group(channels, event.channel), group(campaigns, campaignSpelling(event.campaign.name))]) {
        g.people.add(person);
        g.touches += 1;
      }
    }
  }

  const channelMap = new Map(Object.entries(spec.channelMap ?? {}).map(([from, to]) => [from.trim().toLowerCase(), to]));
  const total = new Map<string, Exact>();
  for (const cost of dataset.costs) {
    if (cost.date < spec.period.from || cost.date > spec.period.to || !reachCostCounts(cost, spec)) continue;
    const [currency, amount] = converted(cost, spec.currency);
    const channel = channelMap.get(cost.channel.trim().toLowerCase()) ?? cost.channel.trim();
    for (const cell of [group(channels, channel).cost, group(campaigns, campaignSpelling(cost.campaign)).cost, total]) {
      cell.set(currency, add(cell.get(currency) ?? { unscaled: 0n, scale: 0 }, amount));
    }
  }

  const rows = (map: Map<string, Group>): ReachRow[] => [...map.values()].map((g) => g.row()).sort((a, b) => b.reach - a.reach || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { byChannel: rows(channels), byCampaign: rows(campaigns), total: figures(everyone.size, touches, total) };
}

function campaignSpelling(name: string | null): string {
  const trimmed = name?.trim() ?? '';
  return trimmed === '' ? NONE : trimmed;
}

function converted(cost: CostRecord, currency: ReachSpec['currency']): [string, Exact] {
  const amount = exact(cost.amount);
  if (currency === undefined) return [cost.currency, amount];
  if (cost.currency === currency.reportingCurrency) return [cost.currency, amount];
  const rate = currency.exchangeRates[cost.currency];
  if (rate === undefined) {
    throw new AnalysisError('EXCHANGE_RATE_MISSING', `no exchange rate from ${cost.currency} to ${currency.reportingCurrency} (cost ${cost.rowKey} on ${cost.date})`);
  }
  return [currency.reportingCurrency, multiply(amount, exact(rate))];
}
