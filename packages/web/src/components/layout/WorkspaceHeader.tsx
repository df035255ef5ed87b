import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgMapResponse } from '@marketops/contracts';
import { api } from '../../api/client';

/** The workspace's name, description, size and version, with the org-file export links. */
export function WorkspaceHeader({ map }: { map: OrgMapResponse }) {
  const { t } = useTranslation();
  const { workspace } = map;
  return (
    <div className="workspace-header">
      <div className="workspace-title">
        <h1 data-testid="workspace-name">{workspace.name}</h1>
        <p className="muted workspace-meta">
          <span>{t('workspace.departments', { count: map.departments.length })}</span>
          <span aria-hidden="true"> · </span>
          <span data-testid="workspace-version">{t('workspace.version', { version: map.version })}</span>
        </p>
        {workspace.description && <p className="workspace-description">{workspace.description}</p>}
      </div>
      <Group gap={6} className="export-links" role="group" aria-label={t('workspace.export')}>
        <span className="muted">{t('workspace.export')}</span>
        {(['yaml', 'json'] as const).map((format) => (
          <Button
            component="a"
            key={format}
            variant="subtle"
            size="compact-sm"
            href={api.exportUrl(workspace.id, format)}
            download={`${workspace.id}.org.${format === 'yaml' ? 'yaml' : 'json'}`}
            title={t('workspace.exportAs', { format: format.toUpperCase() })}
          >
            {format.toUpperCase()}
          </Button>
        ))}
      </Group>
    </div>
  );
}
