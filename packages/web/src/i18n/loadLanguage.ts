import type { Locale } from '@marketops/contracts';
import { detectLanguage, STORAGE_KEY } from './language';

type Strings = Record<string, unknown>;

/** The other languages' strings, each a chunk of its own: a reader downloads the one they read. */
const LOADERS: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<Strings>>> = {
  es: async () => (await import('./bundles/es')).es,
  ja: async () => (await import('./bundles/ja')).ja,
  zh: async () => (await import('./bundles/zh')).zh,
};

/** The strings of a language other than English (English is part of the application). */
export function loadLanguage(language: string): Promise<Strings> {
  const load = LOADERS[language as keyof typeof LOADERS] as (() => Promise<Strings>) | undefined;
  return load === undefined ? Promise.reject(new Error(`no strings for language ${language}`)) : load();
}

/** The remembered choice, else the first browser language we speak, else English. */
export function startingLanguage(): Locale {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Why: storage may be disabled (privacy mode); the browser language still works.
  }
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  return detectLanguage(stored, browser);
}
