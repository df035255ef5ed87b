import { useTranslation } from 'react-i18next';
import type { Locale } from '@marketops/contracts';
import { isLanguage } from './language';

type Localized = Readonly<Record<Locale, string>>;

/**
 * The current language and a picker for the catalog's four-language texts.
 *
 * @example const { pick } = useLocale(); pick(fn.name) // '新媒体' in Chinese
 */
export function useLocale() {
  const { i18n } = useTranslation();
  const locale: Locale = isLanguage(i18n.language) ? i18n.language : 'en';
  const pick = (text: Localized): string => text[locale];
  return { locale, pick };
}
