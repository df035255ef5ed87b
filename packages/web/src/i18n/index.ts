import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { en } from './bundles/en';
import { STORAGE_KEY } from './language';
import { loadLanguage, startingLanguage } from './loadLanguage';

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across visits; the switch still works for this session.
  }
}

/**
 * Starts i18next in the reader's language; resolves once its strings are ready. English is part
 * of the application (and the fallback); Spanish, Japanese and Chinese are loaded when shown,
 * at start or on a switch (`changeLanguage` waits for them).
 */
export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', applyLanguage);
  await i18next
    .use(initReactI18next)
    .use(resourcesToBackend((language: string, _namespace: string) => loadLanguage(language)))
    .init({
      resources: { en: { translation: en } },
      partialBundledLanguages: true,
      lng: startingLanguage(),
      fallbackLng: 'en',
      supportedLngs: ['en', 'es', 'ja', 'zh'],
      interpolation: { escapeValue: false }, // React escapes already.
      returnNull: false,
    });
  applyLanguage(i18next.language);
  return i18next;
}
