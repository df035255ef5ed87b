import { EMPTY_CAMPAIGN, type CampaignFields, type StoredEvent } from '@marketops/core';
import { createRng } from '../../generate';
import { exponential, geometric, hex, pick, uuid, weighted, type Rng } from './random';
import { DATA_END_MS, DATA_START_MS, DAYS, DIRECT_SOURCE, EMAIL_SOURCE, MS_PER_DAY, SOURCES, WORKSPACE, type Source } from './world';

/**
 * A seeded, deterministic simulation of a web shop's visitors over six months, as the event
 * store holds them (the product's `StoredEvent`, already enriched), one person at a time.
 *
 * Each person arrives on a day of the span (slightly more towards the end: a growing shop) from
 * one of `SOURCES`, and comes back for a few more visits (Direct, the same source again, another
 * source, or the newsletter once signed up). Paid social, video and display visitors saw
 * `Ad Impression`s in the days before. A visit is a landing page view, more page views and
 * e-commerce track calls; about a third of the people sign up on a visit (`Pricing` page, then
 * `Signed Up` with their new userId and an `identify`), some of them check out and buy at once,
 * and people who signed up buy again on later visits (repeat purchases, CNY or USD revenue).
 * Some come back on a second device, anonymous until they sign in there.
 *
 * As the product's enrichment stores them: only the calls made on the landing page carry the
 * visit's UTM fields, click id and channel; later page views are internal navigation, so their
 * channel is `Direct` (session-level attribution is the analyses' job, see traffic-source.ts).
 *
 * Same seed and person index, same events, whatever else is generated: each person has their own
 * random sequence. Events before the span's start or after its end are dropped.
 */

const HOST = 'https://shop.example.cn';
const PAGES: readonly (readonly [weight: number, name: string, path: string, title: string])[] = [
  [18, 'Home', '/', 'Example Shop — 生活好物'],
  [26, 'Product', '/products/', 'Example Shop'],
  [10, 'Category', '/collections/summer', 'Summer collection'],
  [8, 'Blog', '/blog/how-we-source-our-tea', 'How we source our tea'],
  [6, 'Search', '/search', 'Search results'],
  [6, 'Cart', '/cart', 'Your cart'],
  [3, 'Help', '/help/shipping', 'Shipping and returns'],
];
const LANDING_PAGES: readonly (readonly [number, string])[] = [
  [35, 'Home'],
  [40, 'Product'],
  [12, 'Category'],
  [13, 'Blog'],
];
const PRODUCTS: readonly (readonly [id: string, name: string, price: number])[] = [
  ['p-1001', 'Wireless Earbuds Pro', 499],
  ['p-1002', 'Smart Kettle', 239],
  ['p-1003', 'Matcha Starter Set', 128],
  ['p-1004', 'Travel Mug 450 ml', 89],
  ['p-1005', 'USB-C Fast Charger', 149],
  ['p-1006', 'Linen Tote Bag', 59],
  ['p-1007', 'Pour-over Coffee Kit', 329],
  ['p-1008', 'Desk Lamp', 199],
];
const USER_AGENTS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/124.0.0.0 Mobile Safari/537.36',
];
const PLANS = ['free', 'free', 'starter', 'pro'];
const CITIES = ['Shanghai', 'Shenzhen', 'Beijing', 'Hangzhou', 'Chengdu', 'Guangzhou'];
const LIBRARY = { name: 'analytics.js', version: 'npm:next-1.70.0' };
/** Weights of the local hour of day (Shanghai) at which visits start. */
const HOUR_WEIGHTS = [2, 1, 1, 1, 1, 1, 2, 4, 6, 8, 9, 9, 8, 8, 8, 8, 8, 8, 9, 11, 12, 12, 9, 5];

const HOURS: readonly (readonly [number, number])[] = HOUR_WEIGHTS.map((w, h) => [w, h] as const);
const SOURCE_TABLE: readonly (readonly [number, Source])[] = SOURCES.map((s) => [s.weight, s] as const);

