import type { Command } from 'commander';
import { displayValue, loadConfig } from '../../config/load';
import { CONFIG_KEYS } from '../../config/schema';
import type { CliIo } from '../io';
import type { GlobalOptions } from '../global-options';

export function registerConfig(program: Command, globals: () => GlobalOptions, io: CliIo): void {
  program
    .command('config')
    .description('print the effective configuration (secrets masked)')
    .option('--json', 'machine-readable output')
    .option('--markdown', 'the configuration reference table, as in the README')
    .action((opts: { json?: boolean; markdown?: boolean }) => {
      if (opts.markdown) {
        io.out(configMarkdownTable());
        return;
      }
      const g = globals();
      const config = loadConfig(process.env, {
        ...(g.dataDir !== undefined ? { dataDir: g.dataDir } : {}),
        ...(g.databaseUrl !== undefined ? { databaseUrl: g.databaseUrl } : {}),
      });
      const rows = CONFIG_KEYS.map((k) => ({ key: k.env, value: displayValue(k, config[k.key]), source: process.env[k.env] ? 'environment' : 'default' }));
      if (opts.json) io.out(JSON.stringify(Object.fromEntries(rows.map((r) => [r.key, r.value])), null, 2));
      else io.out(rows.map((r) => `${r.key.padEnd(20)} ${r.value}  (${r.source})`).join('\n'));
    });
}

/** The README's configuration table, generated from the one declaration of the keys. */
export function configMarkdownTable(): string {
  const rows = CONFIG_KEYS.map((k) => `| \`${k.env}\` | ${k.default === null ? '(not set)' : `\`${k.default}\``} | ${k.secret ? 'yes' : 'no'} | ${k.description} |`);
  return ['| variable | default | secret | meaning |', '|---|---|---|---|', ...rows].join('\n');
}
