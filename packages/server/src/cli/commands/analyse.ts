import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import Table from 'cli-table3';
import { DomainError } from '@marketops/core';
import { UTM_FIELDS, type AttributionResultSchema, type BreakdownSchema, type FilterSchema, type FunnelResultSchema, type ReachResultSchema, type ReferralResultSchema, type RetentionResultSchema, type TrendRequestSchema, type TrendResultSchema } from '@marketops/contracts';
import type { z } from 'zod';
import type { CliIo } from '../io';
import { formatValue } from './metrics';
import { callServer, serverUrl } from './server-client';

type Funnel = z.output<typeof FunnelResultSchema>;
type Retention = z.output<typeof RetentionResultSchema>;
type Attribution = z.output<typeof AttributionResultSchema>;
type Reach = z.output<typeof ReachResultSchema>;
type Referrals = z.output<typeof ReferralResultSchema>;
type Trend = z.output<typeof TrendResultSchema>;
type TrendRequest = z.input<typeof TrendRequestSchema>;
type Answer = Funnel | Retention | Attribution | Reach | Referrals;

const KINDS = {
  funnel: (a: Answer) => funnelTable(a as Funnel),
  retention: (a: Answer) => retentionTable(a as Retention),
  attribution: (a: Answer) => attributionTable(a as Attribution),
  reach: (a: Answer) => reachTable(a as Reach),
  referrals: (a: Answer) => referralsTable(a as Referrals),
} as const;

const percent = (rate: number | null) => (rate === null ? '' : `${(rate * 100).toFixed(1)}%`);
const duration = (ms: number | null) => (ms === null ? '' : ms < 3_600_000 ? `${(ms / 60_000).toFixed(1)} min` : `${(ms / 3_600_000).toFixed(1)} h`);

/**
 * `marketops analyse <funnel|retention|attribution|reach|referrals> <workspace> --spec spec.json`: runs an analysis on the
 * running server (the spec is the API's request body, docs/analyses.md) and prints a table, or
 * the answer as JSON with --json. Over HTTP for the same reason as the ingestion commands: the
 * server holds the event store.
 */
export function registerAnalyse(program: Command, io: CliIo): void {
  const analyse = program.command('analyse').alias('analyze').description('run an analysis (funnel, retention, attribution, reach, referrals, trend) on the running server');
  for (const kind of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
    analyse
      .command(kind)
      .argument('<workspace>')
      .requiredOption('--spec <file>', 'the analysis as JSON (the API request body)')
      .option('--json', 'print the answer as JSON')
      .option('--url <url>', 'base URL of the running server (default from HOST and PORT)')
      .action(async (ws: string, o: { spec: string; json?: boolean; url?: string }) => {
        const spec = await readSpec(o.spec);
        const answer = await callServer<Answer>(serverUrl(o.url), 'POST', `/api/workspaces/${encodeURIComponent(ws)}/analyses/${kind}`, spec);
        io.out(o.json ? JSON.stringify(answer, null, 2) : KINDS[kind](answer));
      });
  }
  analyse
    .command('trend')
    .description('a metric by day, week or month, with filters, one breakdown and the previous period')
    .argument('<workspace>')
    .requiredOption('--metric <id>', 'the metric, e.g. store-ops.orders (`marketops metrics list`)')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .option('--interval <interval>', 'day, week or month', 'day')
    .option('--filter <filter>', 'repeatable: channel=Paid Search, campaign.name~spring, property.plan:in=pro,team, property.total>=100, trait.country:exists, or a filter as JSON', collect, [])
    .option('--breakdown <by>', 'channel, campaign.<field>, property.<key> or trait.<key>')
    .option('--compare', 'also the previous period of the same length')
    .option('--channel-map <name=group>', 'repeatable: a cost-file channel and its channel group, e.g. "Google Ads=Paid Search"', collect, [])
    .option('--time-zone <zone>', 'IANA zone of the days (default: the workspace setting)')
    .option('--json', 'print the answer as JSON')
    .option('--url <url>', 'base URL of the running server (default from HOST and PORT)')
    .action(async (ws: string, o: TrendOptions) => {
      const answer = await callServer<Trend>(serverUrl(o.url), 'POST', `/api/workspaces/${encodeURIComponent(ws)}/analyses/trend`, trendRequest(o));
      io.out(o.json ? JSON.stringify(answer, null, 2) : trendTable(answer));
    });
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The options of `analyse trend` as commander parses them. */
export interface TrendOptions {
  readonly metric: string;
  readonly from: string;
  readonly to: string;
  readonly interval: string;
  readonly filter: readonly string[];
  readonly breakdown?: string;
  readonly compare?: boolean;
  readonly channelMap: readonly string[];
  readonly timeZone?: string;
  readonly json?: boolean;
  readonly url?: string;
}

function invalid(path: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `${path}: ${message}`, [{ path, code: 'VALIDATION_FAILED', message }]);
}

