/** The four languages the product speaks from the first screen. */
export const LOCALES = ['en', 'es', 'ja', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every supported language. The catalog never ships a partial translation. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * Picks the text for a locale.
 * @example localize({ en: 'Brand', es: 'Marca', ja: 'ブランド', zh: '品牌' }, 'zh') // '品牌'
 */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
