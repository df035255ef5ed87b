import { beforeAll, describe, expect, it } from 'vitest';
import type { SegmentMessage } from '../ingestion/message';
import { createEnrichmentPipeline } from '../ingestion/pipeline';
import { EVENTS } from '../metrics/vocabulary';
import { demoEventBatches } from './generate';
import { planDemo, type DemoPlan } from './plan';

const START = '2026-03-02';
const SIZE = 12_000;

interface Generated {
  readonly plan: DemoPlan;
  readonly messages: SegmentMessage[];
}
const generated = new Map<string, Generated>();

beforeAll(() => {
  for (const template of ['a', 'b', 'c']) {
    const plan = planDemo({ template, seed: 1, start: START, size: SIZE });
    generated.set(template, { plan, messages: [...demoEventBatches(plan)].flat() });
  }
  // Why the long timeouts here and below: a few seconds alone, but the shared 2-core machine is often busy.
}, 60_000);

const of = (template: string) => generated.get(template)!;
const tracks = (messages: readonly SegmentMessage[], event: string) => messages.filter((m) => m.type === 'track' && m.event === event);
const prop = (m: SegmentMessage, key: string) => (m.properties as Record<string, unknown>)[key];
const dayOf = (plan: DemoPlan, m: SegmentMessage) => Math.floor((Date.parse(m.timestamp!) - plan.days[0]!.startMs) / 86_400_000);

describe('demoEventBatches: determinism and size', () => {
  it('gives identical output for the same options and different output for another seed', () => {
    const run = (seed: number) => JSON.stringify([...demoEventBatches(planDemo({ template: 'b', seed, start: START, size: 2_000 }))]);
    const first = run(5);
    expect(run(5)).toBe(first);
    expect(run(6)).not.toBe(first);
  }, 30_000);

  it('honours the size option within 10% for every company', () => {
    for (const template of ['a', 'b', 'c']) {
      const { messages } = of(template);
      expect(Math.abs(messages.length - SIZE) / SIZE, `company ${template}: ${messages.length} messages`).toBeLessThan(0.1);
    }
    const large = planDemo({ template: 'c', seed: 2, start: START, size: 20_000 });
    let count = 0;
    for (const batch of demoEventBatches(large)) count += batch.length;
    expect(Math.abs(count - 20_000) / 20_000).toBeLessThan(0.1);
  }, 30_000);

  it('streams batches of the requested size, the last one shorter', () => {
    const batches = [...demoEventBatches(of('a').plan, 300)];
    expect(batches.slice(0, -1).every((b) => b.length === 300)).toBe(true);
    expect(batches.at(-1)!.length).toBeGreaterThan(0);
    expect(batches.at(-1)!.length).toBeLessThanOrEqual(300);
  });

  it('refuses sizes outside 1,000..10,000,000 and templates without a company', () => {
    expect(() => planDemo({ template: 'a', seed: 1, start: START, size: 10 })).toThrow(/size/);
    expect(() => planDemo({ template: 'a', seed: 1, start: START, size: 20_000_000 })).toThrow(/size/);
    expect(() => planDemo({ template: 'canonical', seed: 1, start: START, size: 5_000 })).toThrow(/no demo company/);
    expect(() => planDemo({ template: 'a', seed: 1, start: '2026-13-01', size: 5_000 })).toThrow();
  });
});

