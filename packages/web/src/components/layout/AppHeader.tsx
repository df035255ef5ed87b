import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/Link';
import type { View } from '../../routing/route';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { LanguageSwitcher } from './LanguageSwitcher';
import { WorkspacePicker } from './WorkspacePicker';

interface Props {
  workspaceId: string | null;
  view: View;
}

/** The bar on every page: product, workspace choice, new workspace, language, colour scheme. */
export function AppHeader({ workspaceId, view }: Props) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <Link href="/" className="brand" aria-label={`MarketOps – ${t('nav.home')}`}>
        <span className="brand-mark" aria-hidden="true">
          M
        </span>
        <span className="brand-name">MarketOps</span>
      </Link>
      <span className="brand-tagline">{t('app.tagline')}</span>
      <div className="header-spacer" />
      <WorkspacePicker current={workspaceId} view={view} />
      <Button component={Link} href="/new" variant="outline" color="gray.4" size="compact-sm" className="on-dark" data-testid="new-workspace-link">
        + {t('nav.newWorkspace')}
      </Button>
      <LanguageSwitcher />
      <ColorSchemeToggle />
    </header>
  );
}
