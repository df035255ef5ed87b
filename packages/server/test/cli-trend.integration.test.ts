import { describe, expect, it } from 'vitest';
import { TrendResultSchema } from '@marketops/contracts';
import { EXIT } from '../src/cli/exit-codes';
import { cliAgainstRunningServer } from './cli-harness';

const { run } = cliAgainstRunningServer('marketops-cli-trend-');

describe('marketops analyse trend, against a running server', () => {
  it('prints a metric per month and channel as a table, or the answer as JSON', async () => {
    const args = ['analyse', 'trend', 'company-a', '--metric', 'user-ops.active-users', '--from', '2026-09-01', '--to', '2026-11-30', '--interval', 'month'];
    const table = await run(...args, '--breakdown', 'channel', '--compare');
    expect(table.code, table.err).toBe(EXIT.ok);
    expect(table.out).toContain('user-ops.active-users, 2026-09-01 to 2026-11-30 (UTC), by month');
    expect(table.out).toMatch(/2026-09-01\.\.2026-09-30/);
    expect(table.out).toContain('the previous period, 2026-06-02 to 2026-08-31');
    const json = await run(...args, '--filter', 'channel=Direct', '--json');
    expect(json.code, json.err).toBe(EXIT.ok);
    const result = TrendResultSchema.parse(JSON.parse(json.out));
    expect(result.series.map((s) => s.name)).toEqual(['total']);
    expect(result.series[0]?.buckets.map((b) => [b.period.from, b.period.to])).toEqual([
      ['2026-09-01', '2026-09-30'],
      ['2026-10-01', '2026-10-31'],
      ['2026-11-01', '2026-11-30'],
    ]);
  });

  it('names the filter at fault (exit 3) and an unknown metric (exit 4)', async () => {
    const period = ['--from', '2026-11-01', '--to', '2026-11-30'];
    const unreadable = await run('analyse', 'trend', 'company-a', '--metric', 'store-ops.orders', ...period, '--filter', 'country=MX');
    expect(unreadable.code).toBe(EXIT.invalidInput);
    expect(unreadable.err).toContain('filters.0');
    const inapplicable = await run('analyse', 'trend', 'company-a', '--metric', 'marketing-planning.cost-per-contact', ...period, '--filter', 'channel=Paid Search', '--filter', 'property.plan=pro');
    expect(inapplicable.code).toBe(EXIT.invalidInput);
    expect(inapplicable.err).toContain('filters.1');
    const unknown = await run('analyse', 'trend', 'company-a', '--metric', 'nope.nothing', ...period);
    expect(unknown.code).toBe(EXIT.notFound);
  });
});