type Filter = z.input<typeof FilterSchema>;
type Breakdown = z.input<typeof BreakdownSchema>;
type Target = { kind: 'channel' } | { kind: 'campaign'; field: (typeof UTM_FIELDS)[number] } | { kind: 'property' | 'trait'; key: string };

/** `channel`, `campaign.<utm field>`, `property.<key>`, `trait.<key>`; null when it is none of them. */
function target(text: string): Target | null {
  if (text === 'channel') return { kind: 'channel' };
  const dot = text.indexOf('.');
  const [kind, rest] = [text.slice(0, dot), text.slice(dot + 1)];
  if (dot < 0 || rest === '') return null;
  if (kind === 'campaign') return (UTM_FIELDS as readonly string[]).includes(rest) ? { kind: 'campaign', field: rest as (typeof UTM_FIELDS)[number] } : null;
  return kind === 'property' || kind === 'trait' ? { kind, key: rest } : null;
}

const FILTER_SYNTAX = /^(channel|campaign\.[A-Za-z]+|(?:property|trait)\.[^:=~<>]+)(:exists|:in=|>=|<=|=|~|>|<)(.*)$/s;

/**
 * One `--filter`: `<target><op><value>` with op `=` (equals), `~` (contains), `>`, `>=`, `<`,
 * `<=` (numbers), `:in=a,b,c` or `:exists`; or a filter as JSON (for keys or values the short
 * form cannot spell). Values are text: the server compares text forms, so `=12` matches 12.
 *
 * @example parseFilter('campaign.name~spring', 0) // { kind: 'campaign', field: 'name', test: { op: 'contains', value: 'spring' } }
 */
export function parseFilter(text: string, index: number): Filter {
  const path = `filters.${index}`;
  if (text.trimStart().startsWith('{')) {
    try {
      return JSON.parse(text) as Filter;
    } catch (error) {
      throw invalid(path, `not JSON (${(error as Error).message})`);
    }
  }
  const match = FILTER_SYNTAX.exec(text);
  const on = match === null ? null : target(match[1] ?? '');
  if (match === null || on === null) {
    throw invalid(path, `"${text}" is not a filter; write e.g. channel=Paid Search, campaign.source~goog, property.plan:in=pro,team, property.total>=100, trait.country:exists, or JSON`);
  }
  const op = match[2] ?? '';
  const value = match[3] ?? '';
  let test: Filter['test'];
  if (op === ':exists') {
    if (value !== '') throw invalid(path, `":exists" takes no value ("${text}")`);
    test = { op: 'exists' };
  } else if (op === ':in=') test = { op: 'in', values: value.split(',') };
  else if (op === '=') test = { op: 'equals', value };
  else if (op === '~') test = { op: 'contains', value };
  else {
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number)) throw invalid(path, `"${value}" is not a number to compare with`);
    test = { op: ({ '>': 'gt', '>=': 'gte', '<': 'lt', '<=': 'lte' } as const)[op as '>' | '>=' | '<' | '<='], value: number };
  }
  return { ...on, test } as Filter;
}

/** `--breakdown`: `channel`, `campaign.<field>`, `property.<key>` or `trait.<key>`. */
export function parseBreakdown(text: string): Breakdown {
  const on = target(text);
  if (on === null) throw invalid('breakdown', `"${text}" is not a breakdown; write channel, campaign.name, property.<key> or trait.<key>`);
  return on;
}

