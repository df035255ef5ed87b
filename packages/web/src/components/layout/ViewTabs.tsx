import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/Link';
import { VIEWS, workspacePath } from '../../routing/route';
import type { View } from '../../routing/route';

const LABEL_KEYS = {
  overview: 'nav.overview',
  dashboards: 'nav.dashboards',
  explore: 'nav.explore',
  matrix: 'nav.matrix',
  chart: 'nav.chart',
  kpis: 'nav.kpis',
  edit: 'nav.edit',
} as const;

/** The workspace's views as links, so each view has a URL and back/forward work. */
export function ViewTabs({ workspaceId, view }: { workspaceId: string; view: View }) {
  const { t } = useTranslation();
  return (
    <nav className="view-tabs" aria-label={t('nav.label')}>
      {VIEWS.map((v) => (
        <Link
          key={v}
          href={workspacePath(workspaceId, v)}
          className="view-tab"
          aria-current={v === view ? 'page' : undefined}
          data-testid={`tab-${v}`}
        >
          {t(LABEL_KEYS[v])}
        </Link>
      ))}
    </nav>
  );
}
