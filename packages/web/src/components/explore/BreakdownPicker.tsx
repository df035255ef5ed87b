import type { FormEvent } from 'react';
import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UTM_FIELDS } from '@marketops/contracts';
import { useFieldProblem } from './FieldProblem';
import { useDraft } from './useDraft';
import { encodeBreakdown, FILTER_KINDS, LIMITS } from './url/codec';
import type { Breakdown, FilterKind, UtmField } from './url/codec';
import type { FieldError } from './url/common';

interface Draft {
  kind: FilterKind | 'none';
  field: UtmField;
  key: string;
}

const toDraft = (value: Breakdown | undefined): Draft => ({
  kind: value?.kind ?? 'none',
  field: value?.kind === 'campaign' ? value.field : 'name',
  key: value?.kind === 'property' || value?.kind === 'trait' ? value.key : '',
});

function fromDraft(draft: Draft): { value: Breakdown | undefined } | { error: FieldError } {
  if (draft.kind === 'none') return { value: undefined };
  if (draft.kind === 'channel') return { value: { kind: 'channel' } };
  if (draft.kind === 'campaign') return { value: { kind: 'campaign', field: draft.field } };
  const key = draft.key.trim();
  if (!key) return { error: { code: 'required' } };
  if (key.length > LIMITS.key) return { error: { code: 'tooLong', limit: LIMITS.key } };
  return { value: { kind: draft.kind, key } };
}

/**
 * One breakdown (by channel, a UTM field, an event property or a person trait). Choices apply at
 * once; a property or trait name applies on Enter or when the field is left.
 */
export function BreakdownPicker({ value, onChange }: { value: Breakdown | undefined; onChange: (next: Breakdown | undefined) => void }) {
  const { t } = useTranslation();
  const problem = useFieldProblem();
  const [draft, setDraft] = useDraft(value, value ? encodeBreakdown(value) : '', toDraft);
  const result = fromDraft(draft);
  const commit = (next: Draft) => {
    setDraft(next);
    const checked = fromDraft(next);
    if ('value' in checked) onChange(checked.value);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    commit(draft);
  };
  const needsKey = draft.kind === 'property' || draft.kind === 'trait';
  return (
    <form className="explore-inline-form" onSubmit={submit} noValidate data-testid="breakdown">
      <NativeSelect label={t('explore.breakdown.label')} value={draft.kind} onChange={(e) => commit({ ...draft, kind: e.target.value as Draft['kind'] })} data-testid="breakdown-kind">
        <option value="none">{t('explore.breakdown.none')}</option>
        {FILTER_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`explore.filters.kinds.${kind}`)}
          </option>
        ))}
      </NativeSelect>
      {draft.kind === 'campaign' && (
        <NativeSelect label={t('explore.filters.field')} value={draft.field} onChange={(e) => commit({ ...draft, field: e.target.value as UtmField })} data-testid="breakdown-field">
          {UTM_FIELDS.map((field) => (
            <option key={field} value={field}>
              {t(`explore.filters.utm.${field}`)}
            </option>
          ))}
        </NativeSelect>
      )}
      {needsKey && (
        <TextInput
          label={t('explore.breakdown.key')}
          value={draft.key}
          onChange={(e) => setDraft({ ...draft, key: e.target.value })}
          onBlur={() => commit(draft)}
          data-testid="breakdown-key"
          {...problem('error' in result ? result.error : undefined, 'breakdown-key-problem')}
        />
      )}
    </form>
  );
}
