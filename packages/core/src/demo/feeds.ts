import type { CostField } from '../feeds/cost-row';
import type { DemoCampaign } from './profile';
import { deriveSeed, DemoRandom } from './random';
import type { DemoRun } from './run';
import { channelCampaignLifts, expectedVisitors, platformLift, weeklyFactor } from './shapes';

/**
 * One row of a marketing-costs file, by the canonical column names docs/feeds.md lists, as text:
 * exactly what `marketops import costs` reads. Every row has an `id` (`demo:<tag>:...`), so
 * importing the rows again changes nothing.
 */
export type DemoCostRow = Readonly<Record<CostField, string>>;

/** One row of a channel-statistics file in the `generic` format: one account, one day. */
export interface DemoChannelStatRow {
  readonly platform: string;
  readonly account: string;
  readonly date: string;
  readonly followers: number;
  readonly reads: number;
  readonly interactions: number;
  readonly posts: number;
}

/** The generic format's columns, in file order. */
export const DEMO_CHANNEL_STAT_COLUMNS = ['platform', 'account', 'date', 'followers', 'reads', 'interactions', 'posts'] as const;

/**
 * The run's marketing costs: daily media spend of every paid channel (its expected visitors
 * times its cost per visitor, split between the always-on tag and the running campaigns),
 * campaigns' launch fees (influencers, production), offline events, and the monthly fixed costs
 * (agencies, monitoring, content studios, research, tools, materials), prorated for partial
 * months. Every amount follows the run's scale, so cost per contact stays believable at any size.
 *
 * @example demoCostRows(run)[0] // { id: 'demo:a1f…:media:2026-03-02:baidu-sem:-', date: '2026-03-02', channel: '百度搜索推广', ... }
 */
export function demoCostRows(run: DemoRun): DemoCostRow[] {
  const rng = new DemoRandom(deriveSeed(run.seed, 21));
  const { profile, schedule, scale, tag } = run;
  const rows: DemoCostRow[] = [];
  const money = (amount: number) => (profile.currency === 'JPY' ? Math.round(amount) : Math.round(amount * 100) / 100).toFixed(2);
  const row = (key: string, date: string, channel: string, campaign: string, costType: string, amount: number, owner: string, note: string) => {
    if (amount <= 0) return;
    rows.push({ id: `demo:${tag}:${key}`, date, channel, campaign, cost_type: costType, amount: money(amount), currency: profile.currency, function: owner, note });
  };
  for (const day of run.days) {
    for (const channel of profile.channels) {
      if (channel.costPerVisitor === null) continue;
      const spend = expectedVisitors(profile, schedule, channel, day.index, day.weekday, scale) * channel.costPerVisitor * rng.jitter(1, 0.12);
      const lifts = channelCampaignLifts(schedule, channel, day.index);
      const total = 1 + lifts.reduce((s, l) => s + l.lift, 0);
      row(`media:${day.date}:${channel.id}:-`, day.date, channel.costLabel, channel.evergreenCampaign ?? '', 'media', spend / total, channel.owner, 'always-on');
      for (const { campaign, lift } of lifts) {
        row(`media:${day.date}:${channel.id}:${campaign.id}`, day.date, channel.costLabel, campaign.id, 'media', (spend * lift) / total, channel.owner, campaign.name);
      }
    }
    for (const campaign of schedule.campaigns) if (campaign.startDay === day.index) launchRows(campaign, day.date, row, scale);
    for (const event of schedule.offlineEvents) {
      if (event.day === day.index) row(`event:${event.id}`, day.date, event.name, event.id, 'event', event.cost * scale * rng.jitter(1, 0.05), event.owner, event.city);
    }
    const dayOfMonth = Number(day.date.slice(8, 10));
    if (day.index === 0 || dayOfMonth === 1) {
      const share = monthShare(day.date, run.days.length - day.index);
      for (const fixed of profile.fixedCosts) {
        row(`fixed:${day.date.slice(0, 7)}:${fixed.channel}`, day.date, fixed.channel, '', fixed.costType, fixed.monthly * scale * share, fixed.owner, fixed.note);
      }
    }
  }
  return rows;
}

function launchRows(campaign: DemoCampaign, date: string, row: (key: string, date: string, channel: string, campaign: string, costType: string, amount: number, owner: string, note: string) => void, scale: number): void {
  campaign.launchCosts.forEach((cost, i) => row(`launch:${campaign.id}:${i}`, date, cost.channel, campaign.id, cost.costType, cost.amount * scale, cost.owner, campaign.name));
}

/** The share of `date`'s month that the run covers from `date` on (at most `daysLeft` days). */
function monthShare(date: string, daysLeft: number): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const inMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Math.min(inMonth - day + 1, daysLeft) / inMonth;
}

/**
 * Daily statistics of the company's social accounts, as their platforms' exports report them:
 * followers (a stock that grows faster while campaigns run on the platform, less some
 * unfollows), reads with the weekly rhythm and campaign lift, interactions at the account's
 * rate, and posts. Follower counts follow the run's scale like everything else.
 */
export function demoChannelStatRows(run: DemoRun): DemoChannelStatRow[] {
  const rng = new DemoRandom(deriveSeed(run.seed, 22));
  const { profile, schedule, scale } = run;
  const rows: DemoChannelStatRow[] = [];
  for (const account of profile.socialAccounts) {
    let followers = Math.max(50, Math.round(account.followers * scale));
    for (const day of run.days) {
      const lift = platformLift(profile, schedule, account.platform, day.index);
      followers += Math.round(followers * 0.0011 * lift * rng.jitter(1, 0.4)) - Math.round(followers * 0.0003 * rng.jitter(1, 0.5));
      const reads = Math.round(followers * account.readsPerFollower * weeklyFactor(profile, day.weekday) * lift * rng.jitter(1, 0.25));
      const interactions = Math.round(reads * account.interactionRate * rng.jitter(1, 0.3));
      const posts = rng.poisson((account.postsPerWeek / 7) * (lift > 1.2 ? 1.5 : 1));
      rows.push({ platform: account.platform, account: account.account, date: day.date, followers, reads, interactions, posts });
    }
  }
  return rows;
}
