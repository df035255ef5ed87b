import type { Command } from 'commander';
import { ChannelRulesInputSchema } from '@marketops/contracts';
import { DomainError, UNASSIGNED_CHANNEL, type ChannelCondition, type ChannelRule } from '@marketops/core';
import type { ChannelRulesState } from '../../app/channel-rules-service';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../global-options';
import { withApp } from './open';
import { readJsonFile } from '../read-json-file';

interface ChannelRulesOptions {
  file?: string;
  reset?: boolean;
  reclassify?: boolean;
  test?: string[];
  json?: boolean;
}

/**
 * `marketops workspace channel-rules <ws>`: shows the rules that give each incoming message its
 * channel; `--file` replaces them (the API's JSON shape, `{ "rules": [...] }`), `--reset` goes back
 * to the defaults, `--reclassify` applies the saved rules to stored events, `--test` classifies
 * sample sources.
 */
export function registerWorkspaceChannelRules(ws: Command, globals: () => GlobalOptions, io: CliIo): void {
  ws.command('channel-rules')
    .description('show or change the channel rules (docs/ingestion.md#channels): --file replaces them, --reset restores the defaults, --reclassify applies them to stored events')
    .argument('<workspace>', 'workspace id')
    .option('--file <path>', 'replace the rules with a JSON file: { "rules": [ { "channel": ..., "when": ... }, ... ] }')
    .option('--reset', "go back to MarketOps' default rules")
    .option('--reclassify', 'give stored events the channel the saved rules give their traffic source')
    .option('--test <source/medium/campaign>', 'classify a sample traffic source with the saved rules, e.g. --test xiaohongshu/kol (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--json', 'machine-readable output')
    .action((workspaceId: string, opts: ChannelRulesOptions) =>
      withApp(globals(), async (app) => {
        if (opts.reset && opts.file !== undefined) throw new DomainError('VALIDATION_FAILED', '--reset cannot be combined with --file');
        let state: ChannelRulesState;
        if (opts.file !== undefined) state = await app.channelRules.put(workspaceId, (await readJsonFile(opts.file, ChannelRulesInputSchema)).rules as ChannelRule[]);
        else if (opts.reset) state = await app.channelRules.reset(workspaceId);
        else state = await app.channelRules.get(workspaceId);
        const reclassified = opts.reclassify ? await app.channelRules.reclassify(workspaceId) : undefined;
        const samples = (opts.test ?? []).map(sampleOf);
        const tested = samples.length > 0 ? await app.channelRules.test(workspaceId, samples) : undefined;
        if (opts.json) return io.out(JSON.stringify({ ...state, ...(reclassified ? { reclassified } : {}), ...(tested ? { tested } : {}) }, null, 2));
        io.out(describe(state));
        if (reclassified) io.out(`reclassified: ${reclassified.changed} events changed channel (${reclassified.sources} distinct traffic sources examined)`);
        tested?.forEach((result, i) => io.out(`${opts.test?.[i]} -> ${result.channel}${result.rule === null ? ' (no rule matched)' : ` (rule ${result.rule + 1})`}`));
      }),
    );
}

function sampleOf(text: string) {
  const [source, medium, campaign] = text.split('/').map((part) => (part.trim() === '' ? null : part.trim()));
  if (source === undefined) throw new DomainError('VALIDATION_FAILED', `--test ${text}: expected source/medium[/campaign]`);
  return { source, medium: medium ?? null, campaign: campaign ?? null };
}

/** A condition in words, e.g. `medium in cpc, ppc and source is a search site`. */
export function conditionText(condition: ChannelCondition): string {
  switch (condition.op) {
    case 'in':
      return `${condition.field} in ${condition.values.join(', ')}`;
    case 'matches':
      return `${condition.field} matches /${condition.pattern}/i`;
    case 'contains':
      return `${condition.field} contains "${condition.value}"`;
    case 'endsWith':
      return `${condition.field} ends with "${condition.value}"`;
    case 'sourceCategory':
      return `source is a ${condition.category} site`;
    case 'any':
    case 'all':
      return condition.of.map((inner) => (inner.op === 'any' || inner.op === 'all' ? `(${conditionText(inner)})` : conditionText(inner))).join(condition.op === 'any' ? ' or ' : ' and ');
  }
}

function describe(state: ChannelRulesState): string {
  const head = state.isDefault ? "MarketOps' default rules (GA4's default channel group plus offline channels)" : `the workspace's own rules, saved ${state.updatedAt?.toISOString()}`;
  const lines = state.rules.map((rule, i) => `${String(i + 1).padStart(3)}. ${rule.channel}: ${conditionText(rule.when)}`);
  return [head, 'first match wins:', ...lines, `     otherwise: ${UNASSIGNED_CHANNEL}`].join('\n');
}
