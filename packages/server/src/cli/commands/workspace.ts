import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import Table from 'cli-table3';
import { DomainError } from '@marketops/core';
import { parseOrgFile } from '../../org-file/parse-org-file';
import { writeOrgFile } from '../../org-file/write-org-file';
import { TemplateLibrary } from '../../app/templates';
import { renderMap } from '../render-check';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../global-options';
import { withApp } from './open';
import { registerWorkspaceMetricSettings } from './workspace-metric-settings';
import { registerWorkspaceChannelRules } from './workspace-channel-rules';

/** Reads an org file, turning I/O failures into a domain error that names the file. */
export async function readOrgFile(file: string) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new DomainError('ORG_FILE_UNREADABLE', `${file}: cannot read the file (${reason})`, [{ path: '', code: 'ORG_FILE_UNREADABLE', message: reason, file }]);
  }
  return parseOrgFile(text, file);
}

export function registerWorkspace(program: Command, globals: () => GlobalOptions, io: CliIo): void {
  program
    .command('templates')
    .description('list the built-in organisation templates')
    .action(async () => {
      const table = new Table({ head: ['template', 'name', 'description'], colWidths: [12, 34, 70], wordWrap: true, style: { head: [], border: [] } });
      for (const t of await new TemplateLibrary().list()) table.push([t.id, t.name, t.description]);
      io.out(table.toString());
    });

  const ws = program.command('workspace').description('create, list, import, export and delete workspaces');

  ws.command('list')
    .description('list workspaces')
    .option('--json', 'machine-readable output')
    .action((opts: { json?: boolean }) =>
      withApp(globals(), async (app) => {
        const list = await app.orgService.listWorkspaces();
        if (opts.json) return io.out(JSON.stringify(list, null, 2));
        if (list.length === 0) return io.out('No workspaces yet. Create one: marketops workspace create --template company-a');
        const table = new Table({ head: ['id', 'name', 'departments', 'version'], style: { head: [], border: [] } });
        for (const w of list) table.push([w.id, w.name, w.departmentCount, w.version]);
        io.out(table.toString());
      }),
    );

  ws.command('create')
    .description('create a workspace from a template (--template) or an org file (--file, YAML or JSON)')
    .option('--template <id>', 'canonical, company-a, company-b or company-c')
    .option('--file <path>', 'an org-map file (format marketops.org/v1)')
    .option('--id <id>', 'workspace id, with --template (default: the template\'s)')
    .option('--name <name>', 'workspace name, with --template')
    .action((opts: { template?: string; file?: string; id?: string; name?: string }) => {
      if ((opts.template === undefined) === (opts.file === undefined)) {
        throw new DomainError('VALIDATION_FAILED', 'give exactly one of --template <id> or --file <path>');
      }
      return withApp(globals(), async (app) => {
        // Why: parse and validate the whole file before opening a transaction: nothing is written on error.
        const created = opts.file
          ? await app.orgService.createWorkspace(await readOrgFile(opts.file))
          : await app.orgService.createFromTemplate(opts.template!, { id: opts.id, name: opts.name });
        io.out(`Created workspace "${created.map.workspace.id}" with ${created.map.departments.length} departments. Check it: marketops check ${created.map.workspace.id}`);
      });
    });

  ws.command('import')
    .description('replace a workspace\'s whole map with an org file')
    .argument('<workspace>', 'workspace id')
    .requiredOption('--file <path>', 'an org-map file (YAML or JSON)')
    .action((workspaceId: string, opts: { file: string }) =>
      withApp(globals(), async (app) => {
        const saved = await app.orgService.replaceMap(workspaceId, await readOrgFile(opts.file));
        io.out(`Imported ${opts.file} into "${workspaceId}" (version ${saved.version}).`);
      }),
    );

  ws.command('validate')
    .description('check an org file without writing anything')
    .argument('<file>', 'an org-map file (YAML or JSON)')
    .action(async (file: string) => {
      const map = await readOrgFile(file);
      io.out(`${file}: valid (${map.departments.length} departments, ${map.assignments.length} duties).`);
    });

  ws.command('show')
    .description('show the organisation map as a tree')
    .argument('<workspace>', 'workspace id')
    .action((workspaceId: string) =>
      withApp(globals(), async (app) => {
        const { map } = await app.orgService.getMap(workspaceId);
        io.out(renderMap(map, globals().lang));
      }),
    );

  ws.command('export')
    .description('export the map as an org file')
    .argument('<workspace>', 'workspace id')
    .option('--format <format>', 'yaml or json', 'yaml')
    .option('--output <path>', 'write to a file instead of stdout')
    .action((workspaceId: string, opts: { format: string; output?: string }) =>
      withApp(globals(), async (app) => {
        if (opts.format !== 'yaml' && opts.format !== 'json') {
          throw new DomainError('VALIDATION_FAILED', `--format must be yaml or json, not "${opts.format}"`);
        }
        const { map } = await app.orgService.getMap(workspaceId);
        const text = writeOrgFile(map, opts.format);
        if (opts.output) {
          await writeFile(opts.output, text, 'utf8');
          io.err(`Wrote ${path.resolve(opts.output)}`);
        } else io.out(text);
      }),
    );

  ws.command('delete')
    .description('delete a workspace and its map')
    .argument('<workspace>', 'workspace id')
    .action((workspaceId: string) =>
      withApp(globals(), async (app) => {
        await app.orgService.deleteWorkspace(workspaceId);
        io.out(`Deleted workspace "${workspaceId}".`);
      }),
    );

  ws.command('settings')
    .description('show or change a workspace\'s time zone, reporting currency and exchange rates')
    .argument('<workspace>', 'workspace id')
    .option('--time-zone <zone>', 'IANA time zone, e.g. Asia/Shanghai')
    .option('--currency <code>', 'reporting currency (ISO 4217), or "none" to report per currency')
    .option('--rate <currency=rate...>', 'exchange rate into the reporting currency, e.g. USD=7.12 (repeatable; replaces the rates)')
    .option('--json', 'machine-readable output')
    .action((workspaceId: string, opts: { timeZone?: string; currency?: string; rate?: string[]; json?: boolean }) =>
      withApp(globals(), async (app) => {
        let settings = await app.settings.get(workspaceId);
        if (opts.timeZone !== undefined || opts.currency !== undefined || opts.rate !== undefined) {
          settings = await app.settings.put(workspaceId, {
            timeZone: opts.timeZone ?? settings.timeZone,
            reportingCurrency: opts.currency === undefined ? settings.reportingCurrency : opts.currency.toLowerCase() === 'none' ? null : opts.currency.toUpperCase(),
            exchangeRates: opts.rate === undefined ? settings.exchangeRates : parseRates(opts.rate),
          });
        }
        if (opts.json) return io.out(JSON.stringify(settings, null, 2));
        const rates = Object.entries(settings.exchangeRates).map(([currency, rate]) => `${currency}=${rate}`).join(', ');
        io.out(`time zone: ${settings.timeZone}\nreporting currency: ${settings.reportingCurrency ?? 'none (money is reported per currency)'}\nexchange rates: ${rates || 'none'}`);
      }),
    );

  registerWorkspaceMetricSettings(ws, globals, io);
  registerWorkspaceChannelRules(ws, globals, io);
}

/** `USD=7.12` pairs from --rate; a malformed pair is a usage error naming it. */
function parseRates(pairs: readonly string[]): Record<string, string> {
  const rates: Record<string, string> = {};
  for (const pair of pairs) {
    const match = /^([A-Za-z]{3})=(.+)$/.exec(pair.trim());
    if (match === null) throw new DomainError('VALIDATION_FAILED', `--rate ${pair}: expected CURRENCY=RATE, e.g. USD=7.12`);
    rates[(match[1] as string).toUpperCase()] = (match[2] as string).trim();
  }
  return rates;
}
