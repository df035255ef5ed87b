import type { CompanyProfile, DemoChannel } from './profile';
import type { DemoRandom } from './random';

/** The device a person uses; app users send `screen` calls with a device id. */
export type DemoDevice = 'ios' | 'android' | 'desktop';

/**
 * One simulated person: a visitor until they sign up, then a member with a user id. Kept only
 * while something is scheduled for them (and, for members, on the e-mail roster), so memory
 * grows with the number of members, never with the number of events.
 */
export interface DemoPerson {
  readonly n: number;
  readonly anonymousId: string;
  userId: string | null;
  readonly device: DemoDevice;
  /** Set when the app is installed; later visits are `screen` calls from it. */
  deviceId: string | null;
  readonly locale: string;
  readonly city: string;
  readonly ip: string;
  /** The channel that brought them first: it shapes their propensity to sign up and buy. */
  readonly channel: DemoChannel;
  orders: number;
  referralCode: string | null;
  lead: boolean;
  /** Return visits still to come. */
  visitsLeft: number;
  /** Activities joined, by id (a person joins each once). */
  activities: string[] | null;
  /** Signed up by invitation: the inviter's user id and code. */
  invitedBy: { readonly userId: string; readonly code: string } | null;
}

const USER_AGENTS: Readonly<Record<DemoDevice, readonly string[]>> = {
  ios: [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  ],
  android: [
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36',
  ],
  desktop: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  ],
};

/** The user agent a person's browser sends. */
export function userAgentOf(person: DemoPerson): string {
  const list = USER_AGENTS[person.device];
  return list[person.n % list.length] as string;
}

/**
 * A new visitor arriving from `channel`. Ids carry the run tag so that two demo runs in one
 * workspace never share a person. Mobile share follows the channel: social and video traffic is
 * mostly phones, search traffic mostly desktops.
 */
export function newVisitor(rng: DemoRandom, profile: CompanyProfile, channel: DemoChannel, tag: string, n: number): DemoPerson {
  const mobile = rng.chance(0.35 + 0.6 * channel.appShare);
  return {
    n,
    anonymousId: `${tag}-v${n.toString(36)}`,
    userId: null,
    device: mobile ? (rng.chance(profile.country === 'JP' ? 0.65 : 0.45) ? 'ios' : 'android') : 'desktop',
    deviceId: null,
    locale: rng.pick(profile.locales),
    city: rng.pick(profile.cities),
    ip: `${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    channel,
    orders: 0,
    referralCode: null,
    lead: false,
    visitsLeft: 0,
    activities: null,
    invitedBy: null,
  };
}

const GIVEN: Readonly<Record<string, readonly string[]>> = {
  CN: ['伟', '芳', '娜', '敏', '静', '磊', '洋', '婷', '杰', '丽'],
  JP: ['翔太', '美咲', '大輝', '陽菜', '蓮', 'さくら', '悠斗', '結衣'],
  MX: ['María', 'José', 'Guadalupe', 'Juan', 'Fernanda', 'Luis', 'Sofía', 'Carlos'],
};
const FAMILY: Readonly<Record<string, readonly string[]>> = {
  CN: ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'],
  JP: ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本'],
  MX: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez'],
};

/** A person's name in the company's home market. */
export function personName(rng: DemoRandom, country: string): string {
  const given = rng.pick(GIVEN[country] ?? GIVEN.MX!);
  const family = rng.pick(FAMILY[country] ?? FAMILY.MX!);
  return country === 'MX' ? `${given} ${family}` : `${family}${given}`;
}
