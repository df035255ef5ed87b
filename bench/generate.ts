/**
 * A seeded, deterministic generator of realistic Segment batches for the ingestion benchmark.
 *
 * The mix follows what a web + app shop sends through analytics.js, the mobile SDKs and
 * `@segment/analytics-node`: 55% track (e-commerce and engagement events, ~8% of them
 * `Order Completed` with revenue and currency), 30% page (context.page with url, path, referrer,
 * title and, on a share of landings, utm_* parameters from Western, Chinese and Japanese
 * platforms), 10% identify (traits), 5% screen, group and alias. Every message has a unique
 * messageId, an anonymousId and/or userId drawn from a skewed population (a few visitors send a
 * lot), `originalTimestamp` and `sentAt`, and weighs roughly 0.5-1 KB as JSON.
 *
 * Same seed, same options: byte-identical batches. Times are fixed offsets from `baseTime`;
 * the server's clock-skew correction (`receivedAt - (sentAt - originalTimestamp)`) moves them to
 * the time of receipt, as it does for real devices with wrong clocks.
 *
 * @example
 * const batches = generateBatches({ seed: 42, batches: 10 }); // 10 × 100 messages
 * await fetch(url, { method: 'POST', body: JSON.stringify(batches[0]) });
 */

export interface GenerateOptions {
  /** Seed of the random sequence; the same seed gives the same batches. */
  readonly seed: number;
  /** Number of batches. */
  readonly batches: number;
  /** Messages per batch. Default 100. */
  readonly batchSize?: number;
  /** Known visitors (anonymous ids); about 35% of them are also signed-in users. Default 50,000. */
  readonly population?: number;
  /** Client time of the first message (ISO-8601). Default 2026-03-02T01:00:00.000Z. */
  readonly baseTime?: string;
  /** Prefix of the messageIds' last group, so that separate runs of one store never collide. Default 0. */
  readonly idSpace?: number;
}

/** `POST /v1/batch` body as `@segment/analytics-node` and analytics.js send it. */
export interface SegmentBatch {
  readonly batch: SegmentMessageJson[];
  readonly sentAt: string;
}

/** One generated message, as JSON-ready data. */
export type SegmentMessageJson = Record<string, unknown> & { readonly type: string; readonly messageId: string };

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; enough for synthetic data. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const hex = (rng: Rng, digits: number) => {
  let s = '';
  for (let i = 0; i < digits; i++) s += '0123456789abcdef'[Math.floor(rng() * 16)];
  return s;
};
/** Weighted choice: `[[weight, value], ...]`. */
function weighted<T>(rng: Rng, table: readonly (readonly [number, T])[]): T {
  const total = table.reduce((sum, [w]) => sum + w, 0);
  let r = rng() * total;
  for (const [w, value] of table) {
    if ((r -= w) < 0) return value;
  }
  return table[table.length - 1]![1];
}

