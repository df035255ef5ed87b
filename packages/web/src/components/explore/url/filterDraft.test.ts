import { describe, expect, it } from 'vitest';
import { checkFilterDraft, EMPTY_FILTER } from './filterDraft';

describe('checkFilterDraft', () => {
  it('makes each kind of filter', () => {
    expect(checkFilterDraft({ ...EMPTY_FILTER, value: ' Paid Search ' })).toEqual({ filter: { kind: 'channel', test: { op: 'equals', value: 'Paid Search' } } });
    expect(checkFilterDraft({ ...EMPTY_FILTER, kind: 'campaign', field: 'medium', op: 'contains', value: 'cpc' })).toEqual({ filter: { kind: 'campaign', field: 'medium', test: { op: 'contains', value: 'cpc' } } });
    expect(checkFilterDraft({ ...EMPTY_FILTER, kind: 'property', key: 'plan', op: 'in', value: 'pro, team,' })).toEqual({ filter: { kind: 'property', key: 'plan', test: { op: 'in', values: ['pro', 'team'] } } });
    expect(checkFilterDraft({ ...EMPTY_FILTER, kind: 'trait', key: 'age', op: 'gt', value: '30' })).toEqual({ filter: { kind: 'trait', key: 'age', test: { op: 'gt', value: 30 } } });
    expect(checkFilterDraft({ ...EMPTY_FILTER, kind: 'trait', key: 'email', op: 'exists', value: 'ignored' })).toEqual({ filter: { kind: 'trait', key: 'email', test: { op: 'exists' } } });
  });

  it('names a missing name or value and a non-number for comparisons', () => {
    expect(checkFilterDraft(EMPTY_FILTER).errors).toEqual({ value: { code: 'required' } });
    expect(checkFilterDraft({ ...EMPTY_FILTER, kind: 'property', key: ' ', value: 'x' }).errors).toEqual({ key: { code: 'required' } });
    expect(checkFilterDraft({ ...EMPTY_FILTER, op: 'lte', value: 'ten' }).errors).toEqual({ value: { code: 'number' } });
    expect(checkFilterDraft({ ...EMPTY_FILTER, op: 'in', value: ' , ,' }).errors).toEqual({ value: { code: 'required' } });
    expect(checkFilterDraft({ ...EMPTY_FILTER, value: 'x'.repeat(1001) }).errors).toEqual({ value: { code: 'tooLong', limit: 1000 } });
  });

  it('ignores a name left over from another kind', () => expect(checkFilterDraft({ ...EMPTY_FILTER, key: 'k'.repeat(300), value: 'Email' }).filter).toBeDefined());
});
