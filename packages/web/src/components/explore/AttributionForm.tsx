import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblem } from './FieldProblem';
import { MatcherField } from './MatcherField';
import { useDraft } from './useDraft';
import { ATTRIBUTION_MODELS, attributionDraft, attributionSearch, checkAttributionDraft } from './url/attribution';
import type { AttributionDraft, AttributionModel, AttributionState } from './url/attribution';

/** The conversion, the models to compare, the lookback window and time decay's half-life: checked as typed, applied when valid. */
export function AttributionForm({ state, onApply }: { state: AttributionState; onApply: (next: AttributionState) => void }) {
  const { t } = useTranslation();
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
            <label key={model} className="explore-check">
              <input type="checkbox" checked={draft.models.includes(model)} onChange={(e) => toggle(model, e.target.checked)} data-testid={`model-${model}`} />
              {t(`explore.attribution.modelNames.${model}`)}
            </label>
          ))}
          <FieldProblem error={checked.errors?.models} id="attribution-models-problem" />
        </fieldset>
      </div>
      <div className="explore-fields">
        <label className="field">
          <span>{t('explore.attribution.lookback')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            step={1}
            value={draft.lookback}
            aria-invalid={checked.errors?.lookback ? true : undefined}
            aria-describedby={checked.errors?.lookback ? 'attribution-lookback-problem' : undefined}
            onChange={(e) => edit({ ...draft, lookback: e.target.value })}
            data-testid="attribution-lookback"
          />
          <FieldProblem error={checked.errors?.lookback} id="attribution-lookback-problem" />
        </label>
        <label className="field">
          <span>{t('explore.attribution.halfLife')}</span>
          <input
            type="number"
            inputMode="decimal"
            min={0}
            max={365}
            step="any"
            value={draft.halfLife}
            disabled={!timeDecay}
            aria-invalid={checked.errors?.halfLife ? true : undefined}
            aria-describedby={checked.errors?.halfLife ? 'attribution-half-life-problem' : undefined}
            onChange={(e) => edit({ ...draft, halfLife: e.target.value })}
            data-testid="attribution-half-life"
          />
          <FieldProblem error={checked.errors?.halfLife} id="attribution-half-life-problem" />
        </label>
      </div>
      <div className="explore-apply">
        <button type="submit" className="btn btn-primary btn-small" disabled={!checked.state} data-testid="apply">
          {t('explore.apply')}
        </button>
        {pending && <span className="muted small">{t('explore.pending')}</span>}
      </div>
    </form>
  );
}
