import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogResponse, CentreDto, CheckResponse, OrgMapResponse } from '@marketops/contracts';
import { useLocale } from '../../i18n/useLocale';
import { highlightsOf } from '../../state/model';
import type { Highlights } from '../../state/model';
import { MatrixLegend } from '../matrix/MatrixLegend';
import { DepartmentCard } from './DepartmentCard';

interface Props {
  catalog: CatalogResponse;
  map: OrgMapResponse;
  check: CheckResponse | undefined;
}

interface Tree {
  catalog: CatalogResponse;
  map: OrgMapResponse;
  highlights: Highlights;
  children: ReadonlyMap<string | null, readonly CentreDto[]>;
}

function CentreBox({ centre, tree, depth }: { centre: CentreDto; tree: Tree; depth: number }) {
  const { t } = useTranslation();
  const departments = tree.map.departments.filter((d) => d.centreId === centre.id);
  const children = tree.children.get(centre.id) ?? [];
  // Why: a heading level per nesting depth keeps the outline meaningful, capped at h6.
  const Heading = depth === 0 ? 'h3' : depth === 1 ? 'h4' : 'h5';
  return (
    <section className={`centre depth-${Math.min(depth, 3)}`} data-testid={`centre-${centre.id}`} aria-label={centre.name}>
      <header className="centre-head">
        <Heading className="centre-name">
          <Badge variant="outline" color="gray" size="sm" className="centre-kind">
            {t('common.centre')}
          </Badge> {centre.name}
        </Heading>
        <span className="muted small">{t('chart.departments', { count: departments.length })}</span>
      </header>
      {departments.length > 0 && (
        <div className="dept-grid">
          {departments.map((d) => (
            <DepartmentCard key={d.id} department={d} catalog={tree.catalog} map={tree.map} highlights={tree.highlights} />
          ))}
        </div>
      )}
      {children.map((child) => (
        <CentreBox key={child.id} centre={child} tree={tree} depth={depth + 1} />
      ))}
    </section>
  );
}

/** Centres, nested, each with its departments as cards; departments outside any centre last. */
export function OrgChart({ catalog, map, check }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const centreIds = new Set(map.centres.map((c) => c.id));
  const children = new Map<string | null, CentreDto[]>();
  for (const centre of map.centres) {
    // Why: a parent that no longer exists must not hide the centre; show it at the top level.
    const parent = centre.parentId !== null && centreIds.has(centre.parentId) ? centre.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), centre]);
  }
  const tree: Tree = { catalog, map, highlights: highlightsOf(check), children };
  const loose = map.departments.filter((d) => d.centreId === null || !centreIds.has(d.centreId));

  if (map.centres.length === 0 && map.departments.length === 0) return <p className="empty">{t('chart.empty')}</p>;
  const unowned = catalog.functions.filter((fn) => tree.highlights.gaps.has(fn.id));
  return (
    <div className="org-chart" data-testid="org-chart">
      <p className="muted intro">{t('chart.intro')}</p>
      {unowned.length > 0 && (
        <section className="unowned" aria-labelledby="unowned-title" data-testid="chart-unowned">
          <h3 id="unowned-title" className="small">
            <span aria-hidden="true">∅ </span>
            {t('chart.unowned')}
          </h3>
          <ul className="chips">
            {unowned.map((fn) => (
              <li key={fn.id} className={`chip chip-gap orient-${fn.orientation}`}>
                {pick(fn.name)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="centres">
        {(children.get(null) ?? []).map((centre) => (
          <CentreBox key={centre.id} centre={centre} tree={tree} depth={0} />
        ))}
        {loose.length > 0 && (
          <section className="centre centre-none" aria-label={t('chart.noCentre')}>
            <header className="centre-head">
              <h3 className="centre-name">{t('chart.noCentre')}</h3>
              <span className="muted small">{t('chart.departments', { count: loose.length })}</span>
            </header>
            <div className="dept-grid">
              {loose.map((d) => (
                <DepartmentCard key={d.id} department={d} catalog={catalog} map={map} highlights={tree.highlights} />
              ))}
            </div>
          </section>
        )}
      </div>
      <MatrixLegend catalog={catalog} showGap={false} />
    </div>
  );
}
