import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgMapResponse } from '@marketops/contracts';
import { AddDepartmentForm } from './AddDepartmentForm';
import { DepartmentRow } from './DepartmentRow';

/** The departments of the map: edit, delete, and add. */
export function DepartmentEditor({ map }: { map: OrgMapResponse }) {
  const { t } = useTranslation();
  return (
    <section className="editor-section" aria-labelledby="departments-title">
      <h2 id="departments-title">{t('edit.departments')}</h2>
      {map.departments.length === 0 ? (
        <p className="empty">{t('edit.departmentsEmpty')}</p>
      ) : (
        <Table className="data-table" withTableBorder data-testid="department-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('field.name')}</Table.Th>
              <Table.Th scope="col">{t('field.centre')}</Table.Th>
              <Table.Th scope="col">{t('field.head')}</Table.Th>
              <Table.Th scope="col">{t('edit.functionsHeader')}</Table.Th>
              <Table.Th scope="col">{t('edit.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {map.departments.map((d) => (
              <DepartmentRow key={d.id} department={d} map={map} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AddDepartmentForm map={map} />
    </section>
  );
}
