import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CentreDto, OrgMapResponse } from '@marketops/contracts';
import { useDeleteCentre, useUpdateCentre } from '../../api/mutations';
import { ConfirmButton } from '../common/ConfirmButton';
import { ErrorNotice } from '../common/ErrorNotice';
import { CentreSelect } from './CentreSelect';

/** A centre in the editor: rename, move under another centre, or delete. */
export function CentreRow({ centre, map }: { centre: CentreDto; map: OrgMapResponse }) {
  const { t } = useTranslation();
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
      <Table.Tr data-testid={`centre-row-${centre.id}`}>
        <Table.Td colSpan={4}>
          <form className="inline-form" onSubmit={save} aria-label={t('action.editNamed', { name: centre.name })}>
            <TextInput label={t('field.name')} required value={name} onChange={(e) => setName(e.target.value)} />
            <CentreSelect label={t('field.parent')} centres={map.centres} value={parent} onChange={setParent} exclude={centre.id} />
            <Group gap={8} className="form-actions">
              <Button type="submit" size="compact-sm" disabled={update.isPending}>
                {update.isPending ? t('app.saving') : t('action.save')}
              </Button>
              <Button variant="subtle" size="compact-sm" onClick={() => setEditing(false)}>
                {t('action.cancel')}
              </Button>
            </Group>
            {update.error && <ErrorNotice error={update.error} action="save" onDismiss={() => update.reset()} />}
          </form>
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <Table.Tr data-testid={`centre-row-${centre.id}`}>
      <Table.Th scope="row">
        {centre.name}
        <div className="muted small mono">{centre.id}</div>
      </Table.Th>
      <Table.Td>{parentName ?? <span className="muted">{t('common.none')}</span>}</Table.Td>
      <Table.Td className="nowrap">{t('chart.departments', { count: departments })}</Table.Td>
      <Table.Td>
        <Group gap={6} className="row-actions">
          <Button
            variant="subtle"
            size="compact-sm"
            aria-label={t('action.editNamed', { name: centre.name })}
            onClick={() => {
              setName(centre.name);
              setParent(centre.parentId ?? '');
              setEditing(true);
            }}
          >
            {t('action.edit')}
          </Button>
          <ConfirmButton
            label={t('action.deleteNamed', { name: centre.name })}
            question={t('edit.deleteConfirm', { name: centre.name })}
            disabled={remove.isPending}
            testId={`delete-centre-${centre.id}`}
            onConfirm={() => remove.mutate(centre.id)}
          />
          {remove.error && <ErrorNotice error={remove.error} action="save" onDismiss={() => remove.reset()} />}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
