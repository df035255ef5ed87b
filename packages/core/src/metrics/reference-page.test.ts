import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n';
import { metricReads } from './reads';
import { metricReferencePage } from './reference-page';
import { findMetric, METRICS } from './registry';

describe('metricReferencePage', () => {
  it('lists every metric with its name in the requested language', () => {
    for (const locale of LOCALES) {
      const page = metricReferencePage(locale);
      for (const metric of METRICS) {
        expect(page, `${locale} ${metric.id}`).toContain(`\`${metric.id}\``);
        expect(page).toContain(`### ${metric.name[locale]}`);
      }
    }
  });

  it('speaks the language it is asked for', () => {
    expect(metricReferencePage('ja')).toContain('# 指標リファレンス');
    expect(metricReferencePage('es')).toContain('**Definición:**');
    expect(metricReferencePage('zh')).toContain('**公式：**');
    expect(metricReferencePage('zh')).toContain('## 售后服务');
  });

  it('shows the formula and what a metric reads', () => {
    const page = metricReferencePage('en');
    const section = page.slice(page.indexOf('`pr.cost-per-contact`'));
    expect(section).toContain('cost-sum(function in [pr]) / [pr.target-reach]');
    expect(section).toContain('- feeds: `costs`');
  });
});

describe('metricReads', () => {
  it('follows metric references to the events and feeds underneath', () => {
    const reads = metricReads(findMetric('marketing-planning.cost-per-contact')!, findMetric);
    expect(reads.calls).toEqual(['identify', 'page', 'screen', 'track "Event Attended"']);
    expect(reads.feeds).toEqual(['costs']);
    expect(reads.settings).toEqual(['targetAudience']);
    expect(reads.metrics).toEqual(['marketing-planning.target-reach']);
  });

  it('lists settings a metric depends on', () => {
    expect(metricReads(findMetric('app-store-ops.category-rank')!, findMetric).settings).toEqual(['primaryStore']);
    expect(metricReads(findMetric('store-ops.conversion-rate')!, findMetric).settings).toEqual(['storePathPrefixes']);
  });
});
