import { describe, expect, it } from 'vitest';
import { CATALOG, findFunction, findKpi } from '../catalog/catalog';
import { LOCALES } from '../i18n';
import type { Measure } from './formula';
import { findMetric, METRICS } from './registry';

function references(measure: Measure): string[] {
  switch (measure.kind) {
    case 'metric':
      return [measure.id];
    case 'ratio':
      return [...references(measure.numerator), ...references(measure.denominator)];
    case 'product':
      return measure.factors.flatMap(references);
    default:
      return [];
  }
}

describe('metric definitions', () => {
  it('define every KPI of the catalog, with the catalog name, words, unit and direction', () => {
    const kpis = CATALOG.functions.flatMap((fn) => fn.kpis.map((kpi) => ({ fn, kpi })));
    expect(kpis).toHaveLength(45);
    for (const { fn, kpi } of kpis) {
      const metric = findMetric(kpi.id);
      expect(metric, kpi.id).toBeDefined();
      expect(metric).toMatchObject({ functionId: fn.id, source: 'catalog', name: kpi.name, definition: kpi.definition, unit: kpi.unit, direction: kpi.direction });
    }
  });

  it('give every metric an owner function from the catalog, named in its id', () => {
    for (const metric of METRICS) {
      expect(findFunction(metric.functionId), metric.id).toBeDefined();
      expect(metric.id.startsWith(`${metric.functionId}.`), metric.id).toBe(true);
    }
  });

  it('have unique ids, and engine metrics are not catalog KPIs', () => {
    expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
    for (const metric of METRICS.filter((m) => m.source === 'engine')) expect(findKpi(metric.id), metric.id).toBeUndefined();
  });

  it('name and define every metric in all four languages', () => {
    for (const metric of METRICS) {
      for (const locale of LOCALES) {
        expect(metric.name[locale].trim(), `${metric.id} name ${locale}`).not.toBe('');
        expect(metric.definition[locale].trim().length, `${metric.id} definition ${locale}`).toBeGreaterThan(20);
      }
    }
  });

  it('reference only existing metrics, without cycles', () => {
    const visit = (id: string, path: readonly string[]): void => {
      expect(path, `cycle through ${id}`).not.toContain(id);
      const metric = findMetric(id);
      expect(metric, `reference to ${id}`).toBeDefined();
      for (const next of references(metric!.formula)) visit(next, [...path, id]);
    };
    for (const metric of METRICS) visit(metric.id, []);
  });

  it('cover the everyday metrics the catalog lacks', () => {
    const ids = [
      'new-media.impressions',
      'new-media.ad-frequency',
      'marketing-planning.touch-frequency',
      'new-media.clicks',
      'new-media.click-through-rate',
      'product-ops.sessions',
      'user-ops.dau',
      'user-ops.wau',
      'user-ops.mau',
      'user-ops.stickiness',
      'store-ops.revenue',
      'store-ops.average-order-value',
      'store-ops.refunds',
      'sales.customer-acquisition-cost',
      'new-media.roas',
      'after-sales.viral-coefficient',
      'after-sales.viral-cycle-time',
      'marketing-planning.lifecycle-reached',
      'user-ops.lifecycle-engaged',
      'sales.lifecycle-leads',
      'sales.lifecycle-customers',
      'after-sales.lifecycle-repeat-customers',
      'after-sales.lifecycle-advocates',
    ];
    for (const id of ids) expect(findMetric(id), id).toBeDefined();
  });
});
