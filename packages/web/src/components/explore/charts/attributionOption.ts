import type { ChartOption } from '../../analytics/echarts';
import { colourAt } from './palette';
import { escapeHtml } from '../../analytics/escapeHtml';

interface Input {
  /** Credited conversions per channel under one model. */
  rows: readonly { channel: string; conversions: number }[];
  /** The conversion's name, the flow's one target. */
  conversion: string;
  formatValue: (value: number) => string;
}

const CHANNEL = 'channel:';
const TARGET = 'conversion';

/**
 * The flow from channels to the conversion under one model (a sankey): a link per channel that
 * earned credit, as wide as its credited conversions. Node ids are prefixed so a channel named
 * like the conversion cannot loop back to itself; labels show the plain names.
 */
export function attributionSankeyOption({ rows, conversion, formatValue }: Input): ChartOption {
  const credited = rows.filter((row) => row.conversions > 0);
  const label = (id: string) => (id === TARGET ? conversion : id.slice(CHANNEL.length));
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      // Why escape: ECharts inserts a formatter's string as HTML, and channel and event names come
      // from tracked data and shared links (anyone with a site's public write key can name an event).
      formatter: (p: { dataType?: string; name: string; value: number; data: { source?: string; target?: string } }) =>
        p.dataType === 'edge'
          ? `${escapeHtml(label(p.data.source ?? ''))} → ${escapeHtml(label(p.data.target ?? ''))}: ${escapeHtml(formatValue(p.value))}`
          : `${escapeHtml(label(p.name))}: ${escapeHtml(formatValue(p.value))}`,
    },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 160,
        top: 8,
        bottom: 8,
        nodeAlign: 'left',
        nodeGap: 14,
        emphasis: { focus: 'adjacency' },
        label: { formatter: (p: { name: string }) => label(p.name) },
        lineStyle: { color: 'source', opacity: 0.45 },
        data: [...credited.map((row, index) => ({ name: `${CHANNEL}${row.channel}`, itemStyle: { color: colourAt(index) } })), ...(credited.length ? [{ name: TARGET, itemStyle: { color: '#142238' } }] : [])],
        links: credited.map((row) => ({ source: `${CHANNEL}${row.channel}`, target: TARGET, value: row.conversions })),
      },
    ],
  };
}
