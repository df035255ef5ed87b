import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaces } from '../api/queries';
import { ErrorNotice } from '../components/common/ErrorNotice';
import { Loading } from '../components/common/Loading';
import { CreateWorkspaceForm } from '../components/edit/CreateWorkspaceForm';
import { workspacePath } from '../routing/route';
import { navigate } from '../routing/useRoute';

/** The demo's richest example; opened first when it exists. */
const PREFERRED_WORKSPACE = 'company-b';

/** `/`: opens a workspace's matrix, or offers to create the first workspace. */
export function HomePage() {
  const { t } = useTranslation();
  const workspaces = useWorkspaces();
  const list = workspaces.data;
  const target = list?.find((w) => w.id === PREFERRED_WORKSPACE) ?? list?.[0];

  useEffect(() => {
    if (target) navigate(workspacePath(target.id), { replace: true });
  }, [target]);

  if (workspaces.error) return <ErrorNotice error={workspaces.error} action="load" onRetry={() => void workspaces.refetch()} />;
  if (!list || target) return <Loading />;
  return (
    <>
      <p className="empty" data-testid="no-workspaces">
        {t('workspace.none')}
      </p>
      <CreateWorkspaceForm />
    </>
  );
}
