import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CentreDto, OrgMapResponse } from '@marketops/contracts';
import { useDeleteCentre, useUpdateCentre } from '../../api/mutations';
import { ConfirmButton } from '../common/ConfirmButton';
import { ErrorNotice } from '../common/ErrorNotice';
import { CentreSelect } from './CentreSelect';

/** A centre in the editor: rename, move under another centre, or delete. */
export function CentreRow({ centre, map }: { centre: CentreDto; map: OrgMapResponse }) {
  const { t } = useTranslation();
  const base = useId();
  const update = useUpdateCentre(map.workspace.id);
  const remove = useDeleteCentre(map.workspace.id);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(centre.name);
  const [parent, setParent] = useState(centre.parentId ?? '');
  const parentName = map.centres.find((c) => c.id === centre.parentId)?.name;
  const departments = map.departments.filter((d) => d.centreId === centre.id).length;

  const save = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ centreId: centre.id, body: { name: name.trim(), parentId: parent || null } }, { onSuccess: () => setEditing(false) });
  };

  if (editing) {
    return (
      <tr data-testid={`centre-row-${centre.id}`}>
        <td colSpan={4}>
          <form className="inline-form" onSubmit={save} aria-label={t('action.editNamed', { name: centre.name })}>
            <div className="field">
              <label htmlFor={`${base}-name`}>{t('field.name')}</label>
              <input id={`${base}-name`} required value={name} onChange={(e) => setName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${base}-parent`}>{t('field.parent')}</label>
              <CentreSelect id={`${base}-parent`} centres={map.centres} value={parent} onChange={setParent} exclude={centre.id} />
            </div>
            <div className="form-actions">
              <button type="submit" className="btn btn-primary btn-small" disabled={update.isPending}>
                {update.isPending ? t('app.saving') : t('action.save')}
              </button>
              <button type="button" className="btn btn-ghost btn-small" onClick={() => setEditing(false)}>
                {t('action.cancel')}
              </button>
            </div>
            {update.error && <ErrorNotice error={update.error} action="save" onDismiss={() => update.reset()} />}
          </form>
        </td>
      </tr>
    );
  }
  return (
    <tr data-testid={`centre-row-${centre.id}`}>
      <th scope="row">
        {centre.name}
        <div className="muted small mono">{centre.id}</div>
      </th>
      <td>{parentName ?? <span className="muted">{t('common.none')}</span>}</td>
      <td className="nowrap">{t('chart.departments', { count: departments })}</td>
      <td>
        <div className="row-actions">
          <button
            type="button"
            className="btn btn-small btn-ghost"
            aria-label={t('action.editNamed', { name: centre.name })}
            onClick={() => {
              setName(centre.name);
              setParent(centre.parentId ?? '');
              setEditing(true);
            }}
          >
            {t('action.edit')}
          </button>
          <ConfirmButton
            label={t('action.deleteNamed', { name: centre.name })}
            question={t('edit.deleteConfirm', { name: centre.name })}
            disabled={remove.isPending}
            testId={`delete-centre-${centre.id}`}
            onConfirm={() => remove.mutate(centre.id)}
          />
          {remove.error && <ErrorNotice error={remove.error} action="save" onDismiss={() => remove.reset()} />}
        </div>
      </td>
    </tr>
  );
}
