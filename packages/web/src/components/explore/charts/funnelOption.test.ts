import { describe, expect, it } from 'vitest';
import { droppedAt, funnelOption } from './funnelOption';

type Formatter = (p: { value: number; dataIndex: number }) => string;
interface Bar {
  name: string;
  data: number[];
  stack?: string;
  label?: { formatter: Formatter };
}

const steps = [
  { label: 'Any page', people: 1000 },
  { label: 'Signed Up', people: 70 },
  { label: 'Order Completed', people: 30 },
];
const names = { people: 'People', dropped: 'Dropped off' };
const formatRate = (r: number) => `${Math.round(r * 1000) / 10}%`;

describe('funnelOption', () => {
  it('stacks the people of each step under the people lost since the step before', () => {
    const [people, dropped] = funnelOption({ steps, names, formatCount: String, formatRate }).series as Bar[];
    expect(people!.data).toEqual([1000, 70, 30]);
    expect(dropped!.data).toEqual([0, 930, 40]);
    expect(people!.stack).toBe(dropped!.stack);
  });

  it('labels the drop-off with the share lost, and no label at step 1', () => {
    const [, dropped] = funnelOption({ steps, names, formatCount: String, formatRate }).series as Bar[];
    const label = dropped!.label!.formatter;
    expect(label({ value: 0, dataIndex: 0 })).toBe('');
    expect(label({ value: 930, dataIndex: 1 })).toBe('−93%');
    expect(label({ value: 40, dataIndex: 2 })).toBe('−57.1%');
  });

  it('leaves out a count that would not fit in its bar', () => {
    const [people] = funnelOption({ steps, names, formatCount: String, formatRate }).series as Bar[];
    expect(people!.label!.formatter({ value: 1000, dataIndex: 0 })).toBe('1000');
    expect(people!.label!.formatter({ value: 30, dataIndex: 2 })).toBe('');
  });

  it('never drops below zero (any-order funnels can grow)', () => expect(droppedAt([{ label: 'a', people: 5 }, { label: 'b', people: 8 }], 1)).toBe(0));

  it('draws one bar series per group with a breakdown', () => {
    const series = funnelOption({ steps, groups: [{ name: 'Email', people: [10, 5, 1] }, { name: 'Direct', people: [20, 2, 0] }], names, formatCount: String, formatRate }).series as Bar[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['Email', [10, 5, 1]],
      ['Direct', [20, 2, 0]],
    ]);
  });
});
