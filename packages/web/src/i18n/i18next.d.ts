import type { en } from './bundles';

// Why: typed keys make a missing or misspelt translation key a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
