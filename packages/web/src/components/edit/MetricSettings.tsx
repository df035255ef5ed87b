import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MetricSettingsDto } from '@marketops/contracts';
import { useSaveMetricSettings } from '../../api/mutations';
import { useMetricSettings } from '../../api/queries';
import { ErrorNotice } from '../common/ErrorNotice';
import { hinted } from '../common/hinted';
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
  return (
    <section className="editor-section" aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`}>{t('metricSettings.title')}</h2>
      <p className="muted small">{t('metricSettings.intro')}</p>
      <form className="form-grid settings-grid panel" onSubmit={submit} data-testid="metric-settings">
        <Textarea
          label={t('metricSettings.audience')}
          data-testid="metric-settings-audience"
          rows={3}
          value={audience}
          placeholder={'country in CN, JP\nage between 18 45'}
          onChange={(e) => setAudience(e.target.value)}
          {...hinted(parsedAudience.problems.length > 0 ? parsedAudience.problems.map(lineProblem).join(' ') : null, t('metricSettings.audienceHint'))}
        />
        <TextInput
          label={t('metricSettings.retentionDay')}
          data-testid="metric-settings-retention"
          inputMode="numeric"
          value={retention}
          placeholder="7"
          onChange={(e) => setRetention(e.target.value)}
          {...hinted(day.invalid ? t('metricSettings.retentionInvalid', { text: retention.trim() }) : null, t('metricSettings.retentionHint'))}
        />
        <TextInput
          label={t('metricSettings.primaryStore')}
          data-testid="metric-settings-store"
          value={store}
          maxLength={200}
          placeholder="app-store"
          description={t('metricSettings.primaryStoreHint')}
          onChange={(e) => setStore(e.target.value)}
        />
        <Textarea
          label={t('metricSettings.ownAccounts')}
          data-testid="metric-settings-accounts"
          rows={3}
          value={accounts}
          placeholder={'wechat\nweibo'}
          description={t('metricSettings.ownAccountsHint')}
          onChange={(e) => setAccounts(e.target.value)}
        />
        <Textarea
          label={t('metricSettings.storePaths')}
          data-testid="metric-settings-paths"
          rows={3}
          value={paths}
          placeholder="/shop"
          onChange={(e) => setPaths(e.target.value)}
          {...hinted(badPaths.length > 0 ? t('metricSettings.storePathsInvalid', { paths: badPaths.join(', ') }) : null, t('metricSettings.storePathsHint'))}
        />
        <SaveActions save={save} invalid={invalid} saved={saved} testId="metric-settings" />
      </form>
    </section>
  );
}
