import type { FormEvent } from 'react';
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldProblem } from './FieldProblem';
import { MatcherField } from './MatcherField';
import { useDraft } from './useDraft';
import { checkRetentionDraft, RETENTION_KINDS, RETENTION_LIMITS, RETENTION_MODES, retentionDraft, retentionSearch } from './url/retention';
import type { RetentionDraft, RetentionState } from './url/retention';

/** Start and return events, cohort kind, how a return counts and how many periods: checked as typed, applied when valid. */
export function RetentionForm({ state, onApply }: { state: RetentionState; onApply: (next: RetentionState) => void }) {
  const { t } = useTranslation();
  const problem = useFieldProblem();
  const [draft, setDraft] = useDraft(state, JSON.stringify(retentionSearch(state)), retentionDraft);
  const checked = checkRetentionDraft(draft);
  const pending = checked.state !== undefined && JSON.stringify(retentionSearch(checked.state)) !== JSON.stringify(retentionSearch(state));
  const edit = (next: RetentionDraft, applyNow = false) => {
    setDraft(next);
    const result = checkRetentionDraft(next);
    if (applyNow && result.state) onApply(result.state);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checked.state) onApply(checked.state);
  };
  return (
    <form className="explore-form" onSubmit={submit} noValidate aria-label={t('explore.form')} data-testid="retention-form">
      <div className="explore-fields">
        <MatcherField id="retention-start" label={t('explore.retention.start')} value={draft.start} onChange={(start) => edit({ ...draft, start }, start.kind !== draft.start.kind)} error={checked.errors?.start} />
        <MatcherField
          id="retention-return"
          label={t('explore.retention.return')}
          value={draft.returnTo}
          onChange={(returnTo) => edit({ ...draft, returnTo }, returnTo.kind !== draft.returnTo.kind)}
          error={checked.errors?.returnTo}
        />
      </div>
      <div className="explore-fields">
        <NativeSelect label={t('explore.retention.cohort')} value={draft.kind} onChange={(e) => edit({ ...draft, kind: e.target.value as RetentionDraft['kind'] }, true)} data-testid="retention-kind">
          {RETENTION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`explore.retention.kinds.${kind}`)}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect label={t('explore.retention.mode')} value={draft.mode} onChange={(e) => edit({ ...draft, mode: e.target.value as RetentionDraft['mode'] }, true)} data-testid="retention-mode">
          {RETENTION_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`explore.retention.modes.${mode}`)}
            </option>
          ))}
        </NativeSelect>
        <TextInput
          label={t('explore.retention.periods')}
          type="number"
          inputMode="numeric"
          min={RETENTION_LIMITS.periods.min}
          max={RETENTION_LIMITS.periods.max}
          step={1}
          value={draft.periods}
          onChange={(e) => edit({ ...draft, periods: e.target.value })}
          data-testid="retention-periods"
          {...problem(checked.errors?.periods, 'retention-periods-problem')}
        />
      </div>
      <Group gap={10} className="explore-apply">
        <Button type="submit" size="compact-sm" disabled={!checked.state} data-testid="apply">
          {t('explore.apply')}
        </Button>
        {pending && <span className="muted small">{t('explore.pending')}</span>}
      </Group>
    </form>
  );
}
