import { OFFLINE_EVENT_MEDIUM } from '../feeds/offline-event-types';
import type { SegmentMessage } from '../ingestion/message';
import { EVENTS } from '../metrics/vocabulary';
import { DemoAgenda, type DemoAction } from './agenda';
import type { DemoDay } from './calendar';
import { DemoMessages } from './messages';
import { newVisitor, personName, type DemoPerson } from './people';
import type { DemoChannel } from './profile';
import { deriveSeed, DemoRandom } from './random';
import type { DemoContent, DemoMention, DemoRecords } from './records';
import type { DemoRun } from './run';
import { channelCampaignLifts, expectedVisitors, platformLift } from './shapes';
import { VisitSimulator } from './visit';

/**
 * The people of one run, day by day: the company's records of the day, then what was planned
 * for the day (return visits, refunds, surveys, invited friends, leads buying), then the day's
 * newsletter, offline event and survey panel, then the new visitors of every channel.
 *
 * `day()` is a generator that pauses after each person, so the caller can hand out the messages
 * in `out` in batches: a day at ten million events a run is 100,000 messages, which are never
 * all held at once.
 */
export class DemoPopulation {
  readonly out: SegmentMessage[] = [];
  private readonly rng: DemoRandom;
  private readonly messages: DemoMessages;
  private readonly agenda: DemoAgenda;
  private readonly roster: DemoPerson[] = [];
  private readonly visits: VisitSimulator;
  private readonly counters = { person: 0, order: 0, post: 0, code: 0 };
  private content: DemoContent[] = [];
  private mentions: DemoMention[] = [];
  private recordIndex = 0;
  private panelN = 0;

  constructor(
    private readonly run: DemoRun,
    private readonly records: DemoRecords,
  ) {
    this.rng = new DemoRandom(deriveSeed(run.seed, 1));
    this.messages = new DemoMessages(run.profile, run.tag);
    this.agenda = new DemoAgenda(run.days.length);
    this.visits = new VisitSimulator({
      run,
      rng: this.rng,
      messages: this.messages,
      out: this.out,
      agenda: this.agenda,
      roster: this.roster,
      published: () => ({ content: this.content, mentions: this.mentions }),
      next: (counter) => ++this.counters[counter],
    });
  }

  /** Messages built so far. */
  get built(): number {
    return this.messages.built;
  }

  /** Simulates one day, pausing after each person. Days must be run in order. */
  *day(day: DemoDay): Generator<void> {
    const d = day.index;
    this.content = this.records.content.filter((c) => c.day <= d);
    this.mentions = this.records.mentions.filter((m) => m.day <= d);
    this.emitRecords(day);
    for (const action of this.agenda.take(d)) {
      this.act(action, d);
      yield;
    }
    yield* this.newsletter(d);
    yield* this.offlineEvents(d);
    this.surveyPanel(day);
    for (const channel of this.run.profile.channels) {
      const count = this.rng.poisson(expectedVisitors(this.run.profile, this.run.schedule, channel, d, day.weekday, this.run.scale));
      for (let i = 0; i < count; i++) {
        const person = newVisitor(this.rng, this.run.profile, channel, this.run.tag, ++this.counters.person);
        this.visits.visit(person, d, this.secondOfDay(), { channel, campaign: this.campaignOf(channel, d) });
        yield;
      }
    }
  }

  private emitRecords(day: DemoDay): void {
    const list = this.records.records;
    while (this.recordIndex < list.length && list[this.recordIndex]!.day === day.index) {
      const r = list[this.recordIndex++]!;
      this.out.push(this.messages.record(r.sender, day.startMs + r.second * 1000, r.event, r.properties));
    }
  }

  private act(action: DemoAction, d: number): void {
    const { person } = action;
    const b = this.run.profile.behaviour;
    const t = this.run.days[d]!.startMs + this.secondOfDay() * 1000;
    switch (action.kind) {
      case 'visit': {
        const member = person.userId !== null;
        this.visits.visit(person, d, this.secondOfDay(), action.arrival, action.intent);
        // Why only for members: an anonymous visitor's return is planned in visit(), by chance, one at a time.
        if (member && action.intent === undefined && --person.visitsLeft > 0) {
          this.agenda.add(d + 1 + this.rng.geometric(b.daysBetweenVisits - 1), { kind: 'visit', person, arrival: null });
        }
        return;
      }
      case 'refund':
        this.out.push(this.messages.record(person.userId!, t, EVENTS.orderRefunded, { order_id: action.orderId, total: action.total, currency: this.run.profile.currency }));
        return;
      case 'survey': {
        const nps = action.question === 'nps';
        const mean = nps ? b.npsMean : b.csatMean;
        const score = Math.round(Math.min(nps ? 10 : 5, Math.max(nps ? 0 : 1, mean + this.rng.normal() * (nps ? 1.9 : 0.85))));
        this.out.push(
          this.messages.record(person.userId!, t, EVENTS.surveyAnswered, {
            survey_id: nps ? 'nps-relationship' : 'csat-after-purchase',
            question: action.question,
            score,
          }),
        );
        // Promoters recommend: some send an invitation right after answering.
        if (nps && score >= 9 && this.rng.chance(0.3)) this.visits.invite(person, d, t + 30_000, null);
        return;
      }
    }
  }

