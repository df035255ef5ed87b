import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteTarget, useSetTarget } from '../../api/mutations';
import { useLocale } from '../../i18n/useLocale';
import { ErrorNotice } from '../common/ErrorNotice';
import { formatDay } from '../analytics/format';
import type { Period } from '../analytics/period';
import { parseTargetInput, targetInputKind, targetInputText } from './targetInput';

interface Props {
  workspaceId: string;
  metricId: string;
  /** The KPI's name in the reader's language. */
  name: string;
  unit: string;
  currency: string | undefined;
  period: Period;
  /** The target already set for this period, in the metric's unit. */
  current: number | undefined;
  onDone: () => void;
}

/**
 * Sets a KPI's target for the period on screen. The value is typed in the KPI's unit (a ratio as
 * a percentage, money in the reporting currency, a duration in minutes) and checked as it is
 * typed; the server checks again and a refusal is shown with its reason.
 */
export function TargetForm({ workspaceId, metricId, name, unit, currency, period, current, onDone }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const id = useId();
  const [text, setText] = useState(current === undefined ? '' : targetInputText(current, unit));
  const [touched, setTouched] = useState(false);
  const save = useSetTarget(workspaceId);
  const remove = useDeleteTarget(workspaceId);
  const parsed = parseTargetInput(text, unit);
  const kind = targetInputKind(unit);
  const suffix = kind === 'percent' ? '%' : kind === 'money' ? (currency ?? '') : kind === 'minutes' ? t('dashboards.target.minutes') : '';
  const showProblem = !parsed.ok && (touched || text !== '');
  const busy = save.isPending || remove.isPending;
  const range = { from: formatDay(period.from, locale), to: formatDay(period.to, locale) };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!parsed.ok) return;
    save.mutate({ metricId, from: period.from, to: period.to, value: parsed.value }, { onSuccess: onDone });
  };

  return (
    <form className="target-form" onSubmit={submit} noValidate data-testid={`target-form-${metricId}`} aria-label={t('dashboards.target.formLabel', { kpi: name })}>
      <label htmlFor={`${id}-value`}>{t('dashboards.target.label', range)}</label>
      <span className="target-input">
        <input
          id={`${id}-value`}
          inputMode="decimal"
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => setTouched(true)}
          aria-invalid={showProblem}
          aria-describedby={`${id}-hint`}
          data-testid="target-input"
        />
        {suffix && <span className="target-suffix">{suffix}</span>}
      </span>
      <button type="submit" className="btn btn-primary btn-small" disabled={busy || !parsed.ok} data-testid="target-save">
        {t('dashboards.target.save')}
      </button>
      <button type="button" className="btn btn-small btn-ghost" onClick={onDone} data-testid="target-cancel">
        {t('action.cancel')}
      </button>
      {current !== undefined && (
        <button
          type="button"
          className="btn btn-small btn-danger-ghost"
          disabled={busy}
          onClick={() => remove.mutate({ metricId, from: period.from, to: period.to }, { onSuccess: onDone })}
          data-testid="target-remove"
        >
          {t('dashboards.target.remove')}
        </button>
      )}
      <small id={`${id}-hint`} className={showProblem ? 'field-problem' : 'muted'} role={showProblem ? 'alert' : undefined} data-testid="target-hint">
        {showProblem && !parsed.ok ? t(`dashboards.target.problem.${parsed.problem}`) : t(`dashboards.target.hint.${kind}`)}
      </small>
      {save.error && <ErrorNotice error={save.error} action="save" onDismiss={() => save.reset()} />}
      {remove.error && <ErrorNotice error={remove.error} action="save" onDismiss={() => remove.reset()} />}
    </form>
  );
}
