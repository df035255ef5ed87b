import type { SegmentContext, SegmentMessage } from '../ingestion/message';
import { userAgentOf, type DemoPerson } from './people';
import type { CompanyProfile } from './profile';

/** The libraries the demo company's senders identify as, like the real SDKs do. */
const WEB_LIBRARY = { name: 'analytics.js', version: 'npm:next-1.72.0' } as const;
const IOS_LIBRARY = { name: 'analytics-swift', version: '1.5.11' } as const;
const ANDROID_LIBRARY = { name: 'analytics-kotlin', version: '1.16.3' } as const;
const SERVER_LIBRARY = { name: '@segment/analytics-node', version: '3.1.0' } as const;

/** Where a web call was made: the page, and on a landing the campaign read from its URL. */
export interface PagePlace {
  readonly url: string;
  readonly path: string;
  readonly referrer: string;
  readonly title: string;
  readonly search: string;
}

/**
 * Builds the run's messages with deterministic messageIds (`demo-<tag>-<n>`): the same run
 * gives the same ids, so loading it twice stores nothing new.
 */
export class DemoMessages {
  private count = 0;

  constructor(
    private readonly profile: CompanyProfile,
    private readonly tag: string,
  ) {}

  /** Messages built so far. */
  get built(): number {
    return this.count;
  }

  private nextId(): string {
    return `demo-${this.tag}-${(this.count++).toString(36)}`;
  }

  /** Context of a browser call: page, locale, user agent, ip, library, and the campaign on landings. */
  webContext(person: DemoPerson, place: PagePlace, campaign?: Readonly<Record<string, string>>): SegmentContext {
    return {
      library: WEB_LIBRARY,
      locale: person.locale,
      timezone: this.profile.timeZone,
      userAgent: userAgentOf(person),
      ip: person.ip,
      page: { ...place },
      ...(campaign ? { campaign } : {}),
    };
  }

  /** Context of an app call: app, device (whose id counts installs), os, library. */
  appContext(person: DemoPerson): SegmentContext {
    const ios = person.device === 'ios';
    return {
      library: ios ? IOS_LIBRARY : ANDROID_LIBRARY,
      locale: person.locale,
      timezone: this.profile.timeZone,
      ip: person.ip,
      app: { name: this.profile.appName, version: '3.2.0', build: '320' },
      device: { id: person.deviceId ?? person.anonymousId, type: person.device, manufacturer: ios ? 'Apple' : 'Google' },
      os: { name: ios ? 'iOS' : 'Android', version: ios ? '17.5' : '14' },
    };
  }

  /** Context of a call sent by the company's own tools (CMS, survey tool, store console). */
  serverContext(): SegmentContext {
    return { library: SERVER_LIBRARY };
  }

  page(person: DemoPerson, ms: number, name: string, place: PagePlace, properties: Record<string, unknown>, campaign?: Readonly<Record<string, string>>): SegmentMessage {
    return {
      type: 'page',
      messageId: this.nextId(),
      timestamp: iso(ms),
      ...ids(person),
      name,
      properties: { ...place, ...properties },
      context: this.webContext(person, place, campaign),
    };
  }

  screen(person: DemoPerson, ms: number, name: string, properties: Record<string, unknown> = {}): SegmentMessage {
    return { type: 'screen', messageId: this.nextId(), timestamp: iso(ms), ...ids(person), name, properties, context: this.appContext(person) };
  }

  /** A track call from wherever the person is: the app when installed, else the page they are on. */
  track(person: DemoPerson, ms: number, event: string, properties: Record<string, unknown>, place: PagePlace | null): SegmentMessage {
    const context = place === null ? this.appContext(person) : this.webContext(person, place);
    return { type: 'track', messageId: this.nextId(), timestamp: iso(ms), ...ids(person), event, properties, context };
  }

  /** A track call sent by a company tool on behalf of a person or of itself (`system:cms`). */
  record(userId: string, ms: number, event: string, properties: Record<string, unknown>, context?: SegmentContext): SegmentMessage {
    return { type: 'track', messageId: this.nextId(), timestamp: iso(ms), userId, event, properties, context: context ?? this.serverContext() };
  }

  identify(person: DemoPerson, ms: number, traits: Record<string, unknown>): SegmentMessage {
    return { type: 'identify', messageId: this.nextId(), timestamp: iso(ms), ...ids(person), traits, context: { library: WEB_LIBRARY, locale: person.locale, ip: person.ip } };
  }

  alias(person: DemoPerson, ms: number): SegmentMessage {
    return { type: 'alias', messageId: this.nextId(), timestamp: iso(ms), userId: person.userId, previousId: person.anonymousId, context: this.appContext(person) };
  }

  group(person: DemoPerson, ms: number, groupId: string, traits: Record<string, unknown>): SegmentMessage {
    return { type: 'group', messageId: this.nextId(), timestamp: iso(ms), ...ids(person), groupId, traits, context: { library: WEB_LIBRARY } };
  }
}

function ids(person: DemoPerson): { anonymousId: string; userId?: string } {
  return person.userId === null ? { anonymousId: person.anonymousId } : { anonymousId: person.anonymousId, userId: person.userId };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
