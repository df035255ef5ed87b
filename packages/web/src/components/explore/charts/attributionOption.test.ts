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
