import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentDto, OrgMapResponse } from '@marketops/contracts';
import { useDeleteDepartment, useUpdateDepartment } from '../../api/mutations';
import { ConfirmButton } from '../common/ConfirmButton';
import { ErrorNotice } from '../common/ErrorNotice';
import { CentreSelect } from './CentreSelect';

interface Props {
  department: DepartmentDto;
  map: OrgMapResponse;
}

/** A department in the editor: read-only with Edit/Delete, or an inline form while editing. */
export function DepartmentRow({ department, map }: Props) {
  const { t } = useTranslation();
  const base = useId();
  const update = useUpdateDepartment(map.workspace.id);
  const remove = useDeleteDepartment(map.workspace.id);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(department.name);
  const [centre, setCentre] = useState(department.centreId ?? '');
  const [head, setHead] = useState(department.head ?? '');
  const centreName = map.centres.find((c) => c.id === department.centreId)?.name;
  const functionCount = map.assignments.filter((a) => a.departmentId === department.id).length;
  const error = update.error ?? remove.error;

  const startEditing = () => {
    setName(department.name);
    setCentre(department.centreId ?? '');
    setHead(department.head ?? '');
    update.reset();
    setEditing(true);
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { departmentId: department.id, body: { name: name.trim(), centreId: centre || null, head: head.trim() || null } },
      { onSuccess: () => setEditing(false) },
    );
  };

  return (
    <tr data-testid={`dept-row-${department.id}`}>
      {editing ? (
        <td colSpan={5}>
          <form className="inline-form" onSubmit={save} aria-label={t('action.editNamed', { name: department.name })}>
            <div className="field">
              <label htmlFor={`${base}-name`}>{t('field.name')}</label>
              <input id={`${base}-name`} required value={name} onChange={(e) => setName(e.target.value)} data-testid="edit-department-name" />
            </div>
            <div className="field">
              <label htmlFor={`${base}-centre`}>{t('field.centre')}</label>
              <CentreSelect id={`${base}-centre`} centres={map.centres} value={centre} onChange={setCentre} testId="edit-department-centre" />
            </div>
            <div className="field">
              <label htmlFor={`${base}-head`}>{t('field.head')}</label>
              <input id={`${base}-head`} value={head} placeholder={t('field.headPlaceholder')} onChange={(e) => setHead(e.target.value)} data-testid="edit-department-head" />
            </div>
            <div className="form-actions">
              <button type="submit" className="btn btn-primary btn-small" disabled={update.isPending} data-testid="edit-department-save">
                {update.isPending ? t('app.saving') : t('action.save')}
              </button>
              <button type="button" className="btn btn-ghost btn-small" onClick={() => setEditing(false)}>
                {t('action.cancel')}
              </button>
            </div>
            {error && <ErrorNotice error={error} action="save" onDismiss={() => update.reset()} />}
          </form>
        </td>
      ) : (
        <>
          <th scope="row">
            {department.name}
            <div className="muted small mono">{department.id}</div>
          </th>
          <td>{centreName ?? <span className="muted">{t('common.none')}</span>}</td>
          <td>{department.head ?? <span className="muted">{t('common.none')}</span>}</td>
          <td className="nowrap">{t('edit.functions', { count: functionCount })}</td>
          <td>
            <div className="row-actions">
              <button
                type="button"
                className="btn btn-small btn-ghost"
                aria-label={t('action.editNamed', { name: department.name })}
                data-testid={`edit-department-${department.id}`}
                onClick={startEditing}
              >
                {t('action.edit')}
              </button>
              <ConfirmButton
                label={t('action.deleteNamed', { name: department.name })}
                question={t('edit.deleteConfirm', { name: department.name })}
                disabled={remove.isPending}
                testId={`delete-department-${department.id}`}
                onConfirm={() => remove.mutate(department.id)}
              />
              {remove.error && <ErrorNotice error={remove.error} action="save" onDismiss={() => remove.reset()} />}
            </div>
          </td>
        </>
      )}
    </tr>
  );
}
