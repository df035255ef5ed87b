import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Says which values of the link were unreadable and replaced by defaults (never a crash, never silent). */
export function UrlNote({ keys }: { keys: readonly string[] }) {
  const { t } = useTranslation();
  if (keys.length === 0) return null;
  return (
    <Alert color="amber" role="status" className="notice explore-note" data-testid="url-invalid">
      {t('explore.urlInvalid', { keys: [...new Set(keys)].join(', ') })}
    </Alert>
  );
}
