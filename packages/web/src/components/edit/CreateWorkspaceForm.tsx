import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Radio, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCreateWorkspace } from '../../api/mutations';
import { useTemplates } from '../../api/queries';
import { workspacePath } from '../../routing/route';
import { navigate } from '../../routing/useRoute';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { templateText } from './templateText';

/** Creates a workspace from a built-in template, optionally with its own id and name. */
export function CreateWorkspaceForm() {
  const { t } = useTranslation();
  const base = useId();
  const templates = useTemplates();
  const create = useCreateWorkspace();
  const [template, setTemplate] = useState('canonical');
  const [id, setId] = useState('');
  const [name, setName] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { template, ...(id.trim() ? { id: id.trim() } : {}), ...(name.trim() ? { name: name.trim() } : {}) },
      { onSuccess: (map) => navigate(workspacePath(map.workspace.id, 'matrix')) },
    );
  };

  return (
    <section className="panel create-workspace" aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`}>{t('create.title')}</h2>
      <p className="muted">{t('create.intro')}</p>
      {templates.isPending && <Loading />}
      {templates.error && <ErrorNotice error={templates.error} action="load" onRetry={() => void templates.refetch()} />}
      <form onSubmit={submit} data-testid="create-workspace-form">
        <Radio.Group name="template" label={t('field.template')} value={template} onChange={setTemplate}>
          <div className="template-choices">
            {(templates.data ?? []).map((tpl) => {
              const text = templateText(tpl, t);
              return (
                <Radio
                  key={tpl.id}
                  value={tpl.id}
                  className={`template-choice${template === tpl.id ? ' is-selected' : ''}`}
                  label={<strong>{text.name}</strong>}
                  description={text.description}
                />
              );
            })}
          </div>
        </Radio.Group>
        <div className="form-grid">
          <TextInput label={t('field.name')} value={name} onChange={(e) => setName(e.target.value)} data-testid="create-workspace-name" />
          <TextInput label={t('field.id')} description={t('field.idHint')} value={id} onChange={(e) => setId(e.target.value)} data-testid="create-workspace-id" />
          <Group className="form-actions">
            <Button type="submit" disabled={create.isPending} data-testid="create-workspace-submit">
              {create.isPending ? t('app.saving') : t('action.create')}
            </Button>
          </Group>
        </div>
        {create.error && <ErrorNotice error={create.error} action="save" onDismiss={() => create.reset()} />}
      </form>
    </section>
  );
}
