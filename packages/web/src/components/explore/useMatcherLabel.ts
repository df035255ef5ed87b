import { useTranslation } from 'react-i18next';
import type { Matcher } from './url/codec';

/** A matcher as a reader names it: the event's name, "Any page", "Page: Pricing". */
export function useMatcherLabel(): (matcher: Matcher) => string {
  const { t } = useTranslation();
  return ({ target }) => {
    if (target.kind === 'event') return target.event;
    if (target.kind === 'page') return target.name ? t('explore.matcher.page', { name: target.name }) : t('explore.matcher.anyPage');
    return target.name ? t('explore.matcher.screen', { name: target.name }) : t('explore.matcher.anyScreen');
  };
}
