import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgMapResponse } from '@marketops/contracts';
import { useCreateDepartment } from '../../api/mutations';
import { ErrorNotice } from '../common/ErrorNotice';
import { CentreSelect } from './CentreSelect';

/** Adds a department with a name and, optionally, an id, a centre and a head. */
export function AddDepartmentForm({ map }: { map: OrgMapResponse }) {
  const { t } = useTranslation();
  const base = useId();
  const create = useCreateDepartment(map.workspace.id);
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [centre, setCentre] = useState('');
  const [head, setHead] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name: name.trim(),
        ...(id.trim() ? { id: id.trim() } : {}),
        ...(centre ? { centreId: centre } : {}),
        ...(head.trim() ? { head: head.trim() } : {}),
      },
      {
        onSuccess: () => {
          setName('');
          setId('');
          setHead('');
        },
      },
    );
  };

  return (
    <form className="form-grid panel" onSubmit={submit} data-testid="add-department-form" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`}>{t('edit.addDepartment')}</h3>
      <TextInput label={t('field.name')} required value={name} onChange={(e) => setName(e.target.value)} data-testid="new-department-name" />
      <TextInput
        label={t('field.id')}
        description={t('field.idHint')}
        value={id}
        onChange={(e) => setId(e.target.value)}
        pattern="[a-z0-9](?:[a-z0-9\-]{0,62}[a-z0-9])?"
        data-testid="new-department-id"
      />
      <CentreSelect label={t('field.centre')} centres={map.centres} value={centre} onChange={setCentre} testId="new-department-centre" />
      <TextInput label={t('field.head')} value={head} placeholder={t('field.headPlaceholder')} onChange={(e) => setHead(e.target.value)} data-testid="new-department-head" />
      <Group className="form-actions">
        <Button type="submit" disabled={create.isPending} data-testid="add-department-submit">
          {create.isPending ? t('app.saving') : t('action.add')}
        </Button>
      </Group>
      {create.error && <ErrorNotice error={create.error} action="save" onDismiss={() => create.reset()} />}
    </form>
  );
}