/** The request body of `analyse trend` (the server checks the rest, naming the field). */
export function trendRequest(o: TrendOptions): TrendRequest {
  const channelMap: Record<string, string> = {};
  for (const [i, pair] of o.channelMap.entries()) {
    const at = pair.indexOf('=');
    if (at <= 0) throw invalid(`channelMap.${i}`, `"${pair}" is not name=group, e.g. "Google Ads=Paid Search"`);
    channelMap[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return {
    metricId: o.metric,
    period: { from: o.from, to: o.to, ...(o.timeZone === undefined ? {} : { timeZone: o.timeZone }) },
    interval: o.interval as TrendRequest['interval'],
    ...(o.filter.length === 0 ? {} : { filters: o.filter.map(parseFilter) }),
    ...(o.breakdown === undefined ? {} : { breakdown: parseBreakdown(o.breakdown) }),
    ...(o.compare === true ? { compare: true } : {}),
    ...(o.channelMap.length === 0 ? {} : { channelMap }),
  };
}

/**
 * A trend as a table: a row per bucket, a column per series (the total, the breakdown values,
 * `(other)`), the whole period last; with the previous period, each cell shows it in brackets
 * and a last row the relative change.
 */
export function trendTable(result: Trend): string {
  const compare = result.previousPeriod !== undefined;
  const table = new Table({ head: ['', ...result.series.map((s) => s.name)], style: { head: [], border: [] } });
  const cell = (value: Trend['series'][number]['value'], previous: Trend['series'][number]['value'] | undefined) =>
    `${formatValue(value)}${value.provisional ? '*' : ''}${previous === undefined ? '' : ` (${formatValue(previous)})`}`;
  const buckets = result.series[0]?.buckets ?? [];
  buckets.forEach((bucket, i) => {
    const label = bucket.period.from === bucket.period.to ? bucket.period.from : `${bucket.period.from}..${bucket.period.to}`;
    table.push([label, ...result.series.map((s) => cell(s.buckets[i] ?? s.value, s.previous?.buckets[i]))]);
  });
  table.push(['period', ...result.series.map((s) => cell(s.value, s.previous?.value))]);
  const change = (rate: number | null | undefined) => (rate === null || rate === undefined ? '' : `${rate >= 0 ? '+' : ''}${(rate * 100).toFixed(1)}%`);
  if (compare) table.push(['change', ...result.series.map((s) => change(s.previous?.relativeChange))]);
  const { period, previousPeriod } = result;
  const lines = [`${result.metricId}, ${period.from} to ${period.to} (${period.timeZone}), by ${result.interval}`, table.toString()];
  if (previousPeriod !== undefined) lines.push(`(in brackets: the previous period, ${previousPeriod.from} to ${previousPeriod.to}, bucket by bucket)`);
  if (result.series.some((s) => s.value.provisional || s.buckets.some((b) => b.provisional))) lines.push('* not final yet');
  const other = result.series.find((s) => s.kind === 'other');
  if (other?.mergedValues) lines.push(`(other): ${other.mergedValues} more values together`);
  return lines.join('\n');
}

async function readSpec(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new DomainError('IMPORT_FILE_INVALID', `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DomainError('VALIDATION_FAILED', `${file}: not JSON (${(error as Error).message})`);
  }
}

export function funnelTable(result: Funnel): string {
  const table = new Table({ head: ['step', 'people', 'from previous', 'from first', 'median time'], style: { head: [], border: [] } });
  for (const s of result.steps) table.push([`${s.step}. ${s.label}`, s.people, percent(s.conversionFromPrevious), percent(s.conversionFromFirst), duration(s.medianTimeToConvertMs)]);
  return result.excludedPeople > 0 ? `${table.toString()}\n${result.excludedPeople} excluded` : table.toString();
}

export function retentionTable(result: Retention): string {
  const periods = result.overall.map((o) => o.period);
  const table = new Table({ head: ['cohort', 'people', ...periods.map((p) => `+${p}`)], style: { head: [], border: [] } });
  for (const c of result.cohorts) table.push([c.bucket, c.size, ...c.cells.map((cell) => (cell.complete ? percent(cell.rate) : `${percent(cell.rate)}*`))]);
  return `${table.toString()}\n* period not over yet`;
}

const money = (amounts: Record<string, string | null>) =>
  Object.entries(amounts)
    .map(([currency, amount]) => (amount === null ? '' : `${amount} ${currency}`))
    .filter(Boolean)
    .join(', ');

export function reachTable(result: Reach): string {
  const table = new Table({ head: ['channel', 'reach', 'touches', 'frequency', 'cost', 'cost per contact'], style: { head: [], border: [] } });
  for (const r of [...result.byChannel, { name: 'total', ...result.total }]) {
    table.push([r.name, r.reach, r.touches, r.frequency === null ? '' : r.frequency.toFixed(2), money(r.cost), money(r.costPerContact)]);
  }
  return table.toString();
}

export function attributionTable(result: Attribution): string {
  const channels = [...new Set(result.models.flatMap((m) => m.byChannel.map((r) => r.channel)))].sort();
  const table = new Table({ head: ['channel', ...result.models.map((m) => m.model)], style: { head: [], border: [] } });
  for (const channel of channels) {
    table.push([channel, ...result.models.map((m) => (m.byChannel.find((r) => r.channel === channel)?.conversions ?? 0).toFixed(2))]);
  }
  return `${table.toString()}\n${result.conversions} conversions`;
}

export function referralsTable(result: Referrals): string {
  const table = new Table({ head: ['cohort', 'people', 'invitations', 'referred sign-ups', 'K-factor', 'median cycle'], style: { head: [], border: [] } });
  for (const c of result.cohorts) table.push([c.bucket, c.size, c.invitations, c.referredSignups, c.kFactor === null ? '' : c.kFactor.toFixed(2), duration(c.medianCycleTimeMs)]);
  return `${table.toString()}\n${result.edges.length} referrals in ${result.trees.length} trees`;
}
