import { useTranslation } from 'react-i18next';
import type { AssignmentDto, FunctionDto } from '@marketops/contracts';
import { useLocale } from '../../i18n/useLocale';

interface Props {
  fn: FunctionDto;
  assignment: AssignmentDto;
  overlap: boolean;
}

/**
 * A function a department carries, coloured by orientation: filled when accountable, outlined
 * when contributing; the role letter and any overlap are also written, not only coloured.
 */
export function FunctionChip({ fn, assignment, overlap }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const role = assignment.role;
  const name = pick(fn.name);
  const title = [
    `${name}: ${t(`role.${role}`)}`,
    assignment.label ? t('matrix.aliasTitle', { label: assignment.label }) : null,
    overlap ? t('matrix.overlapTitle', { function: name }) : null,
  ]
    .filter(Boolean)
    .join('. ');
  return (
    <li className={`chip orient-${fn.orientation} chip-${role}${overlap ? ' chip-overlap' : ''}`} title={title}>
      <span className="chip-role" aria-hidden="true">
        {role === 'accountable' ? t('role.abbrAccountable') : t('role.abbrContributing')}
      </span>
      <span className="visually-hidden">{t(`role.${role}`)}: </span>
      {name}
      {assignment.label && <span className="chip-alias"> {t('chart.alias', { label: assignment.label })}</span>}
      {overlap && (
        <span className="chip-warn">
          <span aria-hidden="true"> ⚠</span>
          <span className="visually-hidden"> {t('matrix.overlapMarker')}</span>
        </span>
      )}
    </li>
  );
}
