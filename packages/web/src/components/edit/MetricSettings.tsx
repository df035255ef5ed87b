import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricSettingsDto } from '@marketops/contracts';
import { useSaveMetricSettings } from '../../api/mutations';
import { useMetricSettings } from '../../api/queries';
import { ErrorNotice } from '../common/ErrorNotice';
import { SaveActions } from './SaveActions';
import { Loading } from '../common/Loading';
import { audienceText, badStorePaths, parseAudience, parseList, parseRetentionDay, type LineProblem } from './metricSettingsForm';

/**
 * What some metrics read (docs/metrics): who the target audience is, N of day-N retention, the
 * company's own social accounts, the store's page paths and the app store whose rank counts.
 * Checked as the user types; the server checks again and its refusal is shown with its reason.
 */
export function MetricSettings({ workspaceId }: { workspaceId: string }) {
  const settings = useMetricSettings(workspaceId);
  if (settings.isPending) return <Loading />;
  if (settings.error) return <ErrorNotice error={settings.error} action="load" />;
  return <MetricSettingsForm key={workspaceId} workspaceId={workspaceId} initial={settings.data} />;
}

function MetricSettingsForm({ workspaceId, initial }: { workspaceId: string; initial: MetricSettingsDto }) {
  const { t } = useTranslation();
  const base = useId();
  const save = useSaveMetricSettings(workspaceId);
  const [audience, setAudience] = useState(audienceText(initial.targetAudience));
  const [retention, setRetention] = useState(initial.retentionDay === undefined ? '' : String(initial.retentionDay));
  const [accounts, setAccounts] = useState((initial.ownAccounts ?? []).join('\n'));
  const [paths, setPaths] = useState((initial.storePathPrefixes ?? []).join('\n'));
  const [store, setStore] = useState(initial.primaryStore ?? '');
  const [saved, setSaved] = useState(false);

  const parsedAudience = parseAudience(audience);
  const day = parseRetentionDay(retention);
  const pathList = parseList(paths);
  const badPaths = badStorePaths(pathList);
  const invalid = parsedAudience.problems.length > 0 || day.invalid || badPaths.length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    setSaved(false);
    const accountList = parseList(accounts);
    const body: MetricSettingsDto = {
      ...(parsedAudience.conditions.length > 0 ? { targetAudience: parsedAudience.conditions } : {}),
      ...(day.value === undefined ? {} : { retentionDay: day.value }),
      ...(accountList.length > 0 ? { ownAccounts: accountList } : {}),
      ...(pathList.length > 0 ? { storePathPrefixes: pathList } : {}),
      ...(store.trim() === '' ? {} : { primaryStore: store.trim() }),
    };
    save.mutate(body, { onSuccess: () => setSaved(true) });
  };
  const lineProblem = (p: LineProblem) => t('metricSettings.audienceInvalid', { line: p.line, text: p.text });
  const hint = (id: string, problem: string | null, fallback: string) => (
    <small id={id} className={problem ? 'field-problem' : 'muted'} role={problem ? 'alert' : undefined}>
      {problem ?? fallback}
    </small>
  );

  return (
    <section className="editor-section" aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`}>{t('metricSettings.title')}</h2>
      <p className="muted small">{t('metricSettings.intro')}</p>
      <form className="form-grid settings-grid panel" onSubmit={submit} data-testid="metric-settings">
        <div className="field field-wide">
          <label htmlFor={`${base}-audience`}>{t('metricSettings.audience')}</label>
          <textarea
            id={`${base}-audience`}
            data-testid="metric-settings-audience"
            rows={3}
            value={audience}
            placeholder={'country in CN, JP\nage between 18 45'}
            aria-invalid={parsedAudience.problems.length > 0}
            aria-describedby={`${base}-audience-hint`}
            onChange={(e) => setAudience(e.target.value)}
          />
          {hint(`${base}-audience-hint`, parsedAudience.problems.length > 0 ? parsedAudience.problems.map(lineProblem).join(' ') : null, t('metricSettings.audienceHint'))}
        </div>
        <div className="field">
          <label htmlFor={`${base}-retention`}>{t('metricSettings.retentionDay')}</label>
          <input
            id={`${base}-retention`}
            data-testid="metric-settings-retention"
            inputMode="numeric"
            value={retention}
            placeholder="7"
            aria-invalid={day.invalid}
            aria-describedby={`${base}-retention-hint`}
            onChange={(e) => setRetention(e.target.value)}
          />
          {hint(`${base}-retention-hint`, day.invalid ? t('metricSettings.retentionInvalid', { text: retention.trim() }) : null, t('metricSettings.retentionHint'))}
        </div>
        <div className="field">
          <label htmlFor={`${base}-store`}>{t('metricSettings.primaryStore')}</label>
          <input id={`${base}-store`} data-testid="metric-settings-store" value={store} maxLength={200} placeholder="app-store" aria-describedby={`${base}-store-hint`} onChange={(e) => setStore(e.target.value)} />
          {hint(`${base}-store-hint`, null, t('metricSettings.primaryStoreHint'))}
        </div>
        <div className="field">
          <label htmlFor={`${base}-accounts`}>{t('metricSettings.ownAccounts')}</label>
          <textarea id={`${base}-accounts`} data-testid="metric-settings-accounts" rows={3} value={accounts} placeholder={'wechat\nweibo'} aria-describedby={`${base}-accounts-hint`} onChange={(e) => setAccounts(e.target.value)} />
          {hint(`${base}-accounts-hint`, null, t('metricSettings.ownAccountsHint'))}
        </div>
        <div className="field">
          <label htmlFor={`${base}-paths`}>{t('metricSettings.storePaths')}</label>
          <textarea
            id={`${base}-paths`}
            data-testid="metric-settings-paths"
            rows={3}
            value={paths}
            placeholder="/shop"
            aria-invalid={badPaths.length > 0}
            aria-describedby={`${base}-paths-hint`}
            onChange={(e) => setPaths(e.target.value)}
          />
          {hint(`${base}-paths-hint`, badPaths.length > 0 ? t('metricSettings.storePathsInvalid', { paths: badPaths.join(', ') }) : null, t('metricSettings.storePathsHint'))}
        </div>
        <SaveActions save={save} invalid={invalid} saved={saved} testId="metric-settings" />
      </form>
    </section>
  );
}
