import type { FormEvent } from 'react';
import { Button, Checkbox, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FieldProblem, useFieldProblem } from './FieldProblem';
import { MatcherField } from './MatcherField';
import { useDraft } from './useDraft';
import { ATTRIBUTION_MODELS, attributionDraft, attributionSearch, checkAttributionDraft } from './url/attribution';
import type { AttributionDraft, AttributionModel, AttributionState } from './url/attribution';

/** The conversion, the models to compare, the lookback window and time decay's half-life: checked as typed, applied when valid. */
export function AttributionForm({ state, onApply }: { state: AttributionState; onApply: (next: AttributionState) => void }) {
  const { t } = useTranslation();
  const problem = useFieldProblem();
  const [draft, setDraft] = useDraft(state, JSON.stringify(attributionSearch(state)), attributionDraft);
  const checked = checkAttributionDraft(draft, state);
  const pending = checked.state !== undefined && JSON.stringify(attributionSearch(checked.state)) !== JSON.stringify(attributionSearch(state));
  const edit = (next: AttributionDraft, applyNow = false) => {
    setDraft(next);
    const result = checkAttributionDraft(next, state);
    if (applyNow && result.state) onApply(result.state);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checked.state) onApply(checked.state);
  };
  const toggle = (model: AttributionModel, on: boolean) => edit({ ...draft, models: on ? [...draft.models, model] : draft.models.filter((m) => m !== model) }, true);
  const timeDecay = draft.models.includes('time-decay');

  return (
    <form className="explore-form" onSubmit={submit} noValidate aria-label={t('explore.form')} data-testid="attribution-form">
      <div className="explore-fields">
        <MatcherField
          id="attribution-conversion"
          label={t('explore.attribution.conversion')}
          value={draft.conversion}
          onChange={(conversion) => edit({ ...draft, conversion }, conversion.kind !== draft.conversion.kind)}
          error={checked.errors?.conversion}
        />
        <fieldset className="explore-models" data-testid="attribution-models">
          <legend>{t('explore.attribution.models')}</legend>
          {ATTRIBUTION_MODELS.map((model) => (
            <Checkbox
              key={model}
              className="explore-check"
              label={t(`explore.attribution.modelNames.${model}`)}
              checked={draft.models.includes(model)}
              onChange={(e) => toggle(model, e.currentTarget.checked)}
              data-testid={`model-${model}`}
            />
          ))}
          <FieldProblem error={checked.errors?.models} id="attribution-models-problem" />
        </fieldset>
      </div>
      <div className="explore-fields">
        <TextInput
          label={t('explore.attribution.lookback')}
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          step={1}
          value={draft.lookback}
          onChange={(e) => edit({ ...draft, lookback: e.target.value })}
          data-testid="attribution-lookback"
          {...problem(checked.errors?.lookback, 'attribution-lookback-problem')}
        />
        <TextInput
          label={t('explore.attribution.halfLife')}
          type="number"
          inputMode="decimal"
          min={0}
          max={365}
          step="any"
          value={draft.halfLife}
          disabled={!timeDecay}
          onChange={(e) => edit({ ...draft, halfLife: e.target.value })}
          data-testid="attribution-half-life"
          {...problem(checked.errors?.halfLife, 'attribution-half-life-problem')}
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
