import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/Link';
import { workspacePath } from '../../routing/route';
import { useSearch } from '../../routing/useSearch';
import { CARRIED_KEYS, EXPLORER_KINDS } from './kinds';
import type { ExplorerKind } from './kinds';
import { pickSearch } from './url/search';

/** Links between the explorers; each keeps the period and filters of the current view. */
export function ExploreNav({ workspaceId, current }: { workspaceId: string; current: ExplorerKind }) {
  const { t } = useTranslation();
  const [search] = useSearch();
  const carried = pickSearch(search, CARRIED_KEYS);
  return (
    <nav className="explore-nav" aria-label={t('explore.nav.label')}>
      {EXPLORER_KINDS.map((kind) => (
        <Link
          key={kind}
          href={workspacePath(workspaceId, 'explore', kind, carried)}
          className="explore-nav-link"
          aria-current={kind === current ? 'page' : undefined}
          data-testid={`explore-nav-${kind}`}
        >
          {t(`explore.nav.${kind}`)}
        </Link>
      ))}
    </nav>
  );
}