interface Device {
  readonly anonymousId: string;
  readonly userAgent: string;
  readonly ip: string;
}

interface Visit {
  readonly source: Source;
  readonly campaign: string | null;
  readonly clickIds: Readonly<Record<string, string>>;
}

/** One person's simulation: their devices, identity so far, and the events made. */
class Person {
  readonly events: StoredEvent[] = [];
  userId: string | null = null;
  /** On a second device before signing in there: calls carry no userId yet. */
  signedOut = false;
  #count = 0;
  #orders = 0;

  constructor(
    readonly index: number,
    readonly rng: Rng,
    readonly seed: number,
  ) {}

  device(): Device {
    const rng = this.rng;
    return { anonymousId: uuid(rng), userAgent: pick(rng, USER_AGENTS), ip: `${1 + Math.floor(rng() * 222)}.${Math.floor(rng() * 256)}.${Math.floor(rng() * 256)}.${1 + Math.floor(rng() * 253)}` };
  }

  nextOrderId(): string {
    this.#orders += 1;
    return `o-${this.seed}-${this.index.toString(36)}-${this.#orders}`;
  }

  /** One stored event; `visit` non-null: the call carries the visit's campaign (landing page). */
  emit(
    device: Device,
    ts: number,
    type: StoredEvent['type'],
    event: string | null,
    page: { readonly url: string; readonly path: string; readonly title: string; readonly referrer: string | null },
    visit: Visit | null,
    properties: Record<string, unknown>,
    extra: { readonly traits?: Record<string, unknown>; readonly revenue?: number; readonly currency?: string; readonly userId?: string | null } = {},
  ): void {
    if (ts < DATA_START_MS || ts >= DATA_END_MS) return;
    this.#count += 1;
    const rng = this.rng;
    const campaign: CampaignFields =
      visit === null || visit.source.utmSource === null
        ? EMPTY_CAMPAIGN
        : { ...EMPTY_CAMPAIGN, source: visit.source.utmSource, medium: visit.source.utmMedium, name: visit.campaign, content: visit.campaign === null ? null : pick(rng, ['banner-a', 'banner-b', 'video-15s']) };
    const context: Record<string, unknown> = {
      ip: device.ip,
      library: LIBRARY,
      locale: 'zh-CN',
      userAgent: device.userAgent,
      page: { path: page.path, referrer: page.referrer ?? '', title: page.title, url: page.url },
    };
    if (campaign.source !== null) context.campaign = { source: campaign.source, medium: campaign.medium, name: campaign.name, content: campaign.content };
    const timestamp = new Date(ts);
    const userId = extra.userId !== undefined ? extra.userId : this.signedOut ? null : this.userId;
    this.events.push({
      workspaceId: WORKSPACE,
      messageId: `${uuid(rng)}`,
      type,
      event,
      category: null,
      userId,
      anonymousId: device.anonymousId,
      groupId: null,
      previousId: null,
      timestamp,
      originalTimestamp: timestamp,
      sentAt: new Date(ts + 400 + Math.floor(rng() * 1_600)),
      receivedAt: new Date(ts + 600 + Math.floor(rng() * 2_400)),
      channel: visit === null ? 'Direct' : visit.source.channel,
      campaign,
      clickIds: visit === null ? {} : visit.clickIds,
      pageUrl: page.url,
      pagePath: page.path,
      referrer: page.referrer,
      revenue: extra.revenue ?? null,
      currency: extra.currency ?? null,
      properties,
      traits: extra.traits ?? {},
      context,
      warnings: [],
    });
  }

  get count(): number {
    return this.#count;
  }
}

/** What happens on one visit besides browsing. */
interface VisitPlan {
  readonly signUp: boolean;
  readonly signInFirst: boolean;
  readonly buy: boolean;
}

/**
 * The events of person `index` (unsorted; the caller sorts by time), clipped to the span.
 *
 * @example simulatePerson(42, 0).length // about 15 on average
 */
