import { useTranslation } from 'react-i18next';
import { AppHeader } from './components/layout/AppHeader';
import { CreateWorkspaceForm } from './components/edit/CreateWorkspaceForm';
import { ErrorBoundary } from './ErrorBoundary';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { WorkspacePage } from './pages/WorkspacePage';
import { useRoute } from './routing/useRoute';

/** The shell: header on every page, then the page for the current route. */
export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const workspaceId = route.kind === 'workspace' ? route.workspaceId : null;
  const view = route.kind === 'workspace' ? route.view : 'overview';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader workspaceId={workspaceId} view={view} />
      <main id="main" className="main" tabIndex={-1}>
        <ErrorBoundary key={`${route.kind}/${workspaceId ?? ''}`}>
          {route.kind === 'home' && <HomePage />}
          {route.kind === 'new' && <CreateWorkspaceForm />}
          {route.kind === 'workspace' && <WorkspacePage workspaceId={route.workspaceId} view={route.view} sub={route.sub} />}
          {route.kind === 'not-found' && <NotFoundPage />}
        </ErrorBoundary>
      </main>
    </>
  );
}
