import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDeleteTarget, useSetTarget } from '../../api/mutations';
import { useLocale } from '../../i18n/useLocale';
import { ErrorNotice } from '../common/ErrorNotice';
import { hinted } from '../common/hinted';
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
      <TextInput
        className="target-input"
        label={t('dashboards.target.label', range)}
        inputMode="decimal"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => setTouched(true)}
        rightSection={suffix ? <span className="target-suffix">{suffix}</span> : undefined}
        rightSectionWidth={suffix.length > 1 ? 48 : undefined}
        data-testid="target-input"
        {...hinted(showProblem && !parsed.ok ? t(`dashboards.target.problem.${parsed.problem}`) : null, t(`dashboards.target.hint.${kind}`))}
      />
      <Group gap={6} className="target-actions">
        <Button type="submit" size="compact-sm" disabled={busy || !parsed.ok} data-testid="target-save">
          {t('dashboards.target.save')}
        </Button>
        <Button variant="subtle" size="compact-sm" onClick={onDone} data-testid="target-cancel">
          {t('action.cancel')}
        </Button>
        {current !== undefined && (
          <Button
            variant="subtle"
            color="red"
            size="compact-sm"
            disabled={busy}
            onClick={() => remove.mutate({ metricId, from: period.from, to: period.to }, { onSuccess: onDone })}
            data-testid="target-remove"
          >
            {t('dashboards.target.remove')}
          </Button>
        )}
      </Group>
      {save.error && <ErrorNotice error={save.error} action="save" onDismiss={() => save.reset()} />}
      {remove.error && <ErrorNotice error={remove.error} action="save" onDismiss={() => remove.reset()} />}
    </form>
  );
}
