import { useTranslation } from 'react-i18next';
import type { AssignmentDto } from '@marketops/contracts';
import { nextRole } from '../../state/model';

interface Props {
  departmentId: string;
  departmentName: string;
  functionId: string;
  functionName: string;
  assignment: AssignmentDto | undefined;
  gap: boolean;
  overlap: boolean;
  busy: boolean;
  row: number;
  col: number;
  onCycle: () => void;
}

/**
 * One department x function cell: a button showing A / C / nothing that cycles the role. Its
 * state, and any gap or overlap, is in the accessible name and in visible text, never colour alone.
 */
export function MatrixCell(props: Props) {
  const { t } = useTranslation();
  const { assignment, gap, overlap, busy } = props;
  const role = assignment?.role;
  const stateText = role ? t(`role.${role}`) : t('role.none');
  const next = nextRole(role);
  const nextText = next ? t(`role.${next}`) : t('role.none');
  const findings = [
    overlap ? t('matrix.overlapTitle', { function: props.functionName }) : null,
    gap ? t('matrix.gapTitle', { function: props.functionName }) : null,
    assignment?.label ? t('matrix.aliasTitle', { label: assignment.label }) : null,
  ].filter((s): s is string => s !== null);
  const label = [
    t('matrix.cellLabel', { department: props.departmentName, function: props.functionName, state: stateText }),
    ...findings,
    t('matrix.cellNext', { next: nextText }),
  ].join('. ');

  const classes = ['cell', role ? `cell-${role}` : 'cell-empty', gap ? 'cell-gap' : '', overlap ? 'cell-overlap' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <td className={classes}>
      <button
        type="button"
        className="cell-button"
        data-testid={`cell-${props.departmentId}-${props.functionId}`}
        data-department={props.departmentId}
        data-function={props.functionId}
        data-state={role ?? 'none'}
        data-overlap={overlap ? 'true' : undefined}
        data-row={props.row}
        data-col={props.col}
        aria-label={label}
        aria-busy={busy || undefined}
        title={label}
        onClick={props.onCycle}
      >
        <span aria-hidden="true" className="cell-role">
          {role === 'accountable' ? t('role.abbrAccountable') : role === 'contributing' ? t('role.abbrContributing') : ''}
        </span>
        {overlap && (
          <span aria-hidden="true" className="cell-marker overlap-marker" data-testid="overlap-marker">
            ⚠
          </span>
        )}
        {assignment?.label && (
          <span aria-hidden="true" className="cell-alias">
            *
          </span>
        )}
      </button>
    </td>
  );
}
