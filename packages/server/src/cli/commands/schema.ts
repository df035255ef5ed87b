import type { Command } from 'commander';
import { orgMapJsonSchema } from '../../org-file/json-schema';
import type { CliIo } from '../io';

export function registerSchema(program: Command, io: CliIo): void {
  program
    .command('schema')
    .description('print a published JSON Schema')
    .argument('<name>', 'org-map')
    .action((name: string) => {
      if (name !== 'org-map') throw new Error(`unknown schema "${name}"; available: org-map`);
      io.out(JSON.stringify(orgMapJsonSchema(), null, 2));
    });
}
