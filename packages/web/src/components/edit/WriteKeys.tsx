import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedWriteKeyDto } from '../../api/client';
import { useCreateWriteKey, useRevokeWriteKey } from '../../api/mutations';
import { useWriteKeys } from '../../api/queries';
import { ConfirmButton } from '../common/ConfirmButton';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { useLocale } from '../../i18n/useLocale';
import { sdkSnippet, scriptSnippet } from './writeKeySnippets';

/**
 * Write keys: public, ingest-only credentials for the company's sites and apps. A new key is shown
 * once, with the snippet a developer pastes: the browser tracker's script tag and the Node SDK.
 */
export function WriteKeys({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const base = useId();
  const keys = useWriteKeys(workspaceId);
  const create = useCreateWriteKey(workspaceId);
  const revoke = useRevokeWriteKey(workspaceId);
  const [label, setLabel] = useState('');
  const [created, setCreated] = useState<CreatedWriteKeyDto | null>(null);
  const origin = window.location.origin;
  const dateText = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = label.trim();
    if (trimmed === '') return;
    create.mutate(trimmed, { onSuccess: (key) => { setCreated(key); setLabel(''); } });
  };

  return (
    <section className="editor-section" aria-labelledby={`${base}-title`} data-testid="write-keys">
      <h2 id={`${base}-title`}>{t('keys.title')}</h2>
      <p className="muted small">{t('keys.intro')}</p>
      {keys.isPending ? (
        <Loading />
      ) : keys.error ? (
        <ErrorNotice error={keys.error} action="load" />
      ) : keys.data.length === 0 ? (
        <p className="muted">{t('keys.none')}</p>
      ) : (
        <table className="data-table" data-testid="write-key-table">
          <thead>
            <tr>
              <th>{t('keys.label')}</th>
              <th>{t('keys.prefix')}</th>
              <th>{t('keys.created')}</th>
              <th>{t('keys.status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {keys.data.map((key) => (
              <tr key={key.id} data-testid={`write-key-${key.label}`}>
                <td>{key.label}</td>
                <td className="mono">{key.prefix}…</td>
                <td>{dateText(key.createdAt)}</td>
                <td>{key.revokedAt === null ? t('keys.active') : t('keys.revoked', { date: dateText(key.revokedAt) })}</td>
                <td>
                  {key.revokedAt === null && (
                    <ConfirmButton
                      label={t('keys.revoke', { label: key.label })}
                      text={t('keys.revokeShort')}
                      question={t('keys.revokeConfirm', { label: key.label })}
                      disabled={revoke.isPending}
                      testId={`revoke-key-${key.label}`}
                      onConfirm={() => revoke.mutate(key.id)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {revoke.error && <ErrorNotice error={revoke.error} action="save" onDismiss={() => revoke.reset()} />}
      <form className="inline-form panel" onSubmit={submit}>
        <label htmlFor={`${base}-label`}>{t('keys.label')}</label>
        <input id={`${base}-label`} data-testid="new-key-label" required maxLength={200} value={label} placeholder={t('keys.labelPlaceholder')} onChange={(e) => setLabel(e.target.value)} />
        <button type="submit" className="btn btn-primary" disabled={create.isPending || label.trim() === ''} data-testid="create-key">
          {t('keys.create')}
        </button>
        {create.error && <ErrorNotice error={create.error} action="save" onDismiss={() => create.reset()} />}
      </form>
      {created && (
        <div className="notice panel" role="status" data-testid="new-key">
          <p className="notice-title">{t('keys.createdOnce', { label: created.label })}</p>
          <pre className="mono" data-testid="new-key-secret">{created.key}</pre>
          <p>{t('keys.scriptSnippet')}</p>
          <pre className="mono" data-testid="new-key-script">{scriptSnippet(origin, created.key)}</pre>
          <p>{t('keys.sdkSnippet')}</p>
          <pre className="mono">{sdkSnippet(origin, created.key)}</pre>
        </div>
      )}
    </section>
  );
}
