import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { OFFLINE_EVENT_MEDIUM, OFFLINE_EVENT_TYPE_ALIASES, OFFLINE_EVENT_TYPES } from '@marketops/core';
import { OFFLINE_CONTACT_COLUMN_ALIASES } from './csv/offline-contacts-csv';

const doc = readFileSync(fileURLToPath(new URL('../../../../docs/feeds.md', import.meta.url)), 'utf8');

// Why: docs/feeds.md is the users' reference for what an offline-contacts file may say.
describe('docs/feeds.md, offline contacts', () => {
  it('lists every column name, event type word and medium', () => {
    const words = [
      ...Object.values(OFFLINE_CONTACT_COLUMN_ALIASES).flat(),
      ...OFFLINE_EVENT_TYPES,
      ...OFFLINE_EVENT_TYPES.flatMap((t) => [...OFFLINE_EVENT_TYPE_ALIASES[t], OFFLINE_EVENT_MEDIUM[t]]),
    ];
    expect(words.filter((w) => !doc.includes(`\`${w}\``))).toEqual([]);
  });
});
