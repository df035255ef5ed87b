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
        <table className="data-table" data-testid="department-table">
          <thead>
            <tr>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.centre')}</th>
              <th scope="col">{t('field.head')}</th>
              <th scope="col">{t('edit.functionsHeader')}</th>
              <th scope="col">{t('edit.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {map.departments.map((d) => (
              <DepartmentRow key={d.id} department={d} map={map} />
            ))}
          </tbody>
        </table>
      )}
      <AddDepartmentForm map={map} />
    </section>
  );
}