/** Landing sources: [weight, utm_source, utm_medium, referrer host, campaign family]. */
const UTM_SOURCES: readonly (readonly [number, string, string, string, string])[] = [
  [14, 'google', 'cpc', 'https://www.google.com/', 'brand_search'],
  [8, 'google', 'organic', 'https://www.google.com/', 'seo'],
  [6, 'facebook', 'paid_social', 'https://m.facebook.com/', 'retargeting'],
  [4, 'instagram', 'social', 'https://l.instagram.com/', 'influencer'],
  [3, 'newsletter', 'email', 'https://mail.google.com/', 'weekly_digest'],
  [9, 'weibo', 'social', 'https://weibo.com/', 'spring_launch'],
  [9, 'wechat', 'social', 'https://mp.weixin.qq.com/', 'official_account'],
  [8, 'douyin', 'paid_video', 'https://www.douyin.com/', 'short_video'],
  [8, 'baidu', 'cpc', 'https://www.baidu.com/', 'brand_search'],
  [7, 'xiaohongshu', 'social', 'https://www.xiaohongshu.com/', 'kol_seeding'],
  [6, 'yahoo.co.jp', 'cpc', 'https://search.yahoo.co.jp/', 'jp_search'],
  [6, 'line', 'social', 'https://line.me/', 'line_official'],
  [3, 'bilibili', 'video', 'https://www.bilibili.com/', 'creator_collab'],
  [2, 'zhihu', 'referral', 'https://www.zhihu.com/', 'qa_answers'],
  [2, 'tmall', 'cpc', 'https://www.tmall.com/', 'shopping_festival'],
];
const REFERRERS_NO_UTM = ['', '', '', 'https://www.google.com/', 'https://www.baidu.com/', 'https://www.bing.com/', 'https://search.yahoo.co.jp/', 'https://t.co/', 'https://www.zhihu.com/question/58342211'];
const HOSTS = ['https://shop.example.com', 'https://www.example.cn', 'https://jp.example.com'];
const PAGES: readonly (readonly [string, string, string])[] = [
  ['/', 'Home', 'Example Shop — Everyday essentials'],
  ['/products/wireless-earbuds-pro', 'Product', 'Wireless Earbuds Pro | Example Shop'],
  ['/products/smart-kettle', 'Product', '智能电热水壶 | Example Shop'],
  ['/products/matcha-set', 'Product', '抹茶セット | Example Shop'],
  ['/collections/summer-sale', 'Collection', 'Summer Sale — up to 40% off'],
  ['/cart', 'Cart', 'Your cart'],
  ['/checkout', 'Checkout', 'Checkout'],
  ['/blog/how-we-source-our-tea', 'Article', 'How we source our tea'],
  ['/pricing', 'Pricing', 'Plans and pricing'],
  ['/signup', 'Signup', 'Create your account'],
];
const PRODUCTS: readonly (readonly [string, string, string, number])[] = [
  ['p-1001', 'Wireless Earbuds Pro', 'Audio', 499],
  ['p-1002', 'Smart Kettle', 'Kitchen', 239],
  ['p-1003', 'Matcha Starter Set', 'Tea', 128],
  ['p-1004', 'Travel Mug 450 ml', 'Kitchen', 89],
  ['p-1005', 'USB-C Fast Charger', 'Electronics', 149],
  ['p-1006', 'Linen Tote Bag', 'Accessories', 59],
];
const TRACK_EVENTS: readonly (readonly [number, string])[] = [
  [22, 'Product Viewed'],
  [12, 'Product Added'],
  [8, 'Cart Viewed'],
  [7, 'Checkout Started'],
  [8, 'Order Completed'],
  [9, 'Products Searched'],
  [10, 'Button Clicked'],
  [6, 'Signed Up'],
  [5, 'Video Played'],
  [5, 'Article Shared'],
  [4, 'Coupon Applied'],
  [4, 'Form Submitted'],
];
const CURRENCIES: readonly (readonly [number, string, number])[] = [
  [5, 'CNY', 1],
  [3, 'JPY', 21],
  [2, 'USD', 0.14],
];
const USER_AGENTS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1 Line/14.5.0',
];
const LOCALES = ['zh-CN', 'zh-CN', 'ja-JP', 'en-US', 'zh-TW', 'en-GB'];
const TIMEZONES = ['Asia/Shanghai', 'Asia/Shanghai', 'Asia/Tokyo', 'America/Los_Angeles', 'Asia/Taipei', 'Europe/London'];
const SCREENS = ['Home', 'Product Detail', 'Cart', 'Search Results', 'Order History', 'Settings'];
const SEARCH_TERMS = ['earbuds', '电热水壶', '抹茶', 'travel mug', 'charger 65w', 'トートバッグ'];
const PLANS = ['free', 'starter', 'pro', 'business'];
const CITIES: readonly (readonly [string, string])[] = [['Shanghai', 'CN'], ['Shenzhen', 'CN'], ['Beijing', 'CN'], ['Tokyo', 'JP'], ['Osaka', 'JP'], ['San Francisco', 'US']];
const COMPANIES = ['Acme Trading Co.', '上海示例科技有限公司', '株式会社サンプル', 'Globex Retail', 'Initech Foods'];

const WEB_LIBRARY = { name: 'analytics.js', version: 'npm:next-1.70.0' };
const SERVER_LIBRARY = { name: '@segment/analytics-node', version: '3.1.0' };
const IOS_LIBRARY = { name: 'analytics-swift', version: '1.5.11' };

interface Visitor {
  readonly anonymousId: string;
  readonly userId: string | null;
  readonly ua: string;
  readonly locale: string;
  readonly timezone: string;
  readonly ip: string;
}

/**
 * Generates `options.batches` batches of `batchSize` messages. Deterministic for a seed.
 */
