import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, es, ja, zh } from './bundles';
import { detectLanguage, STORAGE_KEY } from './language';

export const resources = {
  en: { translation: en },
  es: { translation: es },
  ja: { translation: ja },
  zh: { translation: zh },
} as const;

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // Why: storage may be disabled (privacy mode); the browser language still works.
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across visits; the switch still works for this session.
  }
}

/** Starts i18next with the four bundled languages; resolves once the first language is ready. */
export async function initI18n(): Promise<typeof i18next> {
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  const lng = detectLanguage(readStored(), browser);
  i18next.on('languageChanged', applyLanguage);
  await i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: ['en', 'es', 'ja', 'zh'],
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
  });
  applyLanguage(i18next.language);
  return i18next;
}
