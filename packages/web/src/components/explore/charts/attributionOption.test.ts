import { describe, expect, it } from 'vitest';
import { attributionSankeyOption } from './attributionOption';

interface Sankey {
  data: { name: string }[];
  links: { source: string; target: string; value: number }[];
  label: { formatter: (p: { name: string }) => string };
}

describe('attributionSankeyOption', () => {
  const option = attributionSankeyOption({
    rows: [
      { channel: 'Direct', conversions: 12.5 },
      { channel: 'Order Completed', conversions: 2 },
      { channel: 'Paid Search', conversions: 0 },
    ],
    conversion: 'Order Completed',
    formatValue: String,
  });
  const [sankey] = option.series as Sankey[];

  it('links every channel with credit to the conversion, as wide as its credit', () => {
    expect(sankey!.links).toEqual([
      { source: 'channel:Direct', target: 'conversion', value: 12.5 },
      { source: 'channel:Order Completed', target: 'conversion', value: 2 },
    ]);
  });

  it('keeps a channel named like the conversion apart from it, and labels both plainly', () => {
    expect(new Set(sankey!.data.map((n) => n.name)).size).toBe(sankey!.data.length);
    expect(sankey!.data.map((n) => sankey!.label.formatter(n))).toEqual(['Direct', 'Order Completed', 'Order Completed']);
  });

  it('draws nothing when nothing was credited', () => {
    const [empty] = attributionSankeyOption({ rows: [{ channel: 'Direct', conversions: 0 }], conversion: 'x', formatValue: String }).series as Sankey[];
    expect(empty!.data).toEqual([]);
    expect(empty!.links).toEqual([]);
  });
});

describe('attributionSankeyOption tooltip', () => {
  it('escapes names, since ECharts inserts the tooltip text as HTML', () => {
    const option = attributionSankeyOption({ rows: [{ channel: '<b>x</b>', conversions: 1 }], conversion: '<img src=x onerror=alert(1)>', formatValue: String });
    const formatter = (option.tooltip as { formatter: (p: object) => string }).formatter;
    const edge = formatter({ dataType: 'edge', name: '', value: 1, data: { source: 'channel:<b>x</b>', target: 'conversion' } });
    expect(edge).toBe('&lt;b&gt;x&lt;/b&gt; → &lt;img src=x onerror=alert(1)&gt;: 1');
    expect(formatter({ name: 'conversion', value: 1, data: {} })).not.toContain('<img');
  });
});
