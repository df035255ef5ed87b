import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DomainError } from '@marketops/core';
import { loadConfig, REPO_ROOT } from '../src/config/load';
import { configMarkdownTable } from '../src/cli/commands/config';
import { orgMapJsonSchema } from '../src/org-file/json-schema';

describe('configuration', () => {
  it('works with zero configuration', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 4680, databaseUrl: null, logLevel: 'info', demo: false });
    expect(path.isAbsolute(c.dataDir)).toBe(true);
  });

  it('overrides win over the environment, which wins over defaults', () => {
    expect(loadConfig({ PORT: '5000' }).port).toBe(5000);
    expect(loadConfig({ PORT: '5000' }, { port: '6000' }).port).toBe(6000);
    expect(loadConfig({ MARKETOPS_DEMO: 'yes' }).demo).toBe(true);
  });

  it('names every invalid key at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('CONFIG_INVALID');
      expect((e as DomainError).issues.map((i) => i.path)).toEqual(['PORT', 'DATABASE_URL', 'LOG_LEVEL']);
    }
  });

  it('the README\'s configuration table is the generated one', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(configMarkdownTable());
  });

  it('the committed JSON Schema of org files is the generated one', () => {
    const committed = JSON.parse(readFileSync(path.join(REPO_ROOT, 'docs/org-map.schema.json'), 'utf8'));
    expect(committed).toEqual(orgMapJsonSchema());
  });
});
