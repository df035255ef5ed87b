import type { Locale } from '@marketops/contracts';

/** The UI languages, in switcher order. */
export const LANGUAGES: readonly Locale[] = ['en', 'es', 'ja', 'zh'];

/** Each language's name in itself: a user must find their language whatever the UI shows now. */
export const NATIVE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  es: 'Español',
  ja: '日本語',
  zh: '中文',
};

export const STORAGE_KEY = 'marketops.language';

export function isLanguage(value: string | null | undefined): value is Locale {
  return value !== null && value !== undefined && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to start in: the remembered choice, else the first browser language we speak
 * (`zh-TW` -> zh, `es-419` -> es), else English.
 *
 * @example detectLanguage(null, ['ja-JP', 'en']) // 'ja'
 */
export function detectLanguage(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
