import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, metricReferencePage } from '@marketops/core';
import { REPO_ROOT } from '../src/config/load';

// Why: docs/metrics/<locale>.md is the users' reference; it must say what the code computes.
describe('docs/metrics', () => {
  it.each(LOCALES)('%s.md is the page generated from the definitions (npm run docs:metrics)', (locale) => {
    expect(readFileSync(path.join(REPO_ROOT, 'docs/metrics', `${locale}.md`), 'utf8')).toBe(metricReferencePage(locale));
  });
});
