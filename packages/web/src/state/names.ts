import type { CatalogResponse, FunctionDto, OrgMapResponse } from '@marketops/contracts';
import { useLocale } from '../i18n/useLocale';

/**
 * Display names for ids in the current language: functions from the catalog, departments and
 * centres as the company named them (an unknown id is shown as is rather than hidden).
 */
export function useNames(catalog: CatalogResponse, map: OrgMapResponse) {
  const { pick } = useLocale();
  const functions = new Map<string, FunctionDto>(catalog.functions.map((f) => [f.id, f]));
  const departments = new Map(map.departments.map((d) => [d.id, d.name]));
  const centres = new Map(map.centres.map((c) => [c.id, c.name]));
  return {
    fn: (id: string) => {
      const found = functions.get(id);
      return found ? pick(found.name) : id;
    },
    department: (id: string) => departments.get(id) ?? id,
    centre: (id: string) => centres.get(id) ?? id,
  };
}

export type Names = ReturnType<typeof useNames>;
