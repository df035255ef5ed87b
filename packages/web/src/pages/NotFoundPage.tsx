import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from '../routing/Link';

/** Any path the client does not know. */
export function NotFoundPage({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <Alert variant="outline" color="gray" className="not-found">
      <p>{message ?? t('error.pageNotFound')}</p>
      <Link href="/">{t('nav.home')}</Link>
    </Alert>
  );
}
