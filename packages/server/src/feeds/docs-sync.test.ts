import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { CHANNEL_METRICS, COST_TYPE_ALIASES, COST_TYPES } from '@marketops/core';
import { CHANNEL_STAT_FORMATS } from './csv/channel-formats/index';
import { COST_COLUMN_ALIASES } from './csv/costs-csv';

const doc = readFileSync(fileURLToPath(new URL('../../../../docs/feeds.md', import.meta.url)), 'utf8');

// Why: docs/feeds.md is the users' reference for what a file may say; this keeps it complete.
describe('docs/feeds.md', () => {
  it('lists every cost column name and cost type word', () => {
    const words = [...Object.values(COST_COLUMN_ALIASES).flat(), ...COST_TYPES, ...COST_TYPES.flatMap((t) => COST_TYPE_ALIASES[t])];
    expect(words.filter((w) => !doc.includes(`\`${w}\``))).toEqual([]);
  });

  it('lists every column of every channel-statistics format', () => {
    const missing: string[] = [];
    for (const format of Object.values(CHANNEL_STAT_FORMATS)) {
      expect(doc).toContain(`### \`${format.id}\``);
      const names = [
        ...format.dateColumns,
        ...(format.platformColumns ?? []),
        ...(format.accountColumns ?? []),
        ...CHANNEL_METRICS.flatMap((m) => (format.metrics[m] ?? []).flat(2)),
      ];
      missing.push(...names.filter((n) => !doc.includes(`\`${n}\``)).map((n) => `${format.id}: ${n}`));
    }
    expect(missing).toEqual([]);
  });
});
