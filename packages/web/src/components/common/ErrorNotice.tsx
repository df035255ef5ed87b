import { Alert, Button, Code, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';

interface Props {
  error: unknown;
  /** The framing: a failed edit ("Could not save: …") or a failed read ("Could not load: …"). */
  action: 'save' | 'load';
  onDismiss?: () => void;
  onRetry?: () => void;
}

/**
 * Shows an API failure: the translated framing, the server's message, and the path of every
 * issue it reported, so a user can find the field or line to fix.
 */
export function ErrorNotice({ error, action, onDismiss, onRetry }: Props) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : null;
  let message: string;
  if (apiError?.kind === 'network') message = t('error.network');
  else if (apiError?.kind === 'contract') message = t('error.contract');
  else if (apiError?.isVersionConflict) message = t('error.conflict');
  else message = error instanceof Error ? error.message : String(error);
  const issues = apiError?.issues ?? [];

  return (
    <Alert color="red" className="notice" data-testid="error-notice" title={action === 'save' ? t('error.save', { message }) : t('error.load', { message })}>
      {issues.length > 0 && (
        <ul className="notice-issues">
          {issues.map((issue, index) => (
            <li key={`${issue.path}-${index}`}>
              {issue.path ? (
                <>
                  <Code>{issue.path}</Code>
                  {issue.line !== undefined ? `:${issue.line}` : ''} – {issue.message}
                </>
              ) : (
                issue.message
              )}
            </li>
          ))}
        </ul>
      )}
      {(onRetry || onDismiss) && (
        <Group gap={6} mt={8}>
          {onRetry && (
            <Button variant="default" size="compact-sm" onClick={onRetry}>
              {t('action.retry')}
            </Button>
          )}
          {onDismiss && (
            <Button variant="subtle" size="compact-sm" onClick={onDismiss}>
              {t('action.dismiss')}
            </Button>
          )}
        </Group>
      )}
    </Alert>
  );
}
