import { describe, it, expect } from 'vitest';
import { COST_GROUP_BY, COST_TYPES } from '@marketops/core';
import { CHANNEL_STAT_FORMAT_VALUES, COST_GROUP_BY_VALUES, COST_TYPE_VALUES, CSV_ENCODING_VALUES } from '@marketops/contracts';
import { CHANNEL_STAT_FORMAT_IDS } from './csv/channel-formats/index';
import { CSV_ENCODINGS } from './csv/decode';
import { feedsMigration } from '../storage/migrations/003-feeds';

// Why: the contracts package depends on zod only, so it repeats these lists; this keeps them equal.
describe('feed lists shared with the contracts and the schema', () => {
  it('agree on cost types, group-by dimensions, formats and encodings', () => {
    expect([...COST_TYPE_VALUES]).toEqual([...COST_TYPES]);
    expect([...COST_GROUP_BY_VALUES]).toEqual([...COST_GROUP_BY]);
    expect([...CHANNEL_STAT_FORMAT_VALUES]).toEqual([...CHANNEL_STAT_FORMAT_IDS]);
    expect([...CSV_ENCODING_VALUES]).toEqual([...CSV_ENCODINGS]);
  });

  it('allows exactly the core\'s cost types in the database', () => {
    const check = /cost_type IN \(([^)]*)\)/.exec(feedsMigration.sql)?.[1] ?? '';
    expect(check.split(',').map((s) => s.trim().replaceAll("'", ''))).toEqual([...COST_TYPES]);
  });
});
