import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { DomainError, isDomainError } from '@marketops/core';
import { DEFAULT_DEMO_DAYS, DEMO_TEMPLATE_LETTERS, findDemoProfile, MAX_DEMO_EVENTS, MIN_DEMO_EVENTS, planDemo } from '../../demo/core-demo';
import { loadDemo, type DemoLoadReport, type DemoProgress } from '../../demo/demo-loader';
import { httpSink } from '../../demo/http-sink';
import { demoStartDate } from '../../demo/start-date';
import type { CliIo } from '../io';
import { callServer, serverUrl } from './server-client';

interface DemoOpts {
  workspace: string;
  template?: string;
  size: string;
  seed: string;
  days: string;
  start?: string;
  url?: string;
  json?: boolean;
}

/**
 * `marketops demo generate`: simulates a company's 90 days (docs/demo-data.md) and sends them to
 * the running server over its public API: events to `POST /v1/batch` with a write key made for
 * the run (and revoked after it), costs and channel statistics to the CSV imports. Why through
 * the server: the server holds the embedded data directory while it runs, and events arrive
 * there (like `events send` and `keys`); going through the API also exercises exactly what a
 * company's own senders use. A workspace that does not exist is created from the template.
 */
export function registerDemo(program: Command, io: CliIo): void {
  const demo = program.command('demo').description('demo data: a simulated company\'s marketing, sales and service activity (docs/demo-data.md)');
  demo
    .command('generate')
    .description('generate demo data for a workspace and send it through the running server\'s ingestion and imports')
    .requiredOption('--workspace <id>', 'the workspace to fill (created from the template when missing)')
    .addOption(new Option('--template <letter>', 'the company to simulate (default: from the workspace id, company-a → a)').choices([...DEMO_TEMPLATE_LETTERS]))
    .option('--size <events>', `number of events to generate, ${MIN_DEMO_EVENTS} to ${MAX_DEMO_EVENTS}`, '100000')
    .option('--seed <n>', 'seed of the simulation: the same seed, size, days and start give the same data', '1')
    .option('--days <n>', 'days of activity, ending yesterday', String(DEFAULT_DEMO_DAYS))
    .option('--start <date>', 'first day (YYYY-MM-DD) instead of days before today')
    .option('--url <url>', 'base URL of the running server (default from HOST and PORT)')
    .option('--json', 'print the load report as JSON')
    .action(async (o: DemoOpts) => {
      const base = serverUrl(o.url);
      const template = o.template ?? findDemoProfile(o.workspace)?.letter;
      if (template === undefined) {
        throw new DomainError('VALIDATION_FAILED', `--template is needed: workspace "${o.workspace}" is not one of company-a, company-b, company-c`);
      }
      const profile = findDemoProfile(template)!;
      const days = wholeNumber('--days', o.days);
      const start = o.start ?? demoStartDate(new Date(), profile.timeZone, days);
      const plan = planDemo({ template, seed: wholeNumber('--seed', o.seed), start, days, size: wholeNumber('--size', o.size) });

      const ws = encodeURIComponent(o.workspace);
      try {
        await callServer(base, 'GET', `/api/workspaces/${ws}`);
      } catch (error) {
        if (!isDomainError(error) || error.code !== 'WORKSPACE_NOT_FOUND') throw error;
        await callServer(base, 'POST', '/api/workspaces', { template: profile.templateId, id: o.workspace });
        io.err(`Created workspace "${o.workspace}" from ${profile.templateId}.`);
      }
      const key = await callServer<{ id: string; key: string }>(base, 'POST', `/api/workspaces/${ws}/write-keys`, { label: 'demo generator' });
      io.err(`Simulating ${profile.brand} (${profile.industry}, ${profile.currency}, ${profile.timeZone}): ${days} days from ${start}, about ${plan.targetEvents} events, seed ${plan.seed}.`);
      const bar = demoProgressBar(plan.targetEvents);
      let report: DemoLoadReport;
      try {
        report = await loadDemo({ plan, sink: httpSink({ baseUrl: base, workspaceId: o.workspace, writeKey: key.key }), onProgress: bar.update });
        bar.complete(report.events.sent);
      } finally {
        bar.stop();
        // Why revoke: the key was made for this run; a write key left behind is an ingest credential nobody uses.
        await callServer(base, 'DELETE', `/api/workspaces/${ws}/write-keys/${encodeURIComponent(key.id)}`).catch(() => undefined);
      }
      if (o.json) return io.out(JSON.stringify(report, null, 2));
      io.out(summary(o.workspace, report));
      if (report.events.rejected > 0) {
        io.err(`${report.events.rejected} events were rejected (first: ${report.events.firstRejection}); they are kept as dead letters: marketops dead-letters list ${o.workspace}`);
      }
    });
}

function summary(workspace: string, r: DemoLoadReport): string {
  const rate = r.seconds > 0 ? Math.round(r.events.sent / r.seconds) : r.events.sent;
  return [
    `Demo data for "${workspace}" in ${r.seconds.toFixed(1)} s (${rate} events/s):`,
    `  events         ${r.events.accepted} new, ${r.events.duplicates} already stored, ${r.events.rejected} rejected (of ${r.events.sent} sent)`,
    `  costs          ${r.costs.inserted} new, ${r.costs.updated} updated, ${r.costs.unchanged} unchanged rows`,
    `  channel stats  ${r.channelStats.inserted} new, ${r.channelStats.updated} updated, ${r.channelStats.unchanged} unchanged snapshots`,
  ].join('\n');
}

/** A progress bar on stderr while events are sent; nothing when stderr is not a terminal. */
function demoProgressBar(total: number, stream: NodeJS.WriteStream = process.stderr): { update: (p: DemoProgress) => void; complete: (sent: number) => void; stop: () => void } {
  if (stream.isTTY !== true) return { update: () => undefined, complete: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream, clearOnComplete: false, hideCursor: true, format: 'events [{bar}] {percentage}% | {value}/{total} | {rate} events/s | ETA {eta_formatted}' },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let running = false;
  return {
    update(p) {
      if (p.phase !== 'events') return;
      if (!running) {
        bar.start(Math.max(total, p.sent), 0, { rate: 0 });
        running = true;
      }
      if (p.sent > bar.getTotal()) bar.setTotal(p.sent);
      bar.update(p.sent, { rate: Math.round(p.sent / Math.max(0.001, (performance.now() - started) / 1000)) });
    },
    /** The size is a target: at the end the bar's total becomes what was actually sent (100%). */
    complete(sent) {
      if (!running) return;
      bar.setTotal(sent);
      bar.update(sent);
    },
    stop: () => {
      if (running) bar.stop();
    },
  };
}

function wholeNumber(option: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n)) throw new DomainError('VALIDATION_FAILED', `${option} must be a whole number, not "${text}"`);
  return n;
}
