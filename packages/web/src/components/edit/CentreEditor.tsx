import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgMapResponse } from '@marketops/contracts';
import { useCreateCentre } from '../../api/mutations';
import { ErrorNotice } from '../common/ErrorNotice';
import { CentreRow } from './CentreRow';
import { CentreSelect } from './CentreSelect';

/** The centres (parent units) of the map: list, edit, delete, add. */
export function CentreEditor({ map }: { map: OrgMapResponse }) {
  const { t } = useTranslation();
  const base = useId();
  const create = useCreateCentre(map.workspace.id);
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [parent, setParent] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), ...(id.trim() ? { id: id.trim() } : {}), ...(parent ? { parentId: parent } : {}) },
      {
        onSuccess: () => {
          setName('');
          setId('');
        },
      },
    );
  };

  return (
    <section className="editor-section" aria-labelledby="centres-title">
      <h2 id="centres-title">{t('edit.centres')}</h2>
      {map.centres.length === 0 ? (
        <p className="empty">{t('edit.centresEmpty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.parent')}</th>
              <th scope="col">{t('edit.departments')}</th>
              <th scope="col">{t('edit.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {map.centres.map((c) => (
              <CentreRow key={c.id} centre={c} map={map} />
            ))}
          </tbody>
        </table>
      )}
      <form className="form-grid panel" onSubmit={submit} aria-labelledby={`${base}-title`}>
        <h3 id={`${base}-title`}>{t('edit.addCentre')}</h3>
        <div className="field">
          <label htmlFor={`${base}-name`}>{t('field.name')}</label>
          <input id={`${base}-name`} required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${base}-id`}>{t('field.id')}</label>
          <input id={`${base}-id`} value={id} onChange={(e) => setId(e.target.value)} aria-describedby={`${base}-id-hint`} />
          <small id={`${base}-id-hint`} className="muted">
            {t('field.idHint')}
          </small>
        </div>
        <div className="field">
          <label htmlFor={`${base}-parent`}>{t('field.parent')}</label>
          <CentreSelect id={`${base}-parent`} centres={map.centres} value={parent} onChange={setParent} />
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? t('app.saving') : t('action.add')}
          </button>
        </div>
        {create.error && <ErrorNotice error={create.error} action="save" onDismiss={() => create.reset()} />}
      </form>
    </section>
  );
}
