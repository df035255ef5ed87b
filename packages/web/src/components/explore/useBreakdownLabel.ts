import { useTranslation } from 'react-i18next';
import type { Breakdown } from './url/codec';

/**
 * What a breakdown (or a filter: the same kinds) slices by, in the reader's language: "Channel",
 * "Campaign (UTM) Source", "Event property plan".
 */
export function useBreakdownLabel(): (breakdown: Breakdown) => string {
  const { t } = useTranslation();
  return (breakdown) =>
    breakdown.kind === 'channel'
      ? t('explore.filters.kinds.channel')
      : breakdown.kind === 'campaign'
        ? `${t('explore.filters.kinds.campaign')} ${t(`explore.filters.utm.${breakdown.field}`)}`
        : `${t(`explore.filters.kinds.${breakdown.kind}`)} ${breakdown.key}`;
}
