import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogResponse, CheckResponse, FunctionDto, KpiDto, OrgMapResponse } from '@marketops/contracts';
import { useLocale } from '../../i18n/useLocale';
import { Loading } from '../common/Loading';
import { KpiTable } from './KpiTable';

interface Props {
  catalog: CatalogResponse;
  map: OrgMapResponse;
  check: CheckResponse | undefined;
}

type Holding = CheckResponse['departmentKpis'][number]['accountable'][number];

/** The KPIs of a holding, in the check's order, resolved against the catalog. */
function kpisOf(holding: Holding, fn: FunctionDto | undefined): KpiDto[] {
  const byId = new Map(fn?.kpis.map((k) => [k.id, k]) ?? []);
  return holding.kpiIds.map((id) => byId.get(id)).filter((k): k is KpiDto => k !== undefined);
}

/**
 * Per department: the numbers it answers for (accountable functions, each KPI with its unit,
 * direction and definition) and those it helps move; a number with two owners is marked shared.
 */
export function DepartmentKpis({ catalog, map, check }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  if (!check) return <Loading />;
  if (map.departments.length === 0) return <p className="empty">{t('kpis.empty')}</p>;
  const functions = new Map(catalog.functions.map((f) => [f.id, f]));
  const byDepartment = new Map(check.departmentKpis.map((d) => [d.departmentId, d]));

  return (
    <div className="kpis-view" data-testid="department-kpis">
      <p className="muted intro">{t('kpis.intro')}</p>
      {map.departments.map((dept) => {
        const holdings = byDepartment.get(dept.id) ?? { accountable: [], contributing: [] };
        return (
          <section key={dept.id} className="panel kpi-dept" data-testid={`kpis-${dept.id}`} aria-labelledby={`kpis-title-${dept.id}`}>
            <h2 id={`kpis-title-${dept.id}`}>{dept.name}</h2>
            <h3 className="kpi-subtitle">{t('kpis.answersFor')}</h3>
            {holdings.accountable.length === 0 ? (
              <p className="muted small finding-gap-text">{t('kpis.nothingAccountable')}</p>
            ) : (
              holdings.accountable.map((holding) => {
                const fn = functions.get(holding.functionId);
                const kpis = kpisOf(holding, fn);
                return (
                  <div key={holding.functionId} className={`kpi-function orient-${fn?.orientation ?? 'strategic'}`}>
                    <h4>
                      {fn ? pick(fn.name) : holding.functionId}
                      <span className="muted small"> · {t('kpis.count', { count: kpis.length })}</span>
                      {holding.shared && (
                        <Badge size="sm" color="red" className="finding-badge" title={t('kpis.sharedTitle')} data-testid={`shared-${dept.id}-${holding.functionId}`}>
                          <span aria-hidden="true">⚠ </span>
                          {t('kpis.shared')}
                        </Badge>
                      )}
                    </h4>
                    {holding.shared && <p className="visually-hidden">{t('kpis.sharedTitle')}</p>}
                    <KpiTable kpis={kpis} />
                  </div>
                );
              })
            )}
            <h3 className="kpi-subtitle">{t('kpis.contributesTo')}</h3>
            {holdings.contributing.length === 0 ? (
              <p className="muted small">{t('kpis.nothingContributing')}</p>
            ) : (
              <ul className="kpi-contrib">
                {holdings.contributing.map((holding) => {
                  const fn = functions.get(holding.functionId);
                  return (
                    <li key={holding.functionId}>
                      <strong>{fn ? pick(fn.name) : holding.functionId}</strong>
                      {': '}
                      {kpisOf(holding, fn)
                        .map((k) => pick(k.name))
                        .join(t('common.listSeparator'))}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
