import type { LOCALES } from '@marketops/core';

/** Options every command accepts; they override the environment (see `marketops config`). */
export interface GlobalOptions {
  dataDir?: string;
  databaseUrl?: string;
  lang: (typeof LOCALES)[number];
}
