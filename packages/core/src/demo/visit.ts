import type { SegmentMessage } from '../ingestion/message';
import { EVENTS } from '../metrics/vocabulary';
import type { DemoAgenda, DemoArrival } from './agenda';
import type { DemoMessages, PagePlace } from './messages';
import { newVisitor, personName, type DemoPerson } from './people';
import { OUTLET_REFERRER, type DemoChannel, type DemoPage, type DemoProduct } from './profile';
import type { DemoRandom } from './random';
import type { DemoContent, DemoMention } from './records';
import type { DemoRun } from './run';

/** Ad click ids the platforms append to landing URLs (read by ingestion's campaign step). */
const CLICK_IDS: Readonly<Record<string, string>> = { google: 'gclid', baidu: 'bd_vid', facebook: 'fbclid', tiktok: 'ttclid', x: 'twclid' };
const SIGNUP_METHODS: Readonly<Record<string, readonly string[]>> = { CN: ['phone', 'wechat', 'phone'], JP: ['email', 'line', 'apple'], MX: ['email', 'google', 'facebook'] };
const BUSINESS_TYPES = ['restaurant', 'retail', 'beauty', 'education', 'clinic', 'fitness', 'pharma', 'entertainment', 'services'];

/** What a visit simulator needs besides the person: the run, the dice, where messages go, what is published. */
export interface VisitDeps {
  readonly run: DemoRun;
  readonly rng: DemoRandom;
  readonly messages: DemoMessages;
  readonly out: SegmentMessage[];
  readonly agenda: DemoAgenda;
  /** Members signed up so far (the e-mail roster). */
  readonly roster: DemoPerson[];
  /** Content and mentions published up to the current day. */
  readonly published: () => { readonly content: readonly DemoContent[]; readonly mentions: readonly DemoMention[] };
  /** Next number for ids of people, orders, posts and referral codes. */
  readonly next: (counter: 'person' | 'order' | 'post' | 'code') => number;
}

/**
 * One visit of one person: landing (with the campaign on the URL), pages, content, products,
 * activities, and the journey's steps when they happen: install, sign-up, lead, order,
 * invitation, community post. Later consequences (return visits, refunds, surveys, invited
 * friends, a lead's purchase) go on the agenda.
 */
export class VisitSimulator {
  constructor(private readonly deps: VisitDeps) {}

  /** Simulates a visit starting `second` seconds after local midnight of day `day`. */
  visit(person: DemoPerson, day: number, second: number, arrival: DemoArrival | null, intent?: 'buy'): void {
    const { run, rng, messages, out } = this.deps;
    const b = run.profile.behaviour;
    let t = run.days[day]!.startMs + second * 1000;
    const step = () => (t += rng.int(6, 110) * 1000);
    const firstVisit = person.userId === null && person.orders === 0;
    const inApp = person.deviceId !== null && arrival === null;

    let place: PagePlace | null = null;
    if (inApp) {
      out.push(messages.screen(person, t, 'Home'));
    } else {
      place = this.landing(person, t, arrival);
    }
    if (arrival !== null && !intent && person.invitedBy === null && rng.chance(b.bounceRate)) return;

    // Browsing: pages (or screens), content and products.
    const pages = 1 + rng.geometric(Math.max(0, b.pagesPerVisit - 1));
    for (let i = 0; i < pages; i++) {
      step();
      place = this.browse(person, t, place, inApp);
    }
    // A mobile web visitor may install the app; from then on the person visits in the app.
    if (person.deviceId === null && person.device !== 'desktop' && rng.chance(b.installRate * (0.5 + person.channel.appShare))) {
      person.deviceId = `${run.tag}-d${person.n.toString(36)}`;
      out.push(messages.track(person, step(), EVENTS.applicationInstalled, { version: '3.2.0', build: '320' }, null));
    }
    // Why `place` from here on: null in the app (app context), else the web page the person is on.
    const goal = this.joinActivities(person, day, step, place);
    if (person.userId === null) {
      let p = b.signupRate * person.channel.signupLift * (goal === 'Signed Up' ? 1.6 : 1);
      if (person.invitedBy !== null) p = b.inviteSignupRate;
      if (!rng.chance(Math.min(0.9, p))) {
        if (firstVisit && rng.chance(b.anonymousReturnRate)) this.deps.agenda.add(day + rng.int(1, 14), { kind: 'visit', person, arrival: null });
        return;
      }
      this.signUp(person, day, step, place);
    }
    let buy = (person.orders === 0 ? b.firstBuyRate : b.repeatBuyRate) * person.channel.buyLift * (goal === 'Order Completed' ? 1.7 : 1);
    if (intent === 'buy') buy = 1;
    if (rng.chance(Math.min(0.95, buy))) this.order(person, day, step, place);
    if (person.orders > 0 && rng.chance(b.referralRate)) this.invite(person, day, step(), place);
    if (rng.chance(b.postRate)) out.push(messages.track(person, step(), EVENTS.postCreated, { post_id: `${run.tag}-post${this.deps.next('post')}` }, place));
  }

