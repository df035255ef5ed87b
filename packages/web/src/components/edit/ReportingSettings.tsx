import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceSettingsDto } from '@marketops/contracts';
import { useSaveSettings } from '../../api/mutations';
import { useWorkspaceSettings } from '../../api/queries';
import { ErrorNotice } from '../common/ErrorNotice';
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
        <div className="field">
          <label htmlFor={`${base}-zone`}>{t('settings.timeZone')}</label>
          <select id={`${base}-zone`} data-testid="settings-time-zone" value={timeZone} onChange={(e) => setTimeZone(e.target.value)} aria-describedby={`${base}-zone-hint`}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <small id={`${base}-zone-hint`} className="muted">
            {t('settings.timeZoneHint')}
          </small>
        </div>
        <div className="field">
          <label htmlFor={`${base}-currency`}>{t('settings.currency')}</label>
          <input
            id={`${base}-currency`}
            data-testid="settings-currency"
            value={currency}
            maxLength={3}
            placeholder={t('settings.currencyPlaceholder')}
            aria-invalid={currencyInvalid}
            aria-describedby={`${base}-currency-hint`}
            onChange={(e) => setCurrency(e.target.value)}
          />
          <small id={`${base}-currency-hint`} className={currencyInvalid ? 'field-problem' : 'muted'} role={currencyInvalid ? 'alert' : undefined}>
            {currencyInvalid ? t('settings.currencyInvalid', { code }) : t('settings.currencyHint')}
          </small>
        </div>
        <div className="field field-wide">
          <label htmlFor={`${base}-rates`}>{t('settings.rates', { currency: code || '…' })}</label>
          <textarea
            id={`${base}-rates`}
            data-testid="settings-rates"
            rows={3}
            value={rates}
            placeholder="USD=7.12"
            aria-invalid={parsed.problems.length > 0 || ratesWithoutCurrency}
            aria-describedby={`${base}-rates-hint`}
            onChange={(e) => setRates(e.target.value)}
          />
          <small id={`${base}-rates-hint`} className={parsed.problems.length > 0 || ratesWithoutCurrency ? 'field-problem' : 'muted'} role={parsed.problems.length > 0 || ratesWithoutCurrency ? 'alert' : undefined}>
            {parsed.problems.length > 0 ? parsed.problems.map(problemText).join(' ') : ratesWithoutCurrency ? t('settings.ratesNeedCurrency') : t('settings.ratesHint')}
          </small>
        </div>
        <SaveActions save={save} invalid={invalid} saved={saved} testId="settings" />
      </form>
    </section>
  );
}
