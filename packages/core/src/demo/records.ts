import { EVENTS } from '../metrics/vocabulary';
import { deriveSeed, DemoRandom } from './random';
import type { DemoRun } from './run';
import { platformLift } from './shapes';

/** A content piece the team publishes on the company's own site. */
export interface DemoContent {
  readonly id: string;
  readonly title: string;
  readonly day: number;
  readonly path: string;
}

/** A media mention: press visitors arrive from its URL. */
export interface DemoMention {
  readonly url: string;
  readonly outlet: string;
  readonly day: number;
}

/** One record sent by a company tool (CMS, research wiki, brand review, media monitor, store console). */
export interface DemoRecord {
  readonly day: number;
  /** Seconds after local midnight. */
  readonly second: number;
  /** The tool's user id, e.g. `system:cms`. */
  readonly sender: string;
  readonly event: string;
  readonly properties: Record<string, unknown>;
}

/** The company's records over the run, planned before any visitor arrives. */
export interface DemoRecords {
  readonly content: readonly DemoContent[];
  readonly mentions: readonly DemoMention[];
  /** Ordered by day. */
  readonly records: readonly DemoRecord[];
}

const MILESTONES = ['planning', 'resource-confirmation', 'promotion', 'effect-evaluation'] as const;
const TONES = ['positive', 'neutral', 'negative'] as const;

/**
 * Plans the records the strategic and operating functions keep, which no visitor causes and
 * whose number does not depend on the size option: content published on weekdays, research
 * reports delivered, decided and cited, brand reviews of assets, media mentions (bursting after
 * launches and press events), daily app-store statistics, and activity milestones and closings. App-store
 * downloads do follow the scale and the campaigns.
 *
 * @example planRecords(run).records.filter((r) => r.event === 'Content Published').length // ~60 in 90 days
 */
