import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Table, TextInput } from '@mantine/core';
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
    <Table.Tr data-testid={`dept-row-${department.id}`}>
      {editing ? (
        <Table.Td colSpan={5}>
          <form className="inline-form" onSubmit={save} aria-label={t('action.editNamed', { name: department.name })}>
            <TextInput label={t('field.name')} required value={name} onChange={(e) => setName(e.target.value)} data-testid="edit-department-name" />
            <CentreSelect label={t('field.centre')} centres={map.centres} value={centre} onChange={setCentre} testId="edit-department-centre" />
            <TextInput label={t('field.head')} value={head} placeholder={t('field.headPlaceholder')} onChange={(e) => setHead(e.target.value)} data-testid="edit-department-head" />
            <Group gap={8} className="form-actions">
              <Button type="submit" size="compact-sm" disabled={update.isPending} data-testid="edit-department-save">
                {update.isPending ? t('app.saving') : t('action.save')}
              </Button>
              <Button variant="subtle" size="compact-sm" onClick={() => setEditing(false)}>
                {t('action.cancel')}
              </Button>
            </Group>
            {error && <ErrorNotice error={error} action="save" onDismiss={() => update.reset()} />}
          </form>
        </Table.Td>
      ) : (
        <>
          <Table.Th scope="row">
            {department.name}
            <div className="muted small mono">{department.id}</div>
          </Table.Th>
          <Table.Td>{centreName ?? <span className="muted">{t('common.none')}</span>}</Table.Td>
          <Table.Td>{department.head ?? <span className="muted">{t('common.none')}</span>}</Table.Td>
          <Table.Td className="nowrap">{t('edit.functions', { count: functionCount })}</Table.Td>
          <Table.Td>
            <Group gap={6} className="row-actions">
              <Button
                variant="subtle"
                size="compact-sm"
                aria-label={t('action.editNamed', { name: department.name })}
                data-testid={`edit-department-${department.id}`}
                onClick={startEditing}
              >
                {t('action.edit')}
              </Button>
              <ConfirmButton
                label={t('action.deleteNamed', { name: department.name })}
                question={t('edit.deleteConfirm', { name: department.name })}
                disabled={remove.isPending}
                testId={`delete-department-${department.id}`}
                onConfirm={() => remove.mutate(department.id)}
              />
              {remove.error && <ErrorNotice error={remove.error} action="save" onDismiss={() => remove.reset()} />}
            </Group>
          </Table.Td>
        </>
      )}
    </Table.Tr>
  );
}
