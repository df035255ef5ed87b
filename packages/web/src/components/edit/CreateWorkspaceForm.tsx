import { useId, useState } from 'react';
import type { FormEvent } from 'react';
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
        <fieldset className="template-choices">
          <legend>{t('field.template')}</legend>
          {(templates.data ?? []).map((tpl) => {
            const text = templateText(tpl, t);
            return (
              <label key={tpl.id} className={`template-choice${template === tpl.id ? ' is-selected' : ''}`}>
                <input type="radio" name="template" value={tpl.id} checked={template === tpl.id} onChange={() => setTemplate(tpl.id)} />
                <span>
                  <strong>{text.name}</strong>
                  <span className="muted small block">{text.description}</span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${base}-name`}>{t('field.name')}</label>
            <input id={`${base}-name`} value={name} onChange={(e) => setName(e.target.value)} data-testid="create-workspace-name" />
          </div>
          <div className="field">
            <label htmlFor={`${base}-id`}>{t('field.id')}</label>
            <input id={`${base}-id`} value={id} onChange={(e) => setId(e.target.value)} aria-describedby={`${base}-hint`} data-testid="create-workspace-id" />
            <small id={`${base}-hint`} className="muted">
              {t('field.idHint')}
            </small>
          </div>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={create.isPending} data-testid="create-workspace-submit">
              {create.isPending ? t('app.saving') : t('action.create')}
            </button>
          </div>
        </div>
        {create.error && <ErrorNotice error={create.error} action="save" onDismiss={() => create.reset()} />}
      </form>
    </section>
  );
}
