import type { FormEvent } from 'react';
import { ActionIcon, Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FieldProblem, useFieldProblem } from './FieldProblem';
import { MatcherField } from './MatcherField';
import { useDraft } from './useDraft';
import { checkFunnelDraft, FUNNEL_LIMITS, FUNNEL_ORDERS, funnelDraft, funnelSearch, WINDOW_UNITS } from './url/funnel';
import type { FunnelDraft, FunnelState } from './url/funnel';

/**
 * The funnel's steps, order and conversion window. Checked as typed; choices apply at once when
 * the whole form is valid, typed names and numbers on Apply (or Enter). An invalid form sends
 * nothing.
 */
export function FunnelForm({ state, onApply }: { state: FunnelState; onApply: (next: FunnelState) => void }) {
  const { t } = useTranslation();
  const problem = useFieldProblem();
  const [draft, setDraft] = useDraft(state, JSON.stringify(funnelSearch(state)), funnelDraft);
  const checked = checkFunnelDraft(draft);
  const pending = checked.state !== undefined && JSON.stringify(funnelSearch(checked.state)) !== JSON.stringify(funnelSearch(state));
  const edit = (next: FunnelDraft, applyNow = false) => {
    setDraft(next);
    const result = checkFunnelDraft(next);
    if (applyNow && result.state) onApply(result.state);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checked.state) onApply(checked.state);
  };
  const steps = draft.steps;
  const setStep = (index: number, step: FunnelDraft['steps'][number]) =>
    edit({ ...draft, steps: steps.map((s, i) => (i === index ? step : s)) }, step.kind !== steps[index]?.kind);
  const move = (index: number) => {
    const next = [...steps];
    [next[index - 1], next[index]] = [next[index]!, next[index - 1]!];
    edit({ ...draft, steps: next }, true);
  };

  return (
    <form className="explore-form" onSubmit={submit} noValidate aria-label={t('explore.form')} data-testid="funnel-form">
      <fieldset className="explore-steps">
        <legend>{t('explore.funnel.steps')}</legend>
        <ol>
          {steps.map((step, index) => (
            <li key={index} className="explore-step">
              <MatcherField
                id={`step-${index}`}
                label={t('explore.funnel.step', { n: index + 1 })}
                value={step}
                onChange={(next) => setStep(index, next)}
                error={checked.errors?.steps[index]}
              />
              <div className="explore-step-actions">
                {index > 0 && (
                  <ActionIcon variant="subtle" color="gray" aria-label={t('explore.funnel.moveUp', { n: index + 1 })} onClick={() => move(index)}>
                    ↑
                  </ActionIcon>
                )}
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('explore.funnel.removeStep', { n: index + 1 })}
                  onClick={() => edit({ ...draft, steps: steps.filter((_, i) => i !== index) }, true)}
                  data-testid={`step-${index}-remove`}
                >
                  ×
                </ActionIcon>
              </div>
            </li>
          ))}
        </ol>
        {steps.length < FUNNEL_LIMITS.steps.max && (
          <Button variant="default" size="compact-sm" onClick={() => edit({ ...draft, steps: [...steps, { kind: 'event', name: '' }] })} data-testid="step-add">
            {t('explore.funnel.addStep')}
          </Button>
        )}
        <FieldProblem error={checked.errors?.count} id="steps-count-problem" />
      </fieldset>
      <div className="explore-fields">
        <NativeSelect label={t('explore.funnel.order')} value={draft.order} onChange={(e) => edit({ ...draft, order: e.target.value as FunnelDraft['order'] }, true)} data-testid="funnel-order">
          {FUNNEL_ORDERS.map((order) => (
            <option key={order} value={order}>
              {t(`explore.funnel.orders.${order}`)}
            </option>
          ))}
        </NativeSelect>
        <TextInput
          label={t('explore.funnel.window')}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={draft.windowValue}
          onChange={(e) => edit({ ...draft, windowValue: e.target.value })}
          data-testid="funnel-window"
          {...problem(checked.errors?.window, 'funnel-window-problem')}
        />
        <NativeSelect label={t('explore.funnel.windowUnit')} value={draft.windowUnit} onChange={(e) => edit({ ...draft, windowUnit: e.target.value as FunnelDraft['windowUnit'] }, true)} data-testid="funnel-window-unit">
          {WINDOW_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(`explore.funnel.units.${unit}`)}
            </option>
          ))}
        </NativeSelect>
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
