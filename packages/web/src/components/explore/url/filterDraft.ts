import { LIMITS } from './codec';
import type { Filter, FilterKind, FilterOp, UtmField, ValueTest } from './codec';
import { parseNumberField } from './common';
import type { FieldError } from './common';

/** The add-a-filter form, as typed. `value` holds comma-separated values for `in`. */
export interface FilterDraft {
  kind: FilterKind;
  field: UtmField;
  key: string;
  op: FilterOp;
  value: string;
}

export const EMPTY_FILTER: FilterDraft = { kind: 'channel', field: 'source', key: '', op: 'equals', value: '' };

export interface FilterDraftErrors {
  key?: FieldError;
  value?: FieldError;
}

function checkText(text: string): FieldError | undefined {
  if (text === '') return { code: 'required' };
  if (text.length > LIMITS.value) return { code: 'tooLong', limit: LIMITS.value };
  return undefined;
}

function checkTest(op: FilterOp, raw: string): { test: ValueTest } | { error: FieldError } {
  const text = raw.trim();
  switch (op) {
    case 'exists':
      return { test: { op } };
    case 'in': {
      const values = text
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      if (values.length === 0) return { error: { code: 'required' } };
      const bad = values.map(checkText).find(Boolean);
      if (bad) return { error: bad };
      if (values.length > LIMITS.inValues) return { error: { code: 'atMost', limit: LIMITS.inValues } };
      return { test: { op, values } };
    }
    case 'equals':
    case 'contains': {
      const error = checkText(text);
      return error ? { error } : { test: { op, value: text } };
    }
    default: {
      const parsed = parseNumberField(text, {});
      return 'error' in parsed ? parsed : { test: { op, value: parsed.value } };
    }
  }
}

/**
 * The filter the form describes, or what is wrong with it: a property or trait needs a name, every
 * condition but "is set" a value, and the comparisons a number.
 *
 * @example checkFilterDraft({ ...EMPTY_FILTER, value: 'Paid Search' }) // { filter: { kind: 'channel', test: { op: 'equals', value: 'Paid Search' } } }
 */
export function checkFilterDraft(draft: FilterDraft): { filter: Filter; errors?: undefined } | { filter?: undefined; errors: FilterDraftErrors } {
  const errors: FilterDraftErrors = {};
  const key = draft.key.trim();
  if (draft.kind === 'property' || draft.kind === 'trait') {
    if (!key) errors.key = { code: 'required' };
    else if (key.length > LIMITS.key) errors.key = { code: 'tooLong', limit: LIMITS.key };
  }
  const test = checkTest(draft.op, draft.value);
  if ('error' in test) errors.value = test.error;
  if (errors.key || errors.value || !('test' in test)) return { errors };
  if (draft.kind === 'channel') return { filter: { kind: 'channel', test: test.test } };
  if (draft.kind === 'campaign') return { filter: { kind: 'campaign', field: draft.field, test: test.test } };
  return { filter: { kind: draft.kind, key, test: test.test } };
}