export function planRecords(run: DemoRun): DemoRecords {
  const rng = new DemoRandom(deriveSeed(run.seed, 11));
  const { profile, tag } = run;
  const records: DemoRecord[] = [];
  const content: DemoContent[] = [];
  const mentions: DemoMention[] = [];
  const add = (day: number, second: number, sender: string, event: string, properties: Record<string, unknown>) => {
    if (day < run.days.length) records.push({ day, second, sender, event, properties });
  };
  const pressDays = run.schedule.offlineEvents.filter((e) => e.type === 'press' || e.type === 'launch').map((e) => e.day);
  let reportN = 0;
  let assetN = 0;

  for (const day of run.days) {
    const d = day.index;
    // Content operations publish on weekdays, a little more while campaigns run.
    if (day.weekday < 5 && rng.chance(0.55 * Math.min(1.6, platformLift(profile, run.schedule, null, d)))) {
      const id = `${tag}-art${content.length + 1}`;
      const title = `${profile.contentTitles[content.length % profile.contentTitles.length]}${content.length >= profile.contentTitles.length ? ` (${Math.floor(content.length / profile.contentTitles.length) + 1})` : ''}`;
      const piece = { id, title, day: d, path: `/articles/${id}` };
      content.push(piece);
      add(d, rng.int(9 * 3600, 11 * 3600), 'system:cms', EVENTS.contentPublished, { content_id: id, title, content_type: rng.pick(['article', 'article', 'video', 'guide']) });
    }
    // Market research delivers a report about every two weeks; a decision follows, then citations.
    if (d % 14 === 3) {
      const reportId = `${tag}-rpt${++reportN}`;
      const title = profile.reportTitles[(reportN - 1) % profile.reportTitles.length];
      add(d, rng.int(10 * 3600, 17 * 3600), 'system:research', EVENTS.reportDelivered, { report_id: reportId, title });
      const decidedDay = d + rng.int(2, 6);
      const approved = rng.chance(0.72);
      add(decidedDay, rng.int(10 * 3600, 18 * 3600), 'system:research', EVENTS.reportDecided, { report_id: reportId, decision: approved ? 'approved' : 'rejected' });
      if (approved && rng.chance(0.75)) {
        const cited = run.schedule.campaigns.find((c) => c.startDay >= decidedDay) ?? run.schedule.campaigns[run.schedule.campaigns.length - 1];
        add(decidedDay + rng.int(3, 20), rng.int(10 * 3600, 18 * 3600), 'system:planning', EVENTS.reportCited, { report_id: reportId, cited_by: cited?.id ?? 'annual-plan' });
      }
    }
    // Brand reviews assets from every stage against the guidelines; a failed asset is reviewed again.
    const reviews = rng.poisson(day.weekday < 5 ? 0.6 : 0.05);
    for (let i = 0; i < reviews; i++) {
      const assetId = `${tag}-asset${++assetN}`;
      const passed = rng.chance(0.68);
      add(d, rng.int(10 * 3600, 19 * 3600), 'system:brand-review', EVENTS.assetReviewed, { asset_id: assetId, passed, review_round: 1 });
      if (!passed) add(d + rng.int(1, 4), rng.int(10 * 3600, 19 * 3600), 'system:brand-review', EVENTS.assetReviewed, { asset_id: assetId, passed: rng.chance(0.85), review_round: 2 });
    }
    // PR: mentions every few days, a burst after launches and press events.
    let burst = 0;
    for (const p of pressDays) if (d >= p) burst += 5 * Math.pow(0.5, (d - p) / 2);
    const mentionCount = rng.poisson(0.5 + burst);
    for (let i = 0; i < mentionCount; i++) {
      const outlet = rng.pick(profile.outlets);
      const url = `${outlet.origin}/news/${tag}-${mentions.length + 1}`;
      mentions.push({ url, outlet: outlet.name, day: d });
      const tone = burst > 1 ? (rng.chance(0.7) ? 'positive' : 'neutral') : rng.weighted(TONES, (t) => (t === 'positive' ? 5 : t === 'neutral' ? 4 : 1));
      add(d, rng.int(7 * 3600, 22 * 3600), 'system:media-monitor', EVENTS.mediaMentioned, { url, outlet: outlet.name, tone });
    }
    // The store consoles' daily numbers, reported the next morning for the day.
    const lift = platformLift(profile, run.schedule, null, d);
    for (const store of profile.appStores) {
      const downloads = rng.poisson(store.downloadsPerDay * run.scale * lift * (0.85 + 0.3 * (profile.weekly[day.weekday] ?? 1) - 0.3));
      const rank = Math.max(1, Math.round((store.rank / Math.pow(lift, 0.9)) * rng.jitter(1, 0.12)));
      const ratingsCount = store.ratings + Math.round(d * store.downloadsPerDay * 0.02);
      const rating = Math.round((store.rating + 0.05 * Math.sin(d / 9)) * 100) / 100;
      add(d, 23 * 3600 + rng.int(0, 3000), 'system:app-store-console', EVENTS.appStoreStats, {
        store: store.store,
        date: day.date,
        downloads,
        rank: rank > store.chartLength ? null : rank,
        chart_length: store.chartLength,
        rating,
        ratings_count: ratingsCount,
      });
    }
  }
  // Activity operations: four milestones per activity, most done on time, and the activity's close.
  for (const activity of run.schedule.activities) {
    add(activity.endDay, 23 * 3600 + 1800, 'system:activity-planner', EVENTS.activityEnded, { activity_id: activity.id, goal_event: activity.goalEvent });
    const due = [activity.startDay - 10, activity.startDay - 3, activity.startDay, activity.endDay + 7];
    MILESTONES.forEach((milestone, i) => {
      const dueDay = Math.max(0, due[i]!);
      if (dueDay >= run.days.length) return;
      const late = rng.chance(0.25) ? rng.int(1, 4) : 0;
      const doneDay = dueDay + late;
      const completed = doneDay < run.days.length ? run.days[doneDay]!.date : null;
      // Why on the completion day: the planner reports a milestone when it is ticked off, or at its due date when it is not.
      add(completed === null ? dueDay : doneDay, 18 * 3600, 'system:activity-planner', EVENTS.activityMilestone, {
        activity_id: activity.id,
        milestone,
        due_date: run.days[dueDay]!.date,
        completed_date: completed,
      });
    });
  }
  records.sort((a, b) => a.day - b.day || a.second - b.second);
  return { content, mentions, records };
}
