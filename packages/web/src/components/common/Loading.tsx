import { Group, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A polite loading line for screen readers and sighted users alike. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Group className="loading" gap={8} role="status" aria-live="polite">
      <Loader size="xs" aria-hidden="true" />
      <span>{t('app.loading')}</span>
    </Group>
  );
}
