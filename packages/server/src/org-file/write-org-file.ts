import { stringify } from 'yaml';
import type { OrgMap } from '@marketops/core';
import { ORG_FILE_FORMAT, type OrgFileInput } from '@marketops/contracts';

/** The file shape of a map: duties nested in their department, empty fields left out. */
export function orgMapToFile(map: OrgMap): OrgFileInput {
  const optional = <K extends string, V>(key: K, value: V | null) => (value === null ? {} : ({ [key]: value } as Record<K, V>));
  return {
    format: ORG_FILE_FORMAT,
    workspace: { id: map.workspace.id, name: map.workspace.name, ...optional('description', map.workspace.description) },
    centres: map.centres.map((c) => ({ id: c.id, name: c.name, ...optional('parent', c.parentId) })),
    departments: map.departments.map((d) => ({
      id: d.id,
      name: d.name,
      ...optional('centre', d.centreId),
      ...optional('head', d.head),
      duties: map.assignments
        .filter((a) => a.departmentId === d.id)
        .map((a) => ({ function: a.functionId, role: a.role, ...optional('label', a.label), ...optional('note', a.note) })),
    })),
  };
}

/** Serialises a map as YAML (default; readable, diffable) or JSON. */
export function writeOrgFile(map: OrgMap, format: 'yaml' | 'json'): string {
  const file = orgMapToFile(map);
  if (format === 'json') return `${JSON.stringify(file, null, 2)}\n`;
  return `# MarketOps organisation map (${ORG_FILE_FORMAT}); schema: docs/org-map.schema.json\n${stringify(file, { lineWidth: 100 })}`;
}
