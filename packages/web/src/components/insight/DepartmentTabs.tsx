import { useTranslation } from 'react-i18next';
import type { OrgMapResponse } from '@marketops/contracts';
import { Link } from '../../routing/Link';
import { workspacePath } from '../../routing/route';
import { useSearch } from '../../routing/useSearch';

interface Props {
  workspaceId: string;
  map: OrgMapResponse;
  /** The department shown. */
  current: string | undefined;
}

/** The workspace's departments as links to their dashboards, keeping the period of the URL. */
export function DepartmentTabs({ workspaceId, map, current }: Props) {
  const { t } = useTranslation();
  const [search] = useSearch();
  return (
    <nav className="dept-tabs" aria-label={t('dashboards.departments')}>
      {map.departments.map((dept) => (
        <Link
          key={dept.id}
          href={workspacePath(workspaceId, 'dashboards', dept.id, search)}
          className="dept-tab"
          aria-current={dept.id === current ? 'page' : undefined}
          data-testid={`dept-tab-${dept.id}`}
        >
          {dept.name}
        </Link>
      ))}
    </nav>
  );
}