export function generateBatches(options: GenerateOptions): SegmentBatch[] {
  const rng = createRng(options.seed);
  const batchSize = options.batchSize ?? 100;
  const populationSize = options.population ?? 50_000;
  const baseMs = Date.parse(options.baseTime ?? '2026-03-02T01:00:00.000Z');
  const idSpace = (options.idSpace ?? 0).toString(16).padStart(4, '0');
  const visitors = new Map<number, Visitor>();
  // Why a cache keyed by index: the population is large but only the drawn visitors need building.
  const visitor = (index: number): Visitor => {
    let v = visitors.get(index);
    if (!v) {
      const vr = createRng(options.seed ^ (index * 2654435761));
      const anonymousId = `${hex(vr, 8)}-${hex(vr, 4)}-4${hex(vr, 3)}-a${hex(vr, 3)}-${hex(vr, 12)}`;
      v = {
        anonymousId,
        userId: vr() < 0.35 ? `user_${(100_000 + index).toString(36)}` : null,
        ua: pick(vr, USER_AGENTS),
        locale: pick(vr, LOCALES),
        timezone: pick(vr, TIMEZONES),
        ip: `${int(vr, 1, 223)}.${int(vr, 0, 255)}.${int(vr, 0, 255)}.${int(vr, 1, 254)}`,
      };
      visitors.set(index, v);
    }
    return v;
  };

  const out: SegmentBatch[] = [];
  let counter = 0;
  for (let b = 0; b < options.batches; b++) {
    const batch: SegmentMessageJson[] = [];
    // Client clock: each batch is ~2 s after the previous; messages within it spread over ~10 s.
    const batchSentMs = baseMs + b * 2_000 + 10_000;
    for (let m = 0; m < batchSize; m++) {
      // Skewed draw: r² concentrates on low indexes, so some visitors are heavy users.
      const r = rng();
      const v = visitor(Math.floor(r * r * populationSize));
      const originalMs = batchSentMs - int(rng, 50, 10_000);
      const messageId = `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-b${idSpace.slice(0, 3)}-${idSpace.slice(3)}${(counter++).toString(16).padStart(11, '0')}`;
      batch.push(message(rng, v, messageId, new Date(originalMs).toISOString(), new Date(batchSentMs).toISOString()));
    }
    out.push({ batch, sentAt: new Date(batchSentMs).toISOString() });
  }
  return out;
}

function message(rng: Rng, v: Visitor, messageId: string, originalTimestamp: string, sentAt: string): SegmentMessageJson {
  const kind = weighted(rng, [
    [55, 'track'],
    [30, 'page'],
    [10, 'identify'],
    [2, 'screen'],
    [2, 'group'],
    [1, 'alias'],
  ] as const);
  const ids = { anonymousId: v.anonymousId, ...(v.userId ? { userId: v.userId } : {}) };
  const common = { messageId, originalTimestamp, sentAt, integrations: {} };
  switch (kind) {
    case 'page': {
      const [path, category, title] = pick(rng, PAGES);
      const host = pick(rng, HOSTS);
      // 45% of page views are landings with UTM parameters (paid and social traffic).
      const utm = rng() < 0.45 ? weighted(rng, UTM_SOURCES.map((entry) => [entry[0], entry] as const)) : null;
      let search = '';
      let referrer = pick(rng, REFERRERS_NO_UTM);
      let campaign: Record<string, string> | undefined;
      if (utm) {
        const [, source, medium, ref, family] = utm;
        const name = `${family}_2026q${int(rng, 1, 2)}`;
        const content = `creative_${int(rng, 1, 12)}`;
        search = `?utm_source=${encodeURIComponent(source)}&utm_medium=${medium}&utm_campaign=${name}&utm_content=${content}`;
        if (medium === 'cpc') search += `&utm_term=${encodeURIComponent(pick(rng, SEARCH_TERMS))}`;
        if (source === 'google' && medium === 'cpc') search += `&gclid=Cj0KCQjw${hex(rng, 24)}`;
        referrer = ref;
        campaign = { source, medium, name, content };
      }
      return {
        type: 'page',
        ...ids,
        name: category,
        category,
        properties: { path, referrer, title, url: `${host}${path}${search}` },
        context: {
          ...webContext(v),
          page: { path, referrer, search, title, url: `${host}${path}${search}` },
          ...(campaign ? { campaign } : {}),
        },
        ...common,
      };
    }
    case 'track':
      return { type: 'track', ...ids, ...trackEvent(rng), context: rng() < 0.8 ? webContext(v) : serverContext(v), ...common };
    case 'identify': {
      const [city, country] = pick(rng, CITIES);
      return {
        type: 'identify',
        ...ids,
        userId: v.userId ?? `user_${hex(rng, 10)}`,
        traits: {
          email: `${hex(rng, 6)}@example.com`,
          name: pick(rng, ['Li Wei', 'Wang Fang', '佐藤 花子', 'Tanaka Ken', 'Alex Chen', 'Maria Rossi']),
          plan: pick(rng, PLANS),
          createdAt: new Date(Date.parse('2025-01-01T00:00:00Z') + int(rng, 0, 400) * 86_400_000).toISOString(),
          address: { city, country },
          logins: int(rng, 1, 300),
          newsletter: rng() < 0.4,
        },
        context: webContext(v),
        ...common,
      };
    }
    case 'screen':
      return {
        type: 'screen',
        ...ids,
        name: pick(rng, SCREENS),
        properties: { from: pick(rng, SCREENS), loadTimeMs: int(rng, 80, 2_400) },
        context: appContext(rng, v),
        ...common,
      };
    case 'group':
      return {
        type: 'group',
        ...ids,
        groupId: `org_${int(rng, 1, 2_000)}`,
        traits: { name: pick(rng, COMPANIES), industry: pick(rng, ['retail', 'food', 'software', 'logistics']), employees: int(rng, 5, 5_000), plan: pick(rng, PLANS) },
        context: serverContext(v),
        ...common,
      };
    case 'alias':
      return { type: 'alias', userId: v.userId ?? `user_${hex(rng, 10)}`, previousId: v.anonymousId, context: webContext(v), ...common };
  }
}

