import { useTranslation } from 'react-i18next';
import type { Filter } from './url/codec';

/** A filter as a phrase in the reader's language: "Channel equals Paid Search", "チャネルが「Paid Search」". */
export function useDescribeFilter(): (filter: Filter) => string {
  const { t } = useTranslation();
  return (filter) => {
    const subject =
      filter.kind === 'channel'
        ? t('explore.filters.kinds.channel')
        : filter.kind === 'campaign'
          ? `${t('explore.filters.kinds.campaign')} ${t(`explore.filters.utm.${filter.field}`)}`
          : `${t(`explore.filters.kinds.${filter.kind}`)} ${filter.key}`;
    const { test } = filter;
    if (test.op === 'exists') return t('explore.filters.describe.exists', { subject });
    const value = test.op === 'in' ? test.values.join(', ') : String(test.value);
    return t(`explore.filters.describe.${test.op}`, { subject, value });
  };
}
