import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspaces } from '../../api/queries';
import { workspacePath } from '../../routing/route';
import type { View } from '../../routing/route';
import { navigate } from '../../routing/useRoute';

interface Props {
  current: string | null;
  view: View;
}

/** Chooses the workspace to look at, keeping the current view. */
export function WorkspacePicker({ current, view }: Props) {
  const { t } = useTranslation();
  const workspaces = useWorkspaces();
  const list = workspaces.data ?? [];
  const known = current !== null && list.some((w) => w.id === current);
  return (
    <NativeSelect
      className="workspace-picker"
      classNames={{ label: 'workspace-picker-label', input: 'workspace-picker-input' }}
      size="xs"
      label={t('workspace.label')}
      data-testid="workspace-picker"
      value={known ? current : ''}
      disabled={workspaces.isPending}
      onChange={(e) => e.target.value && navigate(workspacePath(e.target.value, view))}
    >
      {!known && <option value="">{workspaces.isPending ? t('app.loading') : '—'}</option>}
      {list.map((w) => (
        <option key={w.id} value={w.id}>
          {w.name}
        </option>
      ))}
    </NativeSelect>
  );
}
