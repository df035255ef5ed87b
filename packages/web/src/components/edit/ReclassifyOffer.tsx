import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { useReclassifyChannels } from '../../api/mutations';
import { ErrorNotice } from '../common/ErrorNotice';
import { useLocale } from '../../i18n/useLocale';

type Reclassify = ReturnType<typeof useReclassifyChannels>;

/**
 * Shown after the rules change: they apply to new events only, unless the user applies them to
 * the events already stored; then how many sources were checked and events changed channel.
 */
export function ReclassifyOffer({ reclassify }: { reclassify: Reclassify }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  return (
    <Alert color="brand" role="status" className="notice channel-rules-offer" data-testid="channel-rules-offer">
      <p>{t('channelRules.reclassify.offer')}</p>
      <Group gap={8} mt={6} className="row-actions">
        <Button variant="default" size="compact-sm" disabled={reclassify.isPending || reclassify.isSuccess} onClick={() => reclassify.mutate()} data-testid="channel-rules-reclassify">
          {reclassify.isPending ? t('channelRules.reclassify.running') : t('channelRules.reclassify.run')}
        </Button>
        {reclassify.data && (
          <span data-testid="channel-rules-reclassified">{t('channelRules.reclassify.done', { sources: count(reclassify.data.sources), changed: count(reclassify.data.changed) })}</span>
        )}
      </Group>
      {reclassify.error && <ErrorNotice error={reclassify.error} action="save" onDismiss={() => reclassify.reset()} />}
    </Alert>
  );
}