  /** The landing page: URL with utm parameters and a click id, referrer of the channel. */
  private landing(person: DemoPerson, t: number, arrival: DemoArrival | null): PagePlace {
    const { run, rng, messages, out } = this.deps;
    const profile = run.profile;
    const page = arrival === null ? profile.pages[0]! : rng.pick(profile.pages.filter((p) => p.kind !== 'signup'));
    const params: string[] = [];
    let campaign: Record<string, string> | undefined;
    let referrer = '';
    if (arrival !== null) {
      const ch = arrival.channel;
      if (ch.source !== null && ch.medium !== null) {
        const name = arrival.campaign ?? ch.evergreenCampaign ?? 'always-on';
        campaign = { name, source: ch.source, medium: ch.medium };
        params.push(`utm_source=${encodeURIComponent(ch.source)}`, `utm_medium=${encodeURIComponent(ch.medium)}`, `utm_campaign=${encodeURIComponent(name)}`);
        if (ch.reportsAds) {
          const adId = `${name}-ad${rng.int(1, 6)}`;
          campaign.content = adId;
          params.push(`utm_content=${encodeURIComponent(adId)}`);
          const clickId = CLICK_IDS[ch.source];
          if (clickId) params.push(`${clickId}=${run.tag}${rng.int(100000, 999999)}`);
          if (rng.chance(0.5)) out.push(messages.track(person, t - rng.int(60, 3600) * 1000, EVENTS.adImpression, { ad_id: adId, placement: ch.id }, null));
          out.push(messages.track(person, t - 2000, EVENTS.adClicked, { ad_id: adId }, null));
        }
      }
      if (arrival.referralCode !== undefined) params.push(`ref=${arrival.referralCode}`);
      referrer = this.referrerOf(arrival);
    }
    const search = params.length > 0 ? `?${params.join('&')}` : '';
    const place: PagePlace = { url: `${profile.site}${page.path}${search}`, path: page.path, referrer, title: page.title, search };
    out.push(messages.page(person, t, pageName(page), place, {}, campaign));
    if (page.kind === 'product' || page.kind === 'store') this.viewProduct(person, t + 1500, place);
    return place;
  }

  private referrerOf(arrival: DemoArrival): string {
    const ref = arrival.channel.referrer;
    if (ref === null) return '';
    if (ref !== OUTLET_REFERRER) return ref;
    const mentions = this.deps.published().mentions;
    // Why recent mentions: coverage sends readers in the days after it appears.
    const recent = mentions.length > 0 ? mentions[mentions.length - 1 - Math.min(mentions.length - 1, this.deps.rng.geometric(3))] : undefined;
    return recent?.url ?? `${this.deps.run.profile.outlets[0]!.origin}/`;
  }

