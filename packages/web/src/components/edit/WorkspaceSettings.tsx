import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgMapResponse } from '@marketops/contracts';
import { useDeleteWorkspace, useUpdateWorkspace } from '../../api/mutations';
import { navigate } from '../../routing/useRoute';
import { ConfirmButton } from '../common/ConfirmButton';
import { ErrorNotice } from '../common/ErrorNotice';

/** The workspace's own name and description, and deleting it. */
export function WorkspaceSettings({ map }: { map: OrgMapResponse }) {
  const { t } = useTranslation();
  const update = useUpdateWorkspace(map.workspace.id);
  const remove = useDeleteWorkspace();
  const [name, setName] = useState(map.workspace.name);
  const [description, setDescription] = useState(map.workspace.description ?? '');
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    update.mutate({ name: name.trim(), description: description.trim() || null }, { onSuccess: () => setSaved(true) });
  };

  return (
    <section className="editor-section" aria-labelledby="workspace-settings-title">
      <h2 id="workspace-settings-title">{t('edit.workspace')}</h2>
      <form className="form-grid settings-grid panel" onSubmit={submit}>
        <TextInput label={t('field.name')} required value={name} onChange={(e) => setName(e.target.value)} />
        <Textarea label={t('field.description')} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
        <Group gap={8} className="form-actions">
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? t('app.saving') : t('action.save')}
          </Button>
          {saved && (
            <span className="muted small" role="status">
              {t('edit.saved')}
            </span>
          )}
          <span className="header-spacer" />
          <ConfirmButton
            label={t('edit.deleteWorkspace')}
            text={t('edit.deleteWorkspace')}
            question={t('edit.deleteWorkspaceConfirm', { name: map.workspace.name })}
            disabled={remove.isPending}
            testId="delete-workspace"
            onConfirm={() =>
              remove.mutate({ workspaceId: map.workspace.id, version: map.version }, { onSuccess: () => navigate('/', { replace: true }) })
            }
          />
        </Group>
        {update.error && <ErrorNotice error={update.error} action="save" onDismiss={() => update.reset()} />}
        {remove.error && <ErrorNotice error={remove.error} action="save" onDismiss={() => remove.reset()} />}
      </form>
    </section>
  );
}