function trackEvent(rng: Rng): { event: string; properties: Record<string, unknown> } {
  const event = weighted(rng, TRACK_EVENTS);
  const [productId, name, category, priceCny] = pick(rng, PRODUCTS);
  const product = { product_id: productId, sku: `${productId}-${int(rng, 1, 4)}`, name, category, price: priceCny, brand: 'Example' };
  switch (event) {
    case 'Order Completed': {
      const [, currency, rate] = weighted(rng, CURRENCIES.map((c) => [c[0], c] as const));
      const quantity = int(rng, 1, 3);
      const price = Math.round(priceCny * rate * 100) / 100;
      const subtotal = Math.round(price * quantity * 100) / 100;
      const shipping = currency === 'JPY' ? 500 : currency === 'CNY' ? 10 : 5;
      return {
        event,
        properties: {
          order_id: `ord_${hex(rng, 10)}`,
          checkout_id: `chk_${hex(rng, 8)}`,
          total: Math.round((subtotal + shipping) * 100) / 100,
          revenue: subtotal,
          shipping,
          tax: 0,
          discount: 0,
          coupon: rng() < 0.2 ? 'SPRING10' : '',
          currency,
          products: [{ ...product, price, quantity }],
        },
      };
    }
    case 'Products Searched':
      return { event, properties: { query: pick(rng, SEARCH_TERMS), results: int(rng, 0, 120) } };
    case 'Button Clicked':
      return { event, properties: { button_id: pick(rng, ['hero-cta', 'add-to-cart', 'subscribe', 'share-wechat', 'line-login']), location: pick(rng, ['header', 'hero', 'footer', 'product']) } };
    case 'Signed Up':
      return { event, properties: { method: pick(rng, ['email', 'wechat', 'line', 'apple', 'google']), plan: pick(rng, PLANS) } };
    case 'Video Played':
      return { event, properties: { video_id: `v_${int(rng, 1, 300)}`, title: 'Brewing matcha at home', position: int(rng, 0, 30), total_length: 184, platform: pick(rng, ['douyin', 'bilibili', 'youtube']) } };
    case 'Article Shared':
      return { event, properties: { article_id: `a_${int(rng, 1, 90)}`, share_via: pick(rng, ['wechat', 'weibo', 'line', 'x', 'copy-link']) } };
    case 'Coupon Applied':
      return { event, properties: { coupon_id: 'SPRING10', coupon_name: 'Spring 10% off', discount: 10, order_id: `ord_${hex(rng, 10)}` } };
    case 'Form Submitted':
      return { event, properties: { form_id: pick(rng, ['contact', 'newsletter', 'b2b-quote']), fields: int(rng, 2, 9) } };
    default:
      return { event, properties: { ...product, quantity: int(rng, 1, 3), currency: 'CNY', url: `https://shop.example.com/products/${productId}` } };
  }
}

function webContext(v: Visitor): Record<string, unknown> {
  return { library: WEB_LIBRARY, userAgent: v.ua, locale: v.locale, timezone: v.timezone, ip: v.ip };
}

function serverContext(v: Visitor): Record<string, unknown> {
  return { library: SERVER_LIBRARY, ip: v.ip };
}

function appContext(rng: Rng, v: Visitor): Record<string, unknown> {
  return {
    library: IOS_LIBRARY,
    app: { name: 'Example Shop', version: '5.12.0', build: '5120' },
    device: { manufacturer: 'Apple', model: pick(rng, ['iPhone15,2', 'iPhone16,1', 'iPhone14,5']), type: 'ios' },
    os: { name: 'iOS', version: '17.4' },
    network: { wifi: rng() < 0.6, carrier: pick(rng, ['China Mobile', 'NTT DOCOMO', 'AT&T']) },
    screen: { width: 390, height: 844 },
    locale: v.locale,
    timezone: v.timezone,
    ip: v.ip,
  };
}
