import { describe, expect, it } from 'vitest';
import { resources } from './bundles';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translation resources', () => {
  const english = keys(resources.en.translation).sort();

  it.each(['es', 'ja', 'zh'] as const)('%s has exactly the English key set', (language) => {
    expect(keys(resources[language].translation).sort()).toEqual(english);
  });

  it.each(['en', 'es', 'ja', 'zh'] as const)('%s has no empty text and keeps every placeholder', (language) => {
    const flat = (lang: 'en' | 'es' | 'ja' | 'zh') =>
      new Map(english.map((key) => [key, key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], resources[lang].translation) as string]));
    const en = flat('en');
    for (const [key, text] of flat(language)) {
      expect(text.trim(), key).not.toBe('');
      const placeholders = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
      expect(placeholders(text), key).toEqual(placeholders(en.get(key) ?? ''));
    }
  });
});

describe('translation areas', () => {
  it('own disjoint top-level keys, so no area hides another’s strings', async () => {
    const areas = await Promise.all(['../i18n/en.json', './analytics/en.json', './insight/en.json', './explore/en.json', './settings/en.json'].map((p) => import(p) as Promise<{ default: object }>));
    const seen = new Map<string, number>();
    areas.forEach((area, index) => {
      for (const key of Object.keys(area.default)) {
        expect(seen.has(key), `top-level key "${key}" is in two areas`).toBe(false);
        seen.set(key, index);
      }
    });
  });
});