  /** The day's newsletters: delivered to a share of the members, opened by some, clicked by a few. */
  private *newsletter(d: number): Generator<void> {
    const b = this.run.profile.behaviour;
    for (const mail of this.run.schedule.emailCampaigns) {
      if (mail.day !== d) continue;
      const channel = emailChannel(mail.id);
      const sentAt = this.run.days[d]!.startMs + 9 * 3600 * 1000;
      for (const person of this.roster) {
        // Why n % 10: a fifth of the members never subscribed to the newsletter.
        if (person.n % 10 < 2 || !this.rng.chance(mail.audienceShare)) continue;
        this.out.push(this.messages.record(person.userId!, sentAt + this.rng.int(0, 1800) * 1000, 'Email Delivered', { email_id: mail.id, subject: mail.subject }));
        if (!this.rng.chance(b.emailOpenRate)) continue;
        const second = 9 * 3600 + this.rng.int(600, 12 * 3600);
        this.out.push(this.messages.record(person.userId!, this.run.days[d]!.startMs + second * 1000, 'Email Opened', { email_id: mail.id }));
        if (this.rng.chance(b.emailClickRate)) this.visits.visit(person, d, second + 20, { channel, campaign: mail.id });
        yield;
      }
    }
  }

  /** Attendees of the day's fair, launch or press event, recorded by the event's check-in tool. */
  private *offlineEvents(d: number): Generator<void> {
    const { profile, scale } = this.run;
    for (const event of this.run.schedule.offlineEvents) {
      if (event.day !== d) continue;
      const attendees = this.rng.poisson(event.attendees * scale);
      const channel = offlineChannel(event.id, OFFLINE_EVENT_MEDIUM[event.type]);
      for (let i = 0; i < attendees; i++) {
        const person = newVisitor(this.rng, profile, channel, this.run.tag, ++this.counters.person);
        person.userId = `${this.run.tag}-u${person.n.toString(36)}`;
        const t = this.run.days[d]!.startMs + this.rng.int(10 * 3600, 17 * 3600) * 1000;
        this.out.push(this.messages.identify(person, t, { email: `${person.userId}@example.com`, name: personName(this.rng, profile.country), city: event.city, country: profile.country, source: 'offline' }));
        const context = { ...this.messages.serverContext(), campaign: { name: event.id, source: event.name, medium: OFFLINE_EVENT_MEDIUM[event.type] } };
        this.out.push(this.messages.record(person.userId, t + 60_000, EVENTS.eventAttended, { event_name: event.name, event_type: event.type, city: event.city }, context));
        this.roster.push(person);
        if (profile.b2b && this.rng.chance(0.35)) this.visits.qualifyLead(person, d, t + 3600_000, 'offline-event');
        if (this.rng.chance(0.45)) {
          person.visitsLeft = 1 + this.rng.geometric(profile.behaviour.visitsPerMember - 1);
          this.agenda.add(d + this.rng.int(1, 10), { kind: 'visit', person, arrival: null });
        }
        yield;
      }
    }
  }

  /** The brand tracker: panel respondents answer aided awareness and top of mind; campaigns lift both. */
  private surveyPanel(day: DemoDay): void {
    const { profile, scale } = this.run;
    const b = profile.behaviour;
    const lift = platformLift(profile, this.run.schedule, null, day.index);
    const respondents = this.rng.poisson(b.surveyPanelPerDay * scale);
    const place = { url: `${profile.site}/survey/brand`, path: '/survey/brand', referrer: '', title: 'Survey', search: '' };
    for (let i = 0; i < respondents; i++) {
      const person = newVisitor(this.rng, profile, profile.channels[0]!, `${this.run.tag}-panel`, ++this.panelN);
      const surveyId = `brand-tracker-${day.date.slice(0, 7)}`;
      const aware = this.rng.chance(Math.min(0.95, b.aidedAwareness * (1 + 0.15 * (lift - 1))));
      const topOfMind = aware && this.rng.chance(b.topOfMind / b.aidedAwareness);
      const t = day.startMs + this.secondOfDay() * 1000;
      this.out.push(this.messages.track(person, t, EVENTS.surveyAnswered, { survey_id: surveyId, question: 'aided-awareness', answer: aware ? 'yes' : 'no' }, place));
      this.out.push(this.messages.track(person, t + 25_000, EVENTS.surveyAnswered, { survey_id: surveyId, question: 'top-of-mind', answer: topOfMind ? 'yes' : 'no' }, place));
    }
  }

  /** Which campaign (or none: the channel's always-on tag) brought an arrival, in proportion to the lifts. */
  private campaignOf(channel: DemoChannel, d: number): string | null {
    const lifts = channelCampaignLifts(this.run.schedule, channel, d);
    if (lifts.length === 0) return null;
    let r = this.rng.next() * (1 + lifts.reduce((s, l) => s + l.lift, 0));
    if (r < 1) return null;
    r -= 1;
    for (const { campaign, lift } of lifts) {
      if (r < lift) return campaign.id;
      r -= lift;
    }
    return lifts[lifts.length - 1]!.campaign.id;
  }

  /** A second of the local day, following the company's hourly curve. */
  private secondOfDay(): number {
    const hourly = this.run.profile.hourly;
    const hour = this.rng.weighted(HOURS, (h) => hourly[h] ?? 0);
    return hour * 3600 + this.rng.int(0, 3599);
  }
}

const HOURS: readonly number[] = Array.from({ length: 24 }, (_, h) => h);

function emailChannel(campaign: string): DemoChannel {
  return { id: 'email', costLabel: 'e-mail', source: 'newsletter', medium: 'email', referrer: null, evergreenCampaign: campaign, dailyVisitors: 0, costPerVisitor: null, owner: 'user-ops', signupLift: 1, buyLift: 1.3, appShare: 0, reportsAds: false };
}

function offlineChannel(id: string, medium: string): DemoChannel {
  return { id: `offline-${id}`, costLabel: id, source: id, medium, referrer: null, evergreenCampaign: id, dailyVisitors: 0, costPerVisitor: null, owner: 'marketing-planning', signupLift: 1, buyLift: 1.4, appShare: 0, reportsAds: false };
}
