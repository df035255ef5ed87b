import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkspaceSettingsDto } from '@marketops/contracts';
import { useSaveSettings } from '../../api/mutations';
import { useWorkspaceSettings } from '../../api/queries';
import { ErrorNotice } from '../common/ErrorNotice';
import { hinted } from '../common/hinted';
import { SaveActions } from './SaveActions';
import { Loading } from '../common/Loading';
import { parseRates, ratesText, timeZones, type RatesProblem } from './reportingSettingsForm';

/**
 * The workspace's reporting settings: the time zone every day, week and month of the analyses
 * follows, the currency money is reported in, and the exchange rates into it. Checked as the
 * user types; the server checks again and its refusal is shown with its reason.
 */
export function ReportingSettings({ workspaceId }: { workspaceId: string }) {
  const settings = useWorkspaceSettings(workspaceId);
  if (settings.isPending) return <Loading />;
  if (settings.error) return <ErrorNotice error={settings.error} action="load" />;
  return <ReportingSettingsForm key={workspaceId} workspaceId={workspaceId} initial={settings.data} />;
}

function ReportingSettingsForm({ workspaceId, initial }: { workspaceId: string; initial: WorkspaceSettingsDto }) {
  const { t } = useTranslation();
  const base = useId();
  const save = useSaveSettings(workspaceId);
  const zones = useMemo(() => timeZones(initial.timeZone), [initial.timeZone]);
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [currency, setCurrency] = useState(initial.reportingCurrency ?? '');
  const [rates, setRates] = useState(ratesText(initial.exchangeRates));
  const [saved, setSaved] = useState(false);

  const code = currency.trim().toUpperCase();
  const currencyInvalid = code !== '' && !/^[A-Z]{3}$/.test(code);
  const parsed = parseRates(rates);
  const ratesWithoutCurrency = code === '' && Object.keys(parsed.rates).length > 0;
  const invalid = currencyInvalid || parsed.problems.length > 0 || ratesWithoutCurrency;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    setSaved(false);
    save.mutate({ timeZone, reportingCurrency: code === '' ? null : code, exchangeRates: parsed.rates }, { onSuccess: () => setSaved(true) });
  };
  const problemText = (p: RatesProblem) => t('settings.rateInvalid', { line: p.line, text: p.text });

  return (
    <section className="editor-section" aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`}>{t('settings.title')}</h2>
      <form className="form-grid settings-grid panel" onSubmit={submit} data-testid="reporting-settings">
        <NativeSelect label={t('settings.timeZone')} data-testid="settings-time-zone" value={timeZone} onChange={(e) => setTimeZone(e.target.value)} description={t('settings.timeZoneHint')}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </NativeSelect>
        <TextInput
          label={t('settings.currency')}
          data-testid="settings-currency"
          value={currency}
          maxLength={3}
          placeholder={t('settings.currencyPlaceholder')}
          onChange={(e) => setCurrency(e.target.value)}
          {...hinted(currencyInvalid ? t('settings.currencyInvalid', { code }) : null, t('settings.currencyHint'))}
        />
        <Textarea
          label={t('settings.rates', { currency: code || '…' })}
          data-testid="settings-rates"
          rows={3}
          value={rates}
          placeholder="USD=7.12"
          onChange={(e) => setRates(e.target.value)}
          {...hinted(parsed.problems.length > 0 ? parsed.problems.map(problemText).join(' ') : ratesWithoutCurrency ? t('settings.ratesNeedCurrency') : null, t('settings.ratesHint'))}
        />
        <SaveActions save={save} invalid={invalid} saved={saved} testId="settings" />
      </form>
    </section>
  );
}
