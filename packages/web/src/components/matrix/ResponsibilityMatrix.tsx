import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogResponse, CheckResponse, OrgMapResponse } from '@marketops/contracts';
import { useCycleAssignment } from '../../api/mutations';
import { useLocale } from '../../i18n/useLocale';
import { assignmentIndex, groupByStage, highlightsOf, isOverlapCell } from '../../state/model';
import { ErrorNotice } from '../common/ErrorNotice';
import { MatrixCell } from './MatrixCell';
import { MatrixHead } from './MatrixHead';

interface Props {
  catalog: CatalogResponse;
  map: OrgMapResponse;
  check: CheckResponse | undefined;
}

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** Arrow keys move between cells, so the grid is usable without tabbing through every cell. */
function moveFocus(event: KeyboardEvent<HTMLTableElement>): void {
  const delta = ARROWS[event.key];
  const target = event.target as HTMLElement;
  if (!delta || target.dataset.row === undefined) return;
  const row = Number(target.dataset.row) + delta[0];
  const col = Number(target.dataset.col) + delta[1];
  const next = event.currentTarget.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/**
 * Departments x functions. Each cell cycles empty -> accountable -> contributing -> empty
 * through the API; the check is refetched after every edit, so gaps and overlaps follow.
 */
export function ResponsibilityMatrix({ catalog, map, check }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const setAssignment = useCycleAssignment(map.workspace.id);
  const groups = groupByStage(catalog);
  const functions = groups.flatMap((g) => g.functions);
  const find = assignmentIndex(map);
  const highlights = highlightsOf(check);
  const pending = setAssignment.isPending ? setAssignment.variables : undefined;

  if (map.departments.length === 0) return <p className="empty">{t('matrix.empty')}</p>;

  return (
    <div className="matrix-block">
      {setAssignment.error && <ErrorNotice error={setAssignment.error} action="save" onDismiss={() => setAssignment.reset()} />}
      <div className="matrix-scroll">
        <table className="matrix" data-testid="matrix" aria-busy={setAssignment.isPending || undefined} onKeyDown={moveFocus}>
          <caption className="visually-hidden">{t('matrix.caption')}</caption>
          <MatrixHead groups={groups} catalog={catalog} highlights={highlights} />
          <tbody>
            {map.departments.map((dept, row) => (
              <tr key={dept.id} data-testid={`matrix-row-${dept.id}`}>
                <th scope="row" className="dept-head">
                  <span className="dept-name">{dept.name}</span>
                  {dept.head && <span className="dept-sub">{dept.head}</span>}
                </th>
                {functions.map((fn, col) => {
                  const assignment = find(dept.id, fn.id);
                  return (
                    <MatrixCell
                      key={fn.id}
                      departmentId={dept.id}
                      departmentName={dept.name}
                      functionId={fn.id}
                      functionName={pick(fn.name)}
                      assignment={assignment}
                      gap={highlights.gaps.has(fn.id)}
                      overlap={isOverlapCell(highlights, dept.id, fn.id)}
                      busy={pending?.departmentId === dept.id && pending.functionId === fn.id}
                      row={row}
                      col={col}
                      onCycle={() => setAssignment.mutate({ departmentId: dept.id, functionId: fn.id })}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
