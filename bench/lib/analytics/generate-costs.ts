import { addDays, type CostRecord } from '@marketops/core';
import { createRng } from '../../generate';
import { DAYS, EXPO_COST, FIRST_DAY, SOURCES, WORKSPACE } from './world';

/**
 * The cost lines of the paid sources: one per day, source and campaign, scaled with the data
 * (`scale` = events / 1,000,000), plus one trade-show cost with no visits at all.
 */
export function generateCosts(seed: number, scale: number): CostRecord[] {
  const rng = createRng((seed ^ 0x27d4eb2f) >>> 0);
  const costs: CostRecord[] = [];
  const seen = new Set<string>();
  for (let day = 0; day < DAYS; day++) {
    const date = addDays(FIRST_DAY, day);
    for (const source of SOURCES) {
      if (source.cost === null) continue;
      const key = source.cost.channel;
      if (seen.has(`${key}|${date}`)) continue;
      seen.add(`${key}|${date}`);
      for (const campaign of source.campaigns) {
        const amount = (source.cost.dailyBudget * scale * (0.7 + 0.6 * rng())) / source.campaigns.length;
        costs.push({
          workspaceId: WORKSPACE,
          date,
          channel: key,
          campaign,
          costType: 'media',
          amount: amount.toFixed(2),
          currency: source.cost.currency,
          functionId: null,
          note: null,
          rowKey: `${key}|${campaign}|${date}`,
        });
      }
    }
  }
  costs.push({
    workspaceId: WORKSPACE,
    date: EXPO_COST.date,
    channel: EXPO_COST.channel,
    campaign: EXPO_COST.campaign,
    costType: 'event',
    amount: (Number(EXPO_COST.amount) * Math.max(scale, 0.01)).toFixed(2),
    currency: EXPO_COST.currency,
    functionId: null,
    note: 'booth, hall 4',
    rowKey: `expo|${EXPO_COST.date}`,
  });
  return costs;
}