  /** One more page (or screen): content (with likes, comments, saves, shares), a product, the store. */
  private browse(person: DemoPerson, t: number, from: PagePlace | null, inApp: boolean): PagePlace | null {
    const { run, rng, messages, out } = this.deps;
    const b = run.profile.behaviour;
    const content = this.deps.published().content;
    const roll = rng.next();
    if (roll < 0.35 && content.length > 0) {
      const piece = content[content.length - 1 - Math.min(content.length - 1, rng.geometric(6))]!;
      let place = from;
      if (inApp) out.push(messages.screen(person, t, 'Article', { content_id: piece.id, title: piece.title }));
      else {
        place = this.moveTo(from, piece.path, piece.title);
        out.push(messages.page(person, t, 'Article', place, { content_id: piece.id }));
      }
      if (rng.chance(b.contentInteractionRate)) {
        const event = rng.weighted([EVENTS.contentLiked, EVENTS.contentSaved, EVENTS.contentCommented], (e) => (e === EVENTS.contentLiked ? 6 : e === EVENTS.contentSaved ? 3 : 1));
        out.push(messages.track(person, t + rng.int(20, 200) * 1000, event, { content_id: piece.id }, inApp ? null : place));
      }
      if (rng.chance(b.shareRate)) {
        out.push(messages.track(person, t + rng.int(20, 240) * 1000, EVENTS.contentShared, { content_id: piece.id, share_via: rng.pick(run.profile.shareVia) }, inApp ? null : place));
      }
      return place;
    }
    const page = roll < 0.7 ? rng.pick(run.profile.pages.filter((p) => p.kind === 'product' || p.kind === 'store')) : rng.pick(run.profile.pages);
    let place = from;
    if (inApp) out.push(messages.screen(person, t, pageName(page)));
    else {
      place = this.moveTo(from, page.path, page.title);
      out.push(messages.page(person, t, pageName(page), place, {}));
    }
    if (page.kind === 'product' || page.kind === 'store') this.viewProduct(person, t + 1500, place);
    return place;
  }

  private moveTo(from: PagePlace | null, path: string, title: string): PagePlace {
    const site = this.deps.run.profile.site;
    return { url: `${site}${path}`, path, referrer: from?.url ?? '', title, search: '' };
  }

  private viewProduct(person: DemoPerson, t: number, place: PagePlace | null): DemoProduct {
    const { run, rng, messages, out } = this.deps;
    const product = rng.pick(run.profile.products);
    out.push(messages.track(person, t, EVENTS.productViewed, { product_id: product.id, name: product.name, category: product.category, price: product.price, currency: run.profile.currency }, person.deviceId !== null && place === null ? null : place));
    return product;
  }

  /** Joins the activities running today (once each); returns the goal of one joined now or before. */
  private joinActivities(person: DemoPerson, day: number, step: () => number, place: PagePlace | null): string | null {
    const { run, rng, messages, out } = this.deps;
    let goal: string | null = null;
    for (const activity of run.schedule.activities) {
      if (day < activity.startDay || day > activity.endDay) continue;
      if (person.activities?.includes(activity.id)) {
        goal = activity.goalEvent;
        continue;
      }
      if (!rng.chance(activity.joinRate)) continue;
      (person.activities ??= []).push(activity.id);
      out.push(messages.track(person, step(), EVENTS.activityJoined, { activity_id: activity.id, name: activity.name }, place));
      goal = activity.goalEvent;
    }
    return goal;
  }

  private signUp(person: DemoPerson, day: number, step: () => number, place: PagePlace | null): void {
    const { run, rng, messages, out, agenda } = this.deps;
    const profile = run.profile;
    const b = profile.behaviour;
    person.userId = `${run.tag}-u${person.n.toString(36)}`;
    const signupPage = profile.pages.find((p) => p.kind === 'signup')!;
    let where = place;
    if (place !== null) {
      where = this.moveTo(place, signupPage.path, signupPage.title);
      out.push(messages.page(person, step(), pageName(signupPage), where, {}));
    }
    const t = step();
    // Why some businesses at B2C companies too: arcades and clinics buy headsets and plans.
    const company = rng.chance(profile.b2b ? 0.7 : 0.05) ? { name: `${personName(rng, profile.country)} ${rng.pick(BUSINESS_TYPES)}`, industry: rng.pick(BUSINESS_TYPES) } : null;
    out.push(
      messages.identify(person, t, {
        email: `${person.userId}@example.com`,
        name: personName(rng, profile.country),
        city: person.city,
        country: profile.country,
        locale: person.locale,
        created_at: new Date(t).toISOString(),
        ...(company ? { company: company.name, industry: company.industry } : {}),
      }),
    );
    const invited = person.invitedBy;
    out.push(
      messages.track(person, t + 500, EVENTS.signedUp, {
        method: rng.pick(SIGNUP_METHODS[profile.country] ?? ['email']),
        ...(invited ? { referrer_id: invited.userId, referral_code: invited.code } : {}),
      }, where),
    );
    if (person.deviceId !== null) out.push(messages.alias(person, t + 800));
    if (company) out.push(messages.group(person, t + 900, `${run.tag}-org${person.n.toString(36)}`, { name: company.name, industry: company.industry, plan: 'self-serve' }));
    // Sales: a share of new members is qualified and handed over; some of them buy within 90 days.
    if (rng.chance(b.leadRate * (company ? 1.5 : 1))) this.qualifyLead(person, day, t + 60_000, 'website');
    this.deps.roster.push(person);
    person.visitsLeft = 1 + rng.geometric(Math.max(0, b.visitsPerMember - 1));
    agenda.add(day + 1 + rng.geometric(b.daysBetweenVisits - 1), { kind: 'visit', person, arrival: null });
  }

