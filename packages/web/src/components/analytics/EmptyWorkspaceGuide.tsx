import { useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CreatedWriteKeyDto } from '../../api/client';
import { useCreateWriteKey } from '../../api/mutations';
import { ErrorNotice } from '../common/ErrorNotice';
import { workspacePath } from '../../routing/route';
import { Link } from '../../routing/Link';
import { curlSnippet, scriptSnippet } from '../edit/writeKeySnippets';

/**
 * What a workspace without events shows instead of empty charts: how to send the first event.
 * One click creates a write key and fills the snippets with it (the key is shown only here, once,
 * like on the Edit map page); the demo command fills the workspace with simulated activity.
 */
export function EmptyWorkspaceGuide({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const create = useCreateWriteKey(workspaceId);
  const [created, setCreated] = useState<CreatedWriteKeyDto | null>(null);
  const origin = window.location.origin;
  const key = created?.key ?? t('emptyWorkspace.keyPlaceholder');
  const demoCommand = `npx marketops demo generate --workspace ${workspaceId} --size 60000 --url ${origin}`;

  return (
    <section className="panel empty-guide" data-testid="empty-workspace" aria-labelledby="empty-guide-title">
      <h2 id="empty-guide-title">{t('emptyWorkspace.title')}</h2>
      <p>{t('emptyWorkspace.intro')}</p>
      <ol className="empty-guide-steps">
        <li>
          <p>{t('emptyWorkspace.stepKey')}</p>
          {created ? (
            <p className="muted small" data-testid="empty-guide-key-created">
              {t('emptyWorkspace.keyCreated')}
            </p>
          ) : (
            <Button
              size="compact-sm"
              disabled={create.isPending}
              onClick={() => create.mutate(t('emptyWorkspace.keyLabel'), { onSuccess: setCreated })}
              data-testid="empty-guide-create-key"
            >
              {t('emptyWorkspace.createKey')}
            </Button>
          )}
          {create.error && <ErrorNotice error={create.error} action="save" onDismiss={() => create.reset()} />}
        </li>
        <li>
          <p>{t('emptyWorkspace.stepScript')}</p>
          <pre className="mono" data-testid="empty-guide-script">{scriptSnippet(origin, key)}</pre>
        </li>
        <li>
          <p>{t('emptyWorkspace.stepServer')}</p>
          <pre className="mono" data-testid="empty-guide-curl">{curlSnippet(origin, key)}</pre>
        </li>
      </ol>
      <p>{t('emptyWorkspace.demo')}</p>
      <pre className="mono">{demoCommand}</pre>
      <p className="muted small">
        {t('emptyWorkspace.keysLater')} <Link href={workspacePath(workspaceId, 'edit')}>{t('nav.edit')}</Link>
      </p>
    </section>
  );
}
