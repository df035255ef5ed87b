import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Table, TextInput } from '@mantine/core';
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
        <Table className="data-table" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('field.name')}</Table.Th>
              <Table.Th scope="col">{t('field.parent')}</Table.Th>
              <Table.Th scope="col">{t('edit.departments')}</Table.Th>
              <Table.Th scope="col">{t('edit.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {map.centres.map((c) => (
              <CentreRow key={c.id} centre={c} map={map} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form className="form-grid panel" onSubmit={submit} aria-labelledby={`${base}-title`}>
        <h3 id={`${base}-title`}>{t('edit.addCentre')}</h3>
        <TextInput label={t('field.name')} required value={name} onChange={(e) => setName(e.target.value)} />
        <TextInput label={t('field.id')} description={t('field.idHint')} value={id} onChange={(e) => setId(e.target.value)} />
        <CentreSelect label={t('field.parent')} centres={map.centres} value={parent} onChange={setParent} />
        <Group className="form-actions">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? t('app.saving') : t('action.add')}
          </Button>
        </Group>
        {create.error && <ErrorNotice error={create.error} action="save" onDismiss={() => create.reset()} />}
      </form>
    </section>
  );
}
