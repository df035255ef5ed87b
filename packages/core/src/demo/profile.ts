import type { FunctionId } from '../catalog/types';
import type { CostType } from '../feeds/cost-types';

/**
 * A believable company behind one organisation template: what it sells, where, in which currency
 * and time zone, through which channels, with which campaigns, events and accounts. The
 * simulator reads nothing else, so a new demo company is one new profile file.
 *
 * Amounts are in the profile's currency; counts ("per day") are at scale 1, which the size
 * option multiplies (see plan.ts).
 */
export interface CompanyProfile {
  /** The template the profile belongs to: `company-a`, `company-b`, `company-c`. */
  readonly templateId: string;
  /** Short letter used in ids: `a`, `b`, `c`. */
  readonly letter: string;
  readonly brand: string;
  readonly industry: string;
  /** Home market, ISO 3166 code. */
  readonly country: string;
  /** ISO 4217 code of every amount. */
  readonly currency: string;
  /** IANA zone: days, weeks and hours of activity follow it. */
  readonly timeZone: string;
  readonly locales: readonly string[];
  readonly cities: readonly string[];
  /** The website's origin, e.g. `https://www.adlink.example.cn`. */
  readonly site: string;
  readonly appName: string;
  /** Traffic by weekday, Monday first (7 factors averaging about 1). */
  readonly weekly: readonly number[];
  /** Relative activity by local hour, 0-23. */
  readonly hourly: readonly number[];
  readonly channels: readonly DemoChannel[];
  readonly campaigns: readonly DemoCampaign[];
  readonly offlineEvents: readonly DemoOfflineEvent[];
  readonly activities: readonly DemoActivity[];
  readonly emailCampaigns: readonly DemoEmailCampaign[];
  readonly products: readonly DemoProduct[];
  readonly pages: readonly DemoPage[];
  readonly contentTitles: readonly string[];
  readonly socialAccounts: readonly DemoSocialAccount[];
  readonly appStores: readonly DemoAppStore[];
  /** News outlets that mention the company; press visitors arrive from their articles. */
  readonly outlets: readonly DemoOutlet[];
  readonly reportTitles: readonly string[];
  /** Monthly fixed costs: agencies, tools, research, content production. */
  readonly fixedCosts: readonly DemoFixedCost[];
  readonly behaviour: DemoBehaviour;
  /** Sells to businesses: signups get a `group` call and leads are qualified for sales. */
  readonly b2b: boolean;
  /** Where customers share invitation links (utm_source of invited friends): `wechat`, `line`, `whatsapp`. */
  readonly shareVia: readonly string[];
}

/** `DemoChannel.referrer` value meaning: an article of one of the company's outlets (press coverage). */
export const OUTLET_REFERRER = 'outlet';

/** One way visitors arrive: a paid or organic channel, tagged or known by its referrer. */
export interface DemoChannel {
  readonly id: string;
  /** The name cost rows use for it (`Baidu 搜索推广`, `Google Ads`). */
  readonly costLabel: string;
  /** utm_source, or null for untagged traffic (organic search by referrer, direct). */
  readonly source: string | null;
  readonly medium: string | null;
  /** The page visitors come from (`https://www.baidu.com/`), {@link OUTLET_REFERRER} for press coverage, null for direct. */
  readonly referrer: string | null;
  /** Always-on utm_campaign when tagged and no campaign runs. */
  readonly evergreenCampaign: string | null;
  /** New visitors per day at scale 1 on an average day, without campaigns. */
  readonly dailyVisitors: number;
  /** Media cost per visitor (paid channels), null for unpaid ones. */
  readonly costPerVisitor: number | null;
  /** The function that owns the channel's media cost. */
  readonly owner: FunctionId;
  /** How likely a new visitor signs up, relative to the company's base rate. */
  readonly signupLift: number;
  /** How likely a customer from it buys, relative to the base rate. */
  readonly buyLift: number;
  /** Visitors arriving in the app rather than on the website. */
  readonly appShare: number;
  /** Paid clicks that the platform reports per person as "Ad Impression" / "Ad Clicked". */
  readonly reportsAds: boolean;
}

/** A campaign: extra visitors on its channels from its start, decaying with a half-life. */
export interface DemoCampaign {
  /** utm_campaign. */
  readonly id: string;
  readonly name: string;
  readonly channels: readonly string[];
  /** Day index from the start of the simulation (scaled to shorter runs). */
  readonly startDay: number;
  /** Days the campaign's money is spent. */
  readonly durationDays: number;
  /** Extra visitors on the first day, as a multiple of the channel's base. */
  readonly peakLift: number;
  readonly halfLifeDays: number;
  /** One-off fees on the first day (influencers, production). */
  readonly launchCosts: readonly { readonly costType: CostType; readonly amount: number; readonly owner: FunctionId; readonly channel: string }[];
}

