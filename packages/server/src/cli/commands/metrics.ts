import type { Command } from 'commander';
import Table from 'cli-table3';
import type { z } from 'zod';
import type { DepartmentMetricsSchema, MetricDefinitionSchema, MetricOwnershipSchema, MetricResultSchema, MetricValueResponseSchema } from '@marketops/contracts';
import type { Locale } from '@marketops/core';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../global-options';
import { callServer, serverUrl } from './server-client';

type Definition = z.output<typeof MetricDefinitionSchema>;
type Value = z.output<typeof MetricValueResponseSchema>;
type Result = z.output<typeof MetricResultSchema>;
type Owner = z.output<typeof MetricOwnershipSchema>;
type Held = z.output<typeof DepartmentMetricsSchema>;

const urlOption = ['--url <url>', 'base URL of the running server (default from HOST and PORT)'] as const;
const enc = encodeURIComponent;

/** A value as a person reads it: money with its currency, ratios as percentages. */
export function formatValue(result: Result): string {
  if (result.value === null) return '—';
  if (result.money) return `${result.money.amount} ${result.money.currency}`;
  if (result.unit === 'ratio') return `${(result.value * 100).toFixed(1)}%`;
  return Number.isInteger(result.value) ? String(result.value) : result.value.toFixed(2);
}

/**
 * `marketops metrics ...`: the definitions, a metric's value for a period (per day, week or
 * month, against the previous period), who owns a metric, the KPIs of a department. A table by
 * default, `--json` for scripts; over HTTP, since the server holds the event store.
 */
export function registerMetrics(program: Command, globals: () => GlobalOptions, io: CliIo): void {
  const metrics = program.command('metrics').description('metric definitions, values, owners and department KPIs (on the running server)');
  const lang = (): Locale => globals().lang;

  metrics.command('list').description('every metric: id, owning function, unit').option('--json', 'machine-readable output').option(...urlOption)
    .action(async (o: { json?: boolean; url?: string }) => {
      const list = await callServer<Definition[]>(serverUrl(o.url), 'GET', '/api/metrics');
      if (o.json) return io.out(JSON.stringify(list, null, 2));
      const table = new Table({ head: ['metric', 'name', 'function', 'unit'], style: { head: [], border: [] } });
      for (const m of list) table.push([m.id, m.name[lang()], m.functionId, m.unit]);
      io.out(table.toString());
    });

  metrics.command('show').description('a metric\'s value for a period, with its owner').argument('<workspace>').argument('<metric>')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD').requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .option('--interval <interval>', 'also per day, week or month').option('--compare', 'also the previous period of the same length')
    .option('--json', 'machine-readable output').option(...urlOption)
    .action(async (ws: string, metric: string, o: { from: string; to: string; interval?: string; compare?: boolean; json?: boolean; url?: string }) => {
      const query = new URLSearchParams({ from: o.from, to: o.to, ...(o.interval ? { interval: o.interval } : {}), ...(o.compare ? { compare: 'true' } : {}) });
      const value = await callServer<Value>(serverUrl(o.url), 'GET', `/api/workspaces/${enc(ws)}/metrics/${enc(metric)}?${query}`);
      if (o.json) return io.out(JSON.stringify(value, null, 2));
      const owner = value.owner.accountable.map((d) => d.name).join(', ') || 'nobody (no department is accountable)';
      const lines = [`${metric}, ${o.from} to ${o.to} (${value.result.period.timeZone}): ${formatValue(value.result)}${value.result.provisional ? ' (provisional)' : ''}`, `owner: ${owner}`];
      if (value.previous) lines.push(`previous period (${value.previous.period.from} to ${value.previous.period.to}): ${formatValue(value.previous)}`);
      if (value.buckets) {
        const table = new Table({ head: ['from', 'to', 'value'], style: { head: [], border: [] } });
        for (const b of value.buckets) table.push([b.period.from, b.period.to, formatValue(b)]);
        lines.push(table.toString());
      }
      io.out(lines.join('\n'));
    });

  metrics.command('owner').description('who owns a metric in a workspace').argument('<workspace>').argument('<metric>').option('--json', 'machine-readable output').option(...urlOption)
    .action(async (ws: string, metric: string, o: { json?: boolean; url?: string }) => {
      const owner = await callServer<Owner>(serverUrl(o.url), 'GET', `/api/workspaces/${enc(ws)}/metrics/${enc(metric)}/owner`);
      if (o.json) return io.out(JSON.stringify(owner, null, 2));
      io.out(`${metric} (${owner.functionId}): ${owner.status}; accountable: ${owner.accountable.map((d) => d.name).join(', ') || 'nobody'}; contributing: ${owner.contributing.map((d) => d.name).join(', ') || 'nobody'}`);
    });

  metrics.command('department').description('the KPIs of a department').argument('<workspace>').argument('<department>').option('--json', 'machine-readable output').option(...urlOption)
    .action(async (ws: string, department: string, o: { json?: boolean; url?: string }) => {
      const held = await callServer<Held>(serverUrl(o.url), 'GET', `/api/workspaces/${enc(ws)}/departments/${enc(department)}/metrics`);
      if (o.json) return io.out(JSON.stringify(held, null, 2));
      const table = new Table({ head: ['role', 'function', 'metric', 'name'], style: { head: [], border: [] } });
      for (const [role, groups] of [['accountable', held.accountable], ['contributing', held.contributing]] as const) {
        for (const g of groups) for (const m of g.metrics) table.push([role + (g.shared ? ' (shared)' : ''), g.functionId, m.id, m.name[lang()]]);
      }
      io.out(table.toString());
    });
}
