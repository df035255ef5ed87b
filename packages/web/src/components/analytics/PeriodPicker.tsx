import { useState } from 'react';
import { Button, Group, Input, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CALENDAR_PRESETS, INTERVALS, calendarPeriod, isCalendarDay, lastDays } from './period';
import type { Period } from './period';

interface Props {
  period: Period;
  today: string;
  onChange: (next: Partial<Period>) => void;
  /** Show the day/week/month choice (charts over time). */
  withInterval?: boolean;
  /** The URL named a broken period and the default is shown instead. */
  problem?: 'invalid';
}

/**
 * From/to days, presets and the bucket size. A typed period that is not valid (an impossible day,
 * a start after the end) is shown as an error as the user types and is not applied.
 */
export function PeriodPicker({ period, today, onChange, withInterval = false, problem }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ from: period.from, to: period.to });
  const [shown, setShown] = useState(period);
  if (shown.from !== period.from || shown.to !== period.to) {
    // Why: follow the URL when it changes from outside (a preset, back/forward), keep typing otherwise.
    setShown(period);
    setDraft({ from: period.from, to: period.to });
  }
  const valid = isCalendarDay(draft.from) && isCalendarDay(draft.to) && draft.from <= draft.to;
  const edit = (field: 'from' | 'to', value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (isCalendarDay(next.from) && isCalendarDay(next.to) && next.from <= next.to) onChange(next);
  };
  return (
    <div className="period-picker" role="group" aria-label={t('analytics.period.label')} data-testid="period-picker">
      <TextInput
        label={t('analytics.period.from')}
        type="date"
        value={draft.from}
        max={today}
        error={!valid}
        onChange={(e) => edit('from', e.target.value)}
        data-testid="period-from"
      />
      <TextInput label={t('analytics.period.to')} type="date" value={draft.to} error={!valid} onChange={(e) => edit('to', e.target.value)} data-testid="period-to" />
      <Group gap={6} className="presets">
        {[7, 30, 90].map((days) => (
          <Button key={days} variant="subtle" size="compact-sm" onClick={() => {
              const next = lastDays(days, today);
              setDraft(next); // Why: the URL may already hold this period, and then nothing else resets a mistyped draft.
              onChange(next);
            }} data-testid={`period-last-${days}`}>
            {t(days === 7 ? 'analytics.period.last7' : days === 30 ? 'analytics.period.last30' : 'analytics.period.last90')}
          </Button>
        ))}
        {CALENDAR_PRESETS.map((preset) => (
          <Button key={preset} variant="subtle" size="compact-sm" onClick={() => {
              const next = calendarPeriod(preset, today);
              setDraft(next);
              onChange(next);
            }} data-testid={`period-${preset}`}>
            {t(`analytics.period.${preset}`)}
          </Button>
        ))}
      </Group>
      {withInterval && (
        <NativeSelect label={t('analytics.period.interval')} value={period.interval} onChange={(e) => onChange({ interval: e.target.value as Period['interval'] })} data-testid="period-interval">
          {INTERVALS.map((i) => (
            <option key={i} value={i}>
              {t(`analytics.period.${i}`)}
            </option>
          ))}
        </NativeSelect>
      )}
      {(!valid || problem) && (
        <Input.Error role="alert" className="period-error" data-testid="period-error">
          {t('analytics.period.invalid')}
        </Input.Error>
      )}
    </div>
  );
}
