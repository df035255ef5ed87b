import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UTM_FIELDS } from '@marketops/contracts';
import { useFieldProblem } from './FieldProblem';
import { RemovableChip } from './RemovableChip';
import { CHANNEL_GROUPS_LIST } from './NameLists';
import { useDescribeFilter } from './useDescribeFilter';
import { FILTER_KINDS, FILTER_OPS, LIMITS } from './url/codec';
import type { Filter } from './url/codec';
import { checkFilterDraft, EMPTY_FILTER } from './url/filterDraft';
import type { FilterDraft } from './url/filterDraft';

interface Props {
  filters: readonly Filter[];
  onChange: (filters: Filter[]) => void;
}

/**
 * The filters of the view (kept in the URL by the caller): each one removable, and a small form
 * to add one on a channel, a UTM field, an event property or a person trait, checked as typed.
 */
export function FilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const describe = useDescribeFilter();
  const problem = useFieldProblem();
  const [draft, setDraft] = useState<FilterDraft>(EMPTY_FILTER);
  const [touched, setTouched] = useState({ key: false, value: false });
  const checked = checkFilterDraft(draft);
  const full = filters.length >= LIMITS.filters;
  const edit = (changes: Partial<FilterDraft>) => {
    setDraft({ ...draft, ...changes });
    setTouched({ key: touched.key || 'key' in changes, value: touched.value || 'value' in changes });
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!checked.filter || full) {
      setTouched({ key: true, value: true });
      return;
    }
    onChange([...filters, checked.filter]);
    setDraft({ ...draft, value: '' });
    setTouched({ key: false, value: false });
  };
  const needsKey = draft.kind === 'property' || draft.kind === 'trait';
  const keyError = touched.key ? checked.errors?.key : undefined;
  const valueError = touched.value ? checked.errors?.value : undefined;

  return (
    <section className="explore-filters" aria-label={t('explore.filters.title')} data-testid="filter-bar">
      <h3 className="explore-subtitle">{t('explore.filters.title')}</h3>
      {filters.length === 0 ? (
        <p className="muted small">{t('explore.filters.none')}</p>
      ) : (
        <ul className="filter-chips">
          {filters.map((filter, index) => {
            const label = describe(filter);
            return (
              <RemovableChip
                key={`${index}-${label}`}
                testId="filter-chip"
                removeLabel={t('explore.filters.remove', { filter: label })}
                onRemove={() => onChange(filters.filter((_, i) => i !== index))}
                removeTestId={`filter-remove-${index}`}
              >
                {label}
              </RemovableChip>
            );
          })}
        </ul>
      )}
      <form className="explore-inline-form" onSubmit={add} noValidate data-testid="filter-form">
        <NativeSelect label={t('explore.filters.kind')} value={draft.kind} onChange={(e) => edit({ kind: e.target.value as FilterDraft['kind'] })} data-testid="filter-kind">
          {FILTER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`explore.filters.kinds.${kind}`)}
            </option>
          ))}
        </NativeSelect>
        {draft.kind === 'campaign' && (
          <NativeSelect label={t('explore.filters.field')} value={draft.field} onChange={(e) => edit({ field: e.target.value as FilterDraft['field'] })} data-testid="filter-field">
            {UTM_FIELDS.map((field) => (
              <option key={field} value={field}>
                {t(`explore.filters.utm.${field}`)}
              </option>
            ))}
          </NativeSelect>
        )}
        {needsKey && (
          <TextInput label={t('explore.filters.key')} value={draft.key} onChange={(e) => edit({ key: e.target.value })} data-testid="filter-key" {...problem(keyError, 'filter-key-problem')} />
        )}
        <NativeSelect label={t('explore.filters.op')} value={draft.op} onChange={(e) => edit({ op: e.target.value as FilterDraft['op'] })} data-testid="filter-op">
          {FILTER_OPS.map((op) => (
            <option key={op} value={op}>
              {t(`explore.filters.ops.${op}`)}
            </option>
          ))}
        </NativeSelect>
        {draft.op !== 'exists' && (
          <TextInput
            label={t('explore.filters.value')}
            value={draft.value}
            list={draft.kind === 'channel' ? CHANNEL_GROUPS_LIST : undefined}
            inputMode={['gt', 'gte', 'lt', 'lte'].includes(draft.op) ? 'decimal' : undefined}
            title={draft.op === 'in' ? t('explore.filters.valuesHint') : undefined}
            onChange={(e) => edit({ value: e.target.value })}
            data-testid="filter-value"
            {...problem(valueError, 'filter-value-problem')}
          />
        )}
        <div className="explore-inline-actions">
          <Button variant="default" size="compact-sm" type="submit" disabled={full} data-testid="filter-add">
            {t('explore.filters.add')}
          </Button>
        </div>
        {draft.op === 'in' && <p className="muted small explore-hint">{t('explore.filters.valuesHint')}</p>}
        {full && <p className="muted small explore-hint">{t('explore.filters.tooMany', { limit: LIMITS.filters })}</p>}
      </form>
    </section>
  );
}
