import type { CompanyProfile, DemoActivity, DemoCampaign, DemoChannel, DemoEmailCampaign, DemoOfflineEvent } from './profile';

/** Profiles place campaigns, events and activities on a 90-day calendar; shorter or longer runs stretch it. */
export const PROFILE_DAYS = 90;

/**
 * The profile's dated items moved onto a run of `days` days: day indexes scaled by
 * days / 90 (so a 30-day run still has its three campaigns), durations at least one day.
 */
export interface DemoSchedule {
  readonly campaigns: readonly DemoCampaign[];
  readonly offlineEvents: readonly DemoOfflineEvent[];
  readonly activities: readonly DemoActivity[];
  readonly emailCampaigns: readonly DemoEmailCampaign[];
}

/** @example scheduleFor(COMPANY_A, 45).campaigns[0].startDay // half the profile's start day */
export function scheduleFor(profile: CompanyProfile, days: number): DemoSchedule {
  const f = days / PROFILE_DAYS;
  const at = (day: number) => Math.min(days - 1, Math.max(0, Math.round(day * f)));
  return {
    campaigns: profile.campaigns.map((c) => ({ ...c, startDay: at(c.startDay), durationDays: Math.max(1, Math.round(c.durationDays * f)) })),
    offlineEvents: profile.offlineEvents.map((e) => ({ ...e, day: at(e.day) })),
    activities: profile.activities.map((a) => ({ ...a, startDay: at(a.startDay), endDay: Math.max(at(a.startDay), at(a.endDay)) })),
    emailCampaigns: profile.emailCampaigns.map((e) => ({ ...e, day: at(e.day) })),
  };
}

/**
 * Weekly seasonality: the profile's factor for the weekday (0 = Monday). Merchants (A) and
 * patients (C) come on weekdays, gamers (B) at the weekend.
 */
export function weeklyFactor(profile: CompanyProfile, weekday: number): number {
  return profile.weekly[weekday] ?? 1;
}

/**
 * A campaign's extra visitors on `day`, as a multiple of the channel's base: the peak on its
 * first day, halving every `halfLifeDays` while the money is spent, nothing before or after.
 * Why decaying: an audience reached once is not new the second time; every campaign's response
 * wears off, which is what the demo's "effect of a campaign" charts should show.
 *
 * @example campaignLift({ startDay: 10, durationDays: 20, peakLift: 2, halfLifeDays: 5, ... }, 15) // 1
 */
export function campaignLift(campaign: DemoCampaign, day: number): number {
  if (day < campaign.startDay || day >= campaign.startDay + campaign.durationDays) return 0;
  return campaign.peakLift * Math.pow(0.5, (day - campaign.startDay) / campaign.halfLifeDays);
}

/** Extra lift of every campaign running on `channel` on `day`, each with its campaign. */
export function channelCampaignLifts(schedule: DemoSchedule, channel: DemoChannel, day: number): { campaign: DemoCampaign; lift: number }[] {
  const out: { campaign: DemoCampaign; lift: number }[] = [];
  for (const campaign of schedule.campaigns) {
    if (!campaign.channels.includes(channel.id)) continue;
    const lift = campaignLift(campaign, day);
    if (lift > 0) out.push({ campaign, lift });
  }
  return out;
}

/**
 * New visitors a channel brings on a day at `scale`: its base, times the weekday's factor, times
 * one plus every running campaign's lift. The expected value; the simulation draws a Poisson
 * count around it and the cost rows bill it.
 */
export function expectedVisitors(profile: CompanyProfile, schedule: DemoSchedule, channel: DemoChannel, day: number, weekday: number, scale: number): number {
  let lift = 1;
  for (const { lift: extra } of channelCampaignLifts(schedule, channel, day)) lift += extra;
  return channel.dailyVisitors * weeklyFactor(profile, weekday) * lift * scale;
}

/**
 * How strongly campaigns run on a platform's channels on a day (1 = none): drives the social
 * accounts' reads and follower growth and the app stores' downloads.
 */
export function platformLift(profile: CompanyProfile, schedule: DemoSchedule, source: string | null, day: number): number {
  let lift = 1;
  for (const channel of profile.channels) {
    if (source !== null && channel.source !== source) continue;
    for (const { lift: extra } of channelCampaignLifts(schedule, channel, day)) lift += extra / (source === null ? profile.channels.length : 1);
  }
  return lift;
}
