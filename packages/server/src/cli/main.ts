import { Command, CommanderError, Option } from 'commander';
import { isDomainError, LOCALES } from '@marketops/core';
import { APP_VERSION } from '../version';
import { EXIT, exitCodeFor } from './exit-codes';
import { processIo, type CliIo } from './io';
import { registerServe } from './commands/serve';
import { registerConfig } from './commands/config';
import { registerWorkspace } from './commands/workspace';
import { registerCheck } from './commands/check';
import { registerSchema } from './commands/schema';
import { registerIngestion } from './commands/ingestion';
import { registerImport } from './commands/import';
import { registerDemo } from './commands/demo';
import { registerAnalyse } from './commands/analyse';
import { registerMetrics } from './commands/metrics';
import type { GlobalOptions } from './global-options';


/**
 * Runs `marketops` with `argv` and returns the exit code instead of exiting, so tests can call
 * it in-process. Domain errors print their message and every issue (file, line, field) on stderr.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = new Command('marketops')
    .description('MarketOps: which department answers for which function, and for which number.')
    .version(APP_VERSION)
    .option('--data-dir <dir>', 'embedded storage directory (overrides MARKETOPS_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL server instead of embedded storage (overrides DATABASE_URL)')
    .addOption(new Option('--lang <locale>', 'language of catalog names in output').choices([...LOCALES]).default('en'))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError();

  const globals = () => program.opts<GlobalOptions>();
  registerServe(program, globals, io);
  registerConfig(program, globals, io);
  registerWorkspace(program, globals, io);
  registerCheck(program, globals, io);
  registerSchema(program, io);
  registerIngestion(program, io);
  registerImport(program, globals, io);
  registerDemo(program, io);
  registerAnalyse(program, io);
  registerMetrics(program, globals, io);

  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (isDomainError(error)) {
      io.err(`error [${error.code}]: ${error.message}`);
      for (const issue of error.issues.length > 1 ? error.issues : []) {
        const where = [issue.file, issue.line !== undefined ? `line ${issue.line}` : undefined, issue.path || undefined].filter(Boolean).join(', ');
        io.err(`  - ${where}: ${issue.message}`);
      }
      return exitCodeFor(error.code);
    }
    io.err(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.unexpected;
  }
}
