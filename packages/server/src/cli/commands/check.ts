import type { Command } from 'commander';
import { CATALOG, checkResponsibilities, DomainError } from '@marketops/core';
import { presentCheck } from '../../presenters';
import { renderCheck } from '../render-check';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../global-options';
import { withApp } from './open';
import { readOrgFile } from './workspace';

export function registerCheck(program: Command, globals: () => GlobalOptions, io: CliIo): void {
  program
    .command('check')
    .description('run the responsibility check: gaps, overlaps, mixed departments, KPIs per department')
    .argument('[workspace]', 'workspace id')
    .option('--file <path>', 'check an org file instead of a stored workspace (nothing is written)')
    .option('--json', 'machine-readable output (the API\'s check response)')
    .action(async (workspaceId: string | undefined, opts: { file?: string; json?: boolean }) => {
      const loaded = opts.file
        ? { map: await readOrgFile(opts.file), version: 0 }
        : await withApp(globals(), (app) => app.orgService.getMap(requireWorkspace(workspaceId)));
      const report = checkResponsibilities(loaded.map, CATALOG);
      if (opts.json) io.out(JSON.stringify(presentCheck(loaded.map.workspace.id, loaded.version, report), null, 2));
      else io.out(renderCheck(loaded.map, report, globals().lang));
    });
}

function requireWorkspace(id: string | undefined): string {
  if (!id) throw new DomainError('VALIDATION_FAILED', 'give a workspace id, or --file <path>');
  return id;
}
