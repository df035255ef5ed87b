import { useTranslation } from 'react-i18next';
import { useBreakdownLabel } from './useBreakdownLabel';
import type { Filter } from './url/codec';

/** A filter as a phrase in the reader's language: "Channel equals Paid Search", "チャネルが「Paid Search」". */
export function useDescribeFilter(): (filter: Filter) => string {
  const { t } = useTranslation();
  const subjectOf = useBreakdownLabel();
  return (filter) => {
    const subject = subjectOf(filter);
    const { test } = filter;
    if (test.op === 'exists') return t('explore.filters.describe.exists', { subject });
    const value = test.op === 'in' ? test.values.join(', ') : String(test.value);
    return t(`explore.filters.describe.${test.op}`, { subject, value });
  };
}