  /** "Lead Qualified" (by the sales team's CRM), and maybe a purchase within 90 days. */
  qualifyLead(person: DemoPerson, day: number, t: number, source: string): void {
    const { run, rng, messages, out, agenda } = this.deps;
    if (person.lead || person.userId === null) return;
    person.lead = true;
    out.push(messages.record(person.userId, t, EVENTS.leadQualified, { lead_source: source }));
    if (rng.chance(run.profile.behaviour.leadCloseRate)) agenda.add(day + 1 + rng.int(0, 45), { kind: 'visit', person, arrival: null, intent: 'buy' });
  }

  private order(person: DemoPerson, day: number, step: () => number, place: PagePlace | null): void {
    const { run, rng, messages, out, agenda } = this.deps;
    const profile = run.profile;
    const b = profile.behaviour;
    const items = 1 + rng.geometric(b.itemsPerOrder - 1);
    const products = [];
    let total = 0;
    for (let i = 0; i < items; i++) {
      const product = this.viewProduct(person, step(), place);
      const quantity = rng.chance(0.85) ? 1 : 2;
      total += product.price * quantity;
      products.push({ product_id: product.id, name: product.name, price: product.price, quantity });
    }
    const orderId = `${run.tag}-o${this.deps.next('order').toString(36)}`;
    out.push(messages.track(person, step(), EVENTS.orderCompleted, { order_id: orderId, total, revenue: total, currency: profile.currency, products }, place));
    person.orders++;
    if (rng.chance(b.refundRate)) agenda.add(day + rng.int(2, 10), { kind: 'refund', person, orderId, total });
    if (rng.chance(b.csatRate)) agenda.add(day + rng.int(1, 4), { kind: 'survey', person, question: 'csat' });
    if (rng.chance(b.npsRate)) agenda.add(day + rng.int(5, 14), { kind: 'survey', person, question: 'nps' });
  }

  /** "Referral Sent", and perhaps the friend's arrival through the link a few days later. */
  invite(person: DemoPerson, day: number, t: number, place: PagePlace | null): void {
    const { run, rng, messages, out, agenda } = this.deps;
    if (person.userId === null) return;
    const via = rng.pick(run.profile.shareVia);
    const code = person.referralCode ?? `${run.tag.slice(0, 3).toUpperCase()}${this.deps.next('code').toString(36).toUpperCase()}`;
    person.referralCode = code;
    out.push(messages.track(person, t, EVENTS.referralSent, { referral_code: code, channel: via }, place));
    if (!rng.chance(run.profile.behaviour.inviteArrivalRate)) return;
    const channel = referralChannel(via);
    const friend = newVisitor(rng, run.profile, channel, run.tag, this.deps.next('person'));
    friend.invitedBy = { userId: person.userId, code };
    agenda.add(day + rng.int(0, 5), { kind: 'visit', person: friend, arrival: { channel, campaign: 'referral-programme', referralCode: code } });
  }
}

/** The channel invited friends arrive by: the inviter's share link on a messenger or social app. */
export function referralChannel(via: string): DemoChannel {
  return {
    id: `referral-${via}`,
    costLabel: 'referral',
    source: via,
    medium: 'referral',
    referrer: null,
    evergreenCampaign: 'referral-programme',
    dailyVisitors: 0,
    costPerVisitor: null,
    owner: 'after-sales',
    signupLift: 1,
    buyLift: 1.2,
    appShare: 0.6,
    reportsAds: false,
  };
}

function pageName(page: DemoPage): string {
  return page.kind === 'home' ? 'Home' : page.kind === 'product' ? 'Product' : page.kind === 'store' ? 'Store' : page.kind === 'signup' ? 'Sign Up' : 'Page';
}