export function simulatePerson(seed: number, index: number): StoredEvent[] {
  const rng = createRng((Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const person = new Person(index, rng, seed);
  const acquisition = weighted(rng, SOURCE_TABLE);
  // Arrival day: density rising linearly by half over the span (inverse CDF of 1 + t/2).
  const u = rng();
  const t = (-1 + Math.sqrt(1 + 1.25 * u)) / 0.5; // solves t + t²/4 = 1.25u, t in [0, 1]
  const firstDay = Math.min(DAYS - 1, Math.floor(t * DAYS));
  const firstMs = dayStart(firstDay) + visitTimeOfDay(rng);
  const visits = 1 + Math.min(24, geometric(rng, 0.38));
  const signsUp = rng() < 0.33;
  const signUpVisit = signsUp ? (rng() < 0.55 ? 0 : Math.floor(rng() * visits)) : -1;
  const devices = [person.device()];
  const secondDevice = rng() < 0.3 ? person.device() : null;
  let secondDeviceUsed = false;

  // Ads seen before the first visit, from the source that brought the person.
  const firstVisit = visitOf(rng, acquisition);
  if (acquisition.impressions) {
    const n = 1 + Math.floor(rng() * 5);
    for (let i = 0; i < n; i++) adImpression(person, devices[0] as Device, firstMs - Math.floor(exponential(rng, 3 * MS_PER_DAY)) - 60_000, firstVisit);
  }

  let ts = firstMs;
  for (let v = 0; v < visits; v++) {
    if (v > 0) {
      ts += Math.floor(exponential(rng, 6 * MS_PER_DAY)) + 3_600_000;
      if (ts >= DATA_END_MS) break;
    }
    const identified = person.userId !== null;
    const source = v === 0 ? acquisition : returningSource(rng, acquisition, identified);
    const visit = v === 0 ? firstVisit : visitOf(rng, source);
    // Retargeting: people who have not bought see display ads between visits.
    if (v > 0 && rng() < 0.2) {
      const retargeting = visitOf(rng, SOURCES.find((s) => s.channel === 'Display') as Source, 'retargeting-q2');
      for (let i = 0, n = 1 + Math.floor(rng() * 3); i < n; i++) adImpression(person, devices[0] as Device, ts - Math.floor(rng() * 4 * MS_PER_DAY) - 60_000, retargeting);
    }
    let device = devices[0] as Device;
    let signInFirst = false;
    if (identified && secondDevice !== null && rng() < 0.5) {
      device = secondDevice;
      signInFirst = !secondDeviceUsed;
      secondDeviceUsed = true;
    }
    const plan: VisitPlan = { signUp: v === signUpVisit, signInFirst, buy: identified && rng() < 0.25 };
    ts = browse(person, device, ts, visit, plan);
  }
  return person.events;
}

/** One visit; returns the time of its last event. */
function browse(person: Person, device: Device, start: number, visit: Visit, plan: VisitPlan): number {
  const rng = person.rng;
  let ts = start;
  const landingName = weighted(rng, LANDING_PAGES);
  let page = pageOf(rng, landingName, visit);
  const landing = { ...page, referrer: visit.source.referrer };
  person.signedOut = plan.signInFirst;
  if (visit.source.cost !== null && rng() < 0.5) person.emit(device, ts - 800, 'track', 'Ad Clicked', landing, visit, { ad_campaign: visit.campaign, placement: pick(rng, ['feed', 'search', 'splash']) });
  person.emit(device, ts, 'page', landingName, landing, visit, pageProperties(landing));
  onPage(person, device, ts, landingName, landing, visit);
  if (plan.signInFirst) {
    ts += step(rng);
    person.signedOut = false;
    person.emit(device, ts, 'track', 'Signed In', page, null, { method: pick(rng, ['password', 'wechat', 'sms-code']) });
  }
  const pages = 1 + geometric(rng, 0.3);
  const pricingAt = plan.signUp || rng() < (person.userId === null ? 0.18 : 0.06) ? Math.floor(rng() * pages) : -1;
  for (let i = 0; i < pages; i++) {
    ts += step(rng);
    const previous = page.url;
    if (i === pricingAt) {
      page = { url: `${HOST}/pricing`, path: '/pricing', title: 'Plans and pricing', referrer: previous };
      person.emit(device, ts, 'page', 'Pricing', page, null, pageProperties(page));
      if (plan.signUp) ts = signUp(person, device, ts, page);
      continue;
    }
    const name = weighted(rng, PAGES.map(([w, n]) => [w, n] as const));
    page = { ...pageOf(rng, name, null), referrer: previous };
    person.emit(device, ts, 'page', name, page, null, pageProperties(page));
    onPage(person, device, ts, name, page, null);
  }
  if (plan.buy) ts = checkout(person, device, ts + step(rng), page, rng() < 0.7);
  return ts;
}

/** `Signed Up` (the person gets their userId), `identify`, and sometimes an order right away. */
function signUp(person: Person, device: Device, at: number, page: PageRef): number {
  const rng = person.rng;
  let ts = at + 10_000 + Math.floor(rng() * 240_000);
  person.userId = `u-${person.seed}-${person.index.toString(36)}`;
  const signup = { url: `${HOST}/signup`, path: '/signup', title: 'Create your account', referrer: page.url };
  const plan = pick(rng, PLANS);
  person.emit(device, ts, 'track', 'Signed Up', signup, null, { method: pick(rng, ['email', 'wechat', 'phone']), plan });
  person.emit(device, ts + 150, 'identify', null, signup, null, {}, {
    traits: { email: `${person.userId}@example.com`, plan, city: pick(rng, CITIES), createdAt: new Date(ts).toISOString(), segment: rng() < 0.4 ? 'target' : 'other' },
  });
  if (rng() < 0.35) ts = checkout(person, device, ts + 60_000 + Math.floor(rng() * 1_200_000), signup, rng() < 0.75);
  return ts;
}

/** `Checkout Started`, then `Order Completed` with revenue when `completes`. */
function checkout(person: Person, device: Device, at: number, from: PageRef, completes: boolean): number {
  const rng = person.rng;
  const [id, name, price] = pick(rng, PRODUCTS);
  const quantity = 1 + geometric(rng, 0.7);
  const page = { url: `${HOST}/checkout`, path: '/checkout', title: 'Checkout', referrer: from.url };
  const orderId = person.nextOrderId();
  const usd = rng() < 0.18;
  const total = usd ? Math.round((price * quantity * 100) / 7.1) / 100 : price * quantity;
  const currency = usd ? 'USD' : 'CNY';
  person.emit(device, at, 'track', 'Checkout Started', page, null, { order_id: orderId, value: total, currency, products: [{ product_id: id, quantity }] });
  if (!completes) return at;
  const ts = at + 30_000 + Math.floor(rng() * 600_000);
  person.emit(device, ts, 'track', 'Order Completed', { ...page, url: `${HOST}/checkout/done`, path: '/checkout/done' }, null, {
    order_id: orderId,
    revenue: total,
    currency,
    products: [{ product_id: id, name, price: usd ? Math.round((price * 100) / 7.1) / 100 : price, quantity }],
    payment: pick(rng, ['alipay', 'wechat-pay', 'card']),
  }, { revenue: total, currency });
  return ts;
}

/** Track calls made on a page: product views, adds to cart, likes. */
function onPage(person: Person, device: Device, ts: number, name: string, page: PageRef, visit: Visit | null): void {
  const rng = person.rng;
  if (name === 'Product') {
    const [id, productName, price] = PRODUCTS.find(([pid]) => page.path.endsWith(pid)) ?? (PRODUCTS[0] as (typeof PRODUCTS)[number]);
    person.emit(device, ts + 1_200, 'track', 'Product Viewed', page, visit, { product_id: id, name: productName, price, currency: 'CNY' });
    if (rng() < 0.15) person.emit(device, ts + 20_000 + Math.floor(rng() * 60_000), 'track', 'Product Added', page, visit, { product_id: id, price, quantity: 1 });
  } else if (name === 'Blog' && rng() < 0.1) {
    person.emit(device, ts + 45_000, 'track', 'Content Liked', page, visit, { article: page.path });
  } else if (name === 'Search') {
    person.emit(device, ts + 800, 'track', 'Products Searched', page, visit, { query: pick(rng, ['earbuds', '电热水壶', '抹茶', 'travel mug', 'charger']) });
  }
}

function adImpression(person: Person, device: Device, ts: number, visit: Visit): void {
  const rng = person.rng;
  const page = { url: `${HOST}/`, path: '/', title: 'Ad', referrer: null };
  person.emit(device, ts, 'track', 'Ad Impression', page, visit, { ad_campaign: visit.campaign, creative: pick(rng, ['banner-a', 'banner-b', 'video-15s']), platform: visit.source.utmSource }, { userId: null });
}

interface PageRef {
  readonly url: string;
  readonly path: string;
  readonly title: string;
  readonly referrer: string | null;
}

function pageOf(rng: Rng, name: string, visit: Visit | null): PageRef {
  const entry = PAGES.find(([, n]) => n === name) ?? (PAGES[0] as (typeof PAGES)[number]);
  const path = name === 'Product' ? `${entry[2]}${pick(rng, PRODUCTS)[0]}` : entry[2];
  const title = name === 'Product' ? `${entry[3]} — ${path.slice(10)}` : entry[3];
  let url = `${HOST}${path}`;
  if (visit !== null && visit.source.utmSource !== null) {
    const query = [`utm_source=${visit.source.utmSource}`, `utm_medium=${visit.source.utmMedium}`];
    if (visit.campaign !== null) query.push(`utm_campaign=${encodeURIComponent(visit.campaign)}`);
    for (const [k, v] of Object.entries(visit.clickIds)) query.push(`${k}=${v}`);
    url += `?${query.join('&')}`;
  }
  return { url, path, title, referrer: null };
}

function pageProperties(page: PageRef): Record<string, unknown> {
  return { path: page.path, referrer: page.referrer ?? '', title: page.title, url: page.url };
}

function visitOf(rng: Rng, source: Source, campaign?: string): Visit {
  let name = campaign ?? (source.campaigns.length === 0 ? null : pick(rng, source.campaigns));
  // Why: people type campaign names by hand; the analyses group them ignoring case.
  if (name !== null && rng() < 0.04) name = name.charAt(0).toUpperCase() + name.slice(1);
  return { source, campaign: name, clickIds: source.clickId === null ? {} : { [source.clickId]: hex(rng, 24) } };
}

function returningSource(rng: Rng, acquisition: Source, identified: boolean): Source {
  const r = rng();
  if (identified && r < 0.2) return EMAIL_SOURCE;
  if (r < 0.55) return DIRECT_SOURCE;
  if (r < 0.75) return acquisition;
  return weighted(rng, SOURCE_TABLE);
}

const step = (rng: Rng): number => 5_000 + Math.floor(exponential(rng, 40_000));

function dayStart(day: number): number {
  return DATA_START_MS + day * MS_PER_DAY;
}

/** Milliseconds after local midnight (Shanghai has no DST, so the day is 24 h). */
function visitTimeOfDay(rng: Rng): number {
  return weighted(rng, HOURS) * 3_600_000 + Math.floor(rng() * 3_600_000);
}

/**
 * People after people from index 0, until exactly `total` events: the last person's latest
 * events are cut. Each yielded array is one person's events sorted by time.
 */
export function* generatePeople(seed: number, total: number): Generator<StoredEvent[]> {
  let emitted = 0;
  for (let index = 0; emitted < total; index++) {
    const events = simulatePerson(seed, index).sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
    if (events.length === 0) continue;
    const take = Math.min(events.length, total - emitted);
    emitted += take;
    yield take === events.length ? events : events.slice(0, take);
  }
}
