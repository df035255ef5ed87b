import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import Table from 'cli-table3';
import { DomainError } from '@marketops/core';
import type { AttributionResultSchema, FunnelResultSchema, ReachResultSchema, ReferralResultSchema, RetentionResultSchema } from '@marketops/contracts';
import type { z } from 'zod';
import type { CliIo } from '../io';
import { callServer, serverUrl } from './server-client';

type Funnel = z.output<typeof FunnelResultSchema>;
type Retention = z.output<typeof RetentionResultSchema>;
type Attribution = z.output<typeof AttributionResultSchema>;
type Reach = z.output<typeof ReachResultSchema>;
type Referrals = z.output<typeof ReferralResultSchema>;
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
  const analyse = program.command('analyse').alias('analyze').description('run an analysis (funnel, retention, attribution, reach, referrals) on the running server');
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
