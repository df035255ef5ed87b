import { useTranslation } from 'react-i18next';
import type { CatalogResponse, DepartmentDto, OrgMapResponse } from '@marketops/contracts';
import { isOverlapCell } from '../../state/model';
import type { Highlights } from '../../state/model';
import { FunctionChip } from './FunctionChip';

interface Props {
  department: DepartmentDto;
  catalog: CatalogResponse;
  map: OrgMapResponse;
  highlights: Highlights;
}

/** A department in the chart: its name, head, and the functions it carries in catalog order. */
export function DepartmentCard({ department, catalog, map, highlights }: Props) {
  const { t } = useTranslation();
  const held = catalog.functions
    .map((fn) => ({ fn, assignment: map.assignments.find((a) => a.departmentId === department.id && a.functionId === fn.id) }))
    .filter((h) => h.assignment !== undefined);
  return (
    <article className="dept-card" data-testid={`dept-card-${department.id}`} aria-labelledby={`dept-card-title-${department.id}`}>
      <h4 id={`dept-card-title-${department.id}`}>{department.name}</h4>
      <p className="muted small">{department.head ? t('chart.head', { name: department.head }) : t('chart.noHead')}</p>
      {held.length === 0 ? (
        <p className="muted small">{t('chart.noFunctions')}</p>
      ) : (
        <ul className="chips">
          {held.map(({ fn, assignment }) => (
            <FunctionChip key={fn.id} fn={fn} assignment={assignment!} overlap={isOverlapCell(highlights, department.id, fn.id)} />
          ))}
        </ul>
      )}
    </article>
  );
}
