import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_MODELS } from './attribution-spec';
import { runAttribution } from './attribution';
import { sketchDataset } from './dataset-fixtures';
import type { EventSketch } from './event-fixtures';

const BASE = Date.parse('2026-11-01T00:00:00Z');
const sketch: fc.Arbitrary<EventSketch> = fc
  .record({
    who: fc.constantFrom('u1', 'u2', 'u3'),
    kind: fc.constantFrom('touch', 'touch', 'order'),
    channel: fc.constantFrom('Direct', 'Paid Search', 'Email', 'Organic Social'),
    campaign: fc.constantFrom('a', 'b', null),
    hours: fc.integer({ min: 0, max: 24 * 40 }),
  })
  .map(({ who, kind, channel, campaign, hours }) => ({
    ...(kind === 'order' ? { event: 'Order Completed', revenue: 10, currency: 'CNY' } : { type: 'page' as const, event: 'Home' }),
    userId: who,
    channel,
    campaign: { name: campaign },
    ts: new Date(BASE + hours * 3_600_000).toISOString(),
  }));

describe('attribution properties', () => {
  it('hands out exactly one conversion per conversion in every model', () => {
    fc.assert(
      fc.property(fc.array(sketch, { maxLength: 30 }), fc.integer({ min: 0, max: 40 }), fc.double({ min: 0.1, max: 30, noNaN: true }), (events, lookbackDays, halfLifeDays) => {
        const result = runAttribution(sketchDataset(events), {
          period: { from: '2026-11-05', to: '2026-12-05', timeZone: 'UTC' },
          conversion: { target: { kind: 'event', event: 'Order Completed' } },
          lookbackDays,
          halfLifeDays,
        });
        for (const model of result.models) {
          const byChannel = model.byChannel.reduce((s, r) => s + r.conversions, 0);
          const byCampaign = model.byCampaign.reduce((s, r) => s + r.conversions, 0);
          expect(Math.abs(byChannel - result.conversions)).toBeLessThan(1e-9 * Math.max(1, result.conversions));
          expect(Math.abs(byCampaign - result.conversions)).toBeLessThan(1e-9 * Math.max(1, result.conversions));
          for (const row of model.byChannel) expect(row.conversions).toBeGreaterThanOrEqual(0);
        }
        expect(result.models.map((m) => m.model)).toEqual(ATTRIBUTION_MODELS);
      }),
    );
  });

  it('hands out exactly 1 for a single conversion in every model, data-driven included', () => {
    const touchesOnly = sketch.filter((e) => e.event !== 'Order Completed');
    fc.assert(
      fc.property(fc.array(touchesOnly, { maxLength: 25 }), fc.constantFrom('u1', 'u2', 'u3'), fc.integer({ min: 24 * 4, max: 24 * 40 - 1 }), (events, who, hours) => {
        const order: EventSketch = { event: 'Order Completed', userId: who, revenue: 10, currency: 'CNY', ts: new Date(BASE + hours * 3_600_000).toISOString() };
        const result = runAttribution(sketchDataset([...events, order]), {
          period: { from: '2026-11-05', to: '2026-12-10', timeZone: 'UTC' },
          conversion: { target: { kind: 'event', event: 'Order Completed' } },
        });
        expect(result.conversions).toBe(1);
        for (const model of result.models) {
          expect(Math.abs(model.byChannel.reduce((s, r) => s + r.conversions, 0) - 1)).toBeLessThan(1e-9);
          expect(Math.abs((model.byChannel.reduce((s, r) => s + (r.revenue.CNY ?? 0), 0)) - 10)).toBeLessThan(1e-9);
        }
      }),
    );
  });
});
