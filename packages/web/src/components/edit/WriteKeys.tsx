import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Button, Table, TextInput } from '@mantine/core';
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
        <Table className="data-table" withTableBorder data-testid="write-key-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('keys.label')}</Table.Th>
              <Table.Th>{t('keys.prefix')}</Table.Th>
              <Table.Th>{t('keys.created')}</Table.Th>
              <Table.Th>{t('keys.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.data.map((key) => (
              <Table.Tr key={key.id} data-testid={`write-key-${key.label}`}>
                <Table.Td>{key.label}</Table.Td>
                <Table.Td className="mono">{key.prefix}…</Table.Td>
                <Table.Td>{dateText(key.createdAt)}</Table.Td>
                <Table.Td>{key.revokedAt === null ? t('keys.active') : t('keys.revoked', { date: dateText(key.revokedAt) })}</Table.Td>
                <Table.Td>
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
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {revoke.error && <ErrorNotice error={revoke.error} action="save" onDismiss={() => revoke.reset()} />}
      <form className="inline-form panel" onSubmit={submit}>
        <TextInput label={t('keys.label')} data-testid="new-key-label" required maxLength={200} value={label} placeholder={t('keys.labelPlaceholder')} onChange={(e) => setLabel(e.target.value)} />
        <Button type="submit" disabled={create.isPending || label.trim() === ''} data-testid="create-key">
          {t('keys.create')}
        </Button>
        {create.error && <ErrorNotice error={create.error} action="save" onDismiss={() => create.reset()} />}
      </form>
      {created && (
        <Alert color="brand" role="status" className="notice" data-testid="new-key" title={t('keys.createdOnce', { label: created.label })}>
          <pre className="mono" data-testid="new-key-secret">{created.key}</pre>
          <p>{t('keys.scriptSnippet')}</p>
          <pre className="mono" data-testid="new-key-script">{scriptSnippet(origin, created.key)}</pre>
          <p>{t('keys.sdkSnippet')}</p>
          <pre className="mono">{sdkSnippet(origin, created.key)}</pre>
        </Alert>
      )}
    </section>
  );
}