describe('demoEventBatches: what ingestion receives', () => {
  it('sends every event of the metrics vocabulary and every call type, for every company', () => {
    for (const template of ['a', 'b', 'c']) {
      const { messages } = of(template);
      const names = new Set(messages.filter((m) => m.type === 'track').map((m) => m.event));
      for (const event of Object.values(EVENTS)) expect(names.has(event), `company ${template} sends "${event}"`).toBe(true);
      expect(new Set(messages.map((m) => m.type))).toEqual(new Set(['track', 'page', 'screen', 'identify', 'alias', 'group']));
    }
  });

  it('passes the real enrichment pipeline without a rejection or a warning, with unique messageIds', () => {
    const enrich = createEnrichmentPipeline();
    for (const template of ['a', 'b', 'c']) {
      const { plan, messages } = of(template);
      const receivedAt = new Date(plan.days.at(-1)!.startMs + 2 * 86_400_000);
      const ids = new Set<string>();
      const problems: unknown[] = [];
      for (const message of messages) {
        const outcome = enrich(message, { workspaceId: 'demo', receivedAt, now: receivedAt });
        if (outcome.kind !== 'ok' || outcome.event.warnings.length > 0) problems.push({ message, outcome });
        if (JSON.stringify(message).length >= 32 * 1024) problems.push({ message, tooLarge: true });
        ids.add(message.messageId!);
      }
      expect(problems.slice(0, 3)).toEqual([]);
      expect(ids.size).toBe(messages.length);
    }
  }, 30_000);

  it('keeps every event time inside the simulated days (plus the tail of the last evening)', () => {
    for (const template of ['a', 'b', 'c']) {
      const { plan, messages } = of(template);
      const first = plan.days[0]!.startMs;
      const end = plan.days.at(-1)!.startMs + 86_400_000 + 3 * 3_600_000;
      const outside = messages.filter((m) => Date.parse(m.timestamp!) < first - 3_600_000 || Date.parse(m.timestamp!) >= end);
      expect(outside.slice(0, 3)).toEqual([]);
    }
  });

  it('tags landings with the channel\'s utm parameters and classifies them as the channel rules say', () => {
    const enrich = createEnrichmentPipeline();
    const { plan, messages } = of('a');
    const receivedAt = new Date(plan.days.at(-1)!.startMs + 2 * 86_400_000);
    const channels = new Map<string, string>();
    for (const m of messages) {
      const campaign = m.context?.campaign;
      if (m.type !== 'page' || campaign === undefined) continue;
      const outcome = enrich(m, { workspaceId: 'demo', receivedAt, now: receivedAt });
      if (outcome.kind === 'ok') channels.set(`${campaign.source}/${campaign.medium}`, outcome.event.channel);
    }
    expect(channels.get('baidu/cpc')).toBe('Paid Search');
    expect(channels.get('douyin/paid_social')).toBe('Paid Social');
    expect(channels.get('wechat/social')).toBe('Organic Social');
    expect(channels.get('prnasia/pr')).toBe('Offline Press');
  });
});

