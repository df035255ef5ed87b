import { useTranslation } from 'react-i18next';

/** Says which values of the link were unreadable and replaced by defaults (never a crash, never silent). */
export function UrlNote({ keys }: { keys: readonly string[] }) {
  const { t } = useTranslation();
  if (keys.length === 0) return null;
  return (
    <p className="notice explore-note" role="status" data-testid="url-invalid">
      {t('explore.urlInvalid', { keys: [...new Set(keys)].join(', ') })}
    </p>
  );
}
