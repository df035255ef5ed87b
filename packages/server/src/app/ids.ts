import { ID_PATTERN } from '@marketops/core';

/**
 * An id for a new entity named `name`: the name's ASCII slug when it has one, otherwise
 * `<fallback>-<n>` (names in Chinese or Japanese have no ASCII slug), never one already taken.
 *
 * @example newId('Brand department', new Set(), 'department') // 'brand-department'
 * @example newId('品牌部', new Set(['department-1']), 'department') // 'department-2'
 */
export function newId(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  const base = slug !== '' && ID_PATTERN.test(slug) ? slug : fallback;
  if (slug !== '' && base === slug && !taken.has(base)) return base;
  for (let n = 1; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