/** A fair, launch, conference or press event; attendees become "Event Attended". */
export interface DemoOfflineEvent {
  readonly id: string;
  readonly name: string;
  /** A key of OFFLINE_EVENT_MEDIUM: fair, exhibition, launch, press, conference, meetup, other. */
  readonly type: 'fair' | 'exhibition' | 'launch' | 'press' | 'conference' | 'meetup';
  readonly day: number;
  readonly attendees: number;
  readonly city: string;
  readonly cost: number;
  readonly owner: FunctionId;
}

/** An online activity run by activity operations. */
export interface DemoActivity {
  readonly id: string;
  readonly name: string;
  readonly startDay: number;
  readonly endDay: number;
  /** Share of the period's visitors who join it. */
  readonly joinRate: number;
  /** The event the activity is judged by. */
  readonly goalEvent: 'Order Completed' | 'Signed Up';
}

/** A newsletter send to a share of the members. */
export interface DemoEmailCampaign {
  readonly id: string;
  readonly subject: string;
  readonly day: number;
  readonly audienceShare: number;
}

export interface DemoProduct {
  readonly id: string;
  readonly name: string;
  readonly price: number;
  readonly category: string;
}

/** A page of the site: path, title, kind. */
export interface DemoPage {
  readonly path: string;
  readonly title: string;
  readonly kind: 'home' | 'product' | 'store' | 'content' | 'signup' | 'other';
}

export interface DemoSocialAccount {
  /** Platform id as normalisePlatform gives it (`wechat`, `x`, `line`). */
  readonly platform: string;
  readonly account: string;
  readonly followers: number;
  /** Reads per follower per day. */
  readonly readsPerFollower: number;
  /** Interactions per read. */
  readonly interactionRate: number;
  readonly postsPerWeek: number;
}

export interface DemoAppStore {
  readonly store: string;
  readonly chartLength: number;
  /** Typical daily rank without campaigns. */
  readonly rank: number;
  readonly downloadsPerDay: number;
  readonly rating: number;
  readonly ratings: number;
}

export interface DemoOutlet {
  readonly name: string;
  /** Article URLs are made under this origin, e.g. `https://36kr.com`. */
  readonly origin: string;
}

export interface DemoFixedCost {
  readonly channel: string;
  readonly costType: CostType;
  readonly owner: FunctionId;
  readonly monthly: number;
  readonly note: string;
}

/** Rates of the customer journey; each a probability per person or per visit. */
export interface DemoBehaviour {
  /** Mean pages after the landing page. */
  readonly pagesPerVisit: number;
  readonly bounceRate: number;
  readonly signupRate: number;
  /** A new member buys in the signup session. */
  readonly firstBuyRate: number;
  /** A member buys on a return visit. */
  readonly repeatBuyRate: number;
  /** Mean days between a member's visits; visits stop after a geometric number. */
  readonly daysBetweenVisits: number;
  readonly visitsPerMember: number;
  /** An anonymous visitor comes back once. */
  readonly anonymousReturnRate: number;
  readonly refundRate: number;
  readonly csatRate: number;
  readonly npsRate: number;
  /** A customer sends an invitation on a visit. */
  readonly referralRate: number;
  /** An invited friend arrives; of those, the share who sign up. */
  readonly inviteArrivalRate: number;
  readonly inviteSignupRate: number;
  readonly leadRate: number;
  /** A qualified lead buys within 90 days. */
  readonly leadCloseRate: number;
  readonly postRate: number;
  readonly contentInteractionRate: number;
  readonly shareRate: number;
  /** A mobile visitor installs the app. */
  readonly installRate: number;
  /** The site's visitors know the brand when asked (aided) and name it first (unaided). */
  readonly aidedAwareness: number;
  readonly topOfMind: number;
  /** Respondents per day of the brand survey panel at scale 1. */
  readonly surveyPanelPerDay: number;
  /** Base NPS score mean (0-10) and CSAT mean (1-5). */
  readonly npsMean: number;
  readonly csatMean: number;
  /** Share of e-mails opened, and of those clicked. */
  readonly emailOpenRate: number;
  readonly emailClickRate: number;
  /** Items per order mean (>= 1). */
  readonly itemsPerOrder: number;
}