describe('demoEventBatches: believable shapes', () => {
  it('has weekly seasonality: A busier on weekdays, B at the weekend', () => {
    const perWeekday = (template: string) => {
      const { plan, messages } = of(template);
      const counts = [0, 0, 0, 0, 0, 0, 0];
      for (const m of messages) if (m.type === 'page') counts[plan.days[dayOf(plan, m)]?.weekday ?? 0]! += 1;
      const weekday = counts.slice(0, 5).reduce((s, x) => s + x, 0) / 5;
      const weekend = (counts[5]! + counts[6]!) / 2;
      return weekday / weekend;
    };
    expect(perWeekday('a')).toBeGreaterThan(1.15);
    expect(perWeekday('b')).toBeLessThan(0.9);
  });

  it('lets a campaign\'s effect decay: more landings in its first days than in its last', () => {
    const { plan, messages } = of('b');
    const campaign = plan.schedule.campaigns.find((c) => c.id === 'mirai-glass-2-launch')!;
    const landings = messages.filter((m) => m.type === 'page' && m.context?.campaign?.name === campaign.id);
    const early = landings.filter((m) => dayOf(plan, m) < campaign.startDay + 5).length;
    const late = landings.filter((m) => dayOf(plan, m) >= campaign.startDay + campaign.durationDays - 5).length;
    expect(landings.every((m) => dayOf(plan, m) >= campaign.startDay && dayOf(plan, m) < campaign.startDay + campaign.durationDays)).toBe(true);
    expect(early).toBeGreaterThan(2 * late);
  });

  it('has repeat buyers, refunds only of completed orders and fewer refunds than orders', () => {
    for (const template of ['a', 'b', 'c']) {
      const { messages } = of(template);
      const orders = tracks(messages, EVENTS.orderCompleted);
      const buyers = new Map<string, number>();
      for (const o of orders) buyers.set(o.userId as string, (buyers.get(o.userId as string) ?? 0) + 1);
      expect([...buyers.values()].filter((n) => n >= 2).length, `company ${template} repeat buyers`).toBeGreaterThan(0);
      const completed = new Map(orders.map((o) => [prop(o, 'order_id'), o]));
      const refunds = tracks(messages, EVENTS.orderRefunded);
      expect(refunds.length).toBeLessThan(orders.length * 0.1);
      for (const r of refunds) {
        const order = completed.get(prop(r, 'order_id'));
        expect(order?.userId).toBe(r.userId);
        expect(Date.parse(r.timestamp!)).toBeGreaterThan(Date.parse(order!.timestamp!));
        expect(prop(r, 'total')).toBe(prop(order!, 'total'));
      }
      expect(orders.every((o) => typeof prop(o, 'total') === 'number' && (prop(o, 'total') as number) > 0)).toBe(true);
    }
  });

  it('brings referred friends who sign up with the code their inviter sent', () => {
    for (const template of ['a', 'b', 'c']) {
      const { messages } = of(template);
      // Why the first invitation: a person keeps one code and may send it several times.
      const sent = new Map<unknown, SegmentMessage>();
      for (const m of tracks(messages, EVENTS.referralSent)) {
        const code = prop(m, 'referral_code');
        const known = sent.get(code);
        if (known === undefined || Date.parse(m.timestamp!) < Date.parse(known.timestamp!)) sent.set(code, m);
      }
      const referred = tracks(messages, EVENTS.signedUp).filter((m) => prop(m, 'referral_code') !== undefined);
      expect(referred.length, `company ${template} referred sign-ups`).toBeGreaterThan(0);
      for (const m of referred) {
        const invitation = sent.get(prop(m, 'referral_code'));
        expect(invitation?.userId).toBe(prop(m, 'referrer_id'));
        expect(Date.parse(m.timestamp!)).toBeGreaterThan(Date.parse(invitation!.timestamp!));
      }
    }
  });

  it('answers surveys on their scales: NPS 0-10, CSAT 1-5, awareness yes or no', () => {
    const answers = tracks(of('c').messages, EVENTS.surveyAnswered);
    const by = (q: string) => answers.filter((m) => prop(m, 'question') === q);
    expect(by('nps').length).toBeGreaterThan(0);
    expect(by('nps').every((m) => Number.isInteger(prop(m, 'score')) && (prop(m, 'score') as number) >= 0 && (prop(m, 'score') as number) <= 10)).toBe(true);
    expect(by('csat').every((m) => (prop(m, 'score') as number) >= 1 && (prop(m, 'score') as number) <= 5)).toBe(true);
    expect(new Set(by('aided-awareness').map((m) => prop(m, 'answer')))).toEqual(new Set(['yes', 'no']));
  });

  it('makes channels differ in conversion: paid search signs up more of its visitors than paid short video', () => {
    const { messages } = of('a');
    const rate = (source: string, medium: string) => {
      const arrivals = new Set(messages.filter((m) => m.type === 'page' && m.context?.campaign?.source === source && m.context.campaign.medium === medium).map((m) => m.anonymousId));
      const signups = tracks(messages, EVENTS.signedUp).filter((m) => arrivals.has(m.anonymousId)).length;
      return signups / arrivals.size;
    };
    expect(rate('baidu', 'cpc')).toBeGreaterThan(rate('douyin', 'paid_social'));
  });
});
