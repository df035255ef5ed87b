import type { Command } from 'commander';
import { MetricSettingsSchema } from '@marketops/contracts';
import { DomainError, type MetricSettings } from '@marketops/core';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../global-options';
import { withApp } from './open';
import { readJsonFile } from '../read-json-file';

interface MetricSettingsOptions {
  file?: string;
  retentionDay?: string;
  ownAccounts?: string;
  storePaths?: string;
  primaryStore?: string;
  clear?: boolean;
  json?: boolean;
}

/**
 * `marketops workspace metric-settings <ws>`: shows or changes what some metrics read (target
 * audience, retention day, own accounts, store paths, primary store). Options edit one setting and
 * keep the others; `--file` replaces them all (the only way to write a target audience).
 */
export function registerWorkspaceMetricSettings(ws: Command, globals: () => GlobalOptions, io: CliIo): void {
  ws.command('metric-settings')
    .description('show or change what some metrics read: target audience, retention day, own accounts, store paths, primary store (docs/metrics)')
    .argument('<workspace>', 'workspace id')
    .option('--file <path>', 'replace every metric setting with a JSON file (the API\'s shape; the only way to set a target audience)')
    .option('--retention-day <n>', 'N of day-N retention (user-ops.retention-rate)')
    .option('--own-accounts <sources>', 'comma-separated utm_source values of the company\'s own social accounts; "" clears')
    .option('--store-paths <paths>', 'comma-separated page-path prefixes of the store, e.g. /shop,/store; "" clears')
    .option('--primary-store <store>', 'the app store whose category rank is read, or "none"')
    .option('--clear', 'remove every metric setting (each metric uses its default)')
    .option('--json', 'machine-readable output')
    .action((workspaceId: string, opts: MetricSettingsOptions) =>
      withApp(globals(), async (app) => {
        let settings = await app.settings.getMetrics(workspaceId);
        const next = await requestedSettings(settings, opts);
        if (next !== null) settings = await app.settings.putMetrics(workspaceId, next);
        if (opts.json) return io.out(JSON.stringify(settings, null, 2));
        io.out(describe(settings));
      }),
    );
}

/** The settings the options ask for, or null when they ask for no change. Usage errors name the option or the file's field. */
async function requestedSettings(current: MetricSettings, opts: MetricSettingsOptions): Promise<MetricSettings | null> {
  const edits = [opts.retentionDay, opts.ownAccounts, opts.storePaths, opts.primaryStore].some((v) => v !== undefined);
  if (opts.clear && (opts.file !== undefined || edits)) throw new DomainError('VALIDATION_FAILED', '--clear cannot be combined with other settings');
  if (opts.clear) return {};
  let base: MetricSettings = current;
  if (opts.file !== undefined) base = await readJsonFile(opts.file, MetricSettingsSchema);
  else if (!edits) return null;

  const list = (text: string) => text.split(',').map((v) => v.trim()).filter((v) => v !== '');
  const out: { -readonly [K in keyof MetricSettings]: MetricSettings[K] } = { ...base };
  if (opts.retentionDay !== undefined) {
    if (!/^\d+$/.test(opts.retentionDay.trim())) throw new DomainError('VALIDATION_FAILED', `--retention-day ${opts.retentionDay}: expected a whole number of days`);
    out.retentionDay = Number(opts.retentionDay);
  }
  if (opts.ownAccounts !== undefined) out.ownAccounts = list(opts.ownAccounts);
  if (opts.storePaths !== undefined) out.storePathPrefixes = list(opts.storePaths);
  if (opts.primaryStore !== undefined) {
    if (opts.primaryStore.trim().toLowerCase() === 'none') delete out.primaryStore;
    else out.primaryStore = opts.primaryStore.trim();
  }
  return out;
}

function describe(settings: MetricSettings): string {
  const condition = (c: NonNullable<MetricSettings['targetAudience']>[number]) =>
    c.op === 'exists' ? `${c.trait} is set` : c.op === 'in' ? `${c.trait} in ${c.values.map((v) => JSON.stringify(v)).join(', ')}` : `${c.trait} between ${c.min} and ${c.max}`;
  const audience = settings.targetAudience ?? [];
  return [
    `target audience: ${audience.length === 0 ? 'everyone (no rule)' : audience.map(condition).join(' and ')}`,
    `retention day: ${settings.retentionDay ?? '7 (default)'}`,
    `own accounts: ${settings.ownAccounts?.length ? settings.ownAccounts.join(', ') : 'none'}`,
    `store paths: ${settings.storePathPrefixes?.length ? settings.storePathPrefixes.join(', ') : 'none (no page counts as a store visit)'}`,
    `primary store: ${settings.primaryStore ?? 'none (no category rank)'}`,
  ].join('\n');
}
