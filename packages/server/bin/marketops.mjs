#!/usr/bin/env node
// The `marketops` command. Why tsx: the project runs its TypeScript sources directly, so the CLI,
// the server and the tests execute the same files without a separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
