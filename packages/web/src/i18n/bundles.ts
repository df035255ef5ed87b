import { en } from './bundles/en';
import { es } from './bundles/es';
import { ja } from './bundles/ja';
import { zh } from './bundles/zh';

export { en, es, ja, zh };

/**
 * Each language's strings, from one file per area of the UI (the map and settings in `en.json`;
 * periods and exports in `analytics/`; the value chain and dashboards in `insight/`; the
 * explorers in `explore/`; channel rules in `settings/`), merged in `bundles/<language>.ts`.
 * The application carries English and loads the language it shows (`index.ts`); this module,
 * with all four, is for the tests (resources.test.ts checks that every language has exactly the
 * English keys) and for the types.
 */
export const resources = {
  en: { translation: en },
  es: { translation: es },
  ja: { translation: ja },
  zh: { translation: zh },
} as const;
