import Table from 'cli-table3';
import { CATALOG, findFunction, findKpi, localize, type Locale, type OrgMap, type ResponsibilityReport } from '@marketops/core';

/**
 * The check as a person reads it in a terminal: one row per catalog function with its
 * accountable and contributing departments and a marker for gaps and overlaps, then the mixed
 * departments, the company's own names for duties, and the KPIs each department answers for.
 */
export function renderCheck(map: OrgMap, report: ResponsibilityReport, locale: Locale): string {
  const fnName = (id: string) => {
    const fn = findFunction(id);
    return fn ? localize(fn.name, locale) : id;
  };
  const deptName = (id: string) => map.departments.find((d) => d.id === id)?.name ?? id;
  const s = report.summary;
  const lines: string[] = [
    `Responsibility check: ${map.workspace.name} (${map.workspace.id})`,
    `${s.functions} functions: ${s.clearlyOwned} owned by exactly one department, ${s.gaps} gaps, ${s.overlaps} overlaps; ${s.mixedDepartments} departments mix awareness and conversion work`,
    '',
  ];

  const table = new Table({ head: ['Function', 'Stage', 'Orientation', 'Accountable', 'Contributing', 'Finding'], style: { head: [], border: [] } });
  const gaps = new Set(report.gaps.map((g) => g.functionId));
  const overlaps = new Set(report.overlaps.map((o) => o.functionId));
  for (const fn of CATALOG.functions) {
    const holders = (role: 'accountable' | 'contributing') =>
      map.assignments.filter((a) => a.functionId === fn.id && a.role === role).map((a) => deptName(a.departmentId)).join(', ');
    const finding = gaps.has(fn.id) ? 'GAP' : overlaps.has(fn.id) ? 'OVERLAP' : '';
    table.push([fnName(fn.id), fn.stage, fn.orientation, holders('accountable') || '-', holders('contributing') || '-', finding]);
  }
  lines.push(table.toString(), '');

  if (report.mixed.length > 0) {
    lines.push('Departments mixing awareness and conversion work:');
    for (const m of report.mixed) {
      lines.push(`  ${deptName(m.departmentId)}: awareness [${m.awareness.map(fnName).join(', ')}] + conversion [${m.conversion.map(fnName).join(', ')}]`);
    }
    lines.push('');
  }
  if (report.aliases.length > 0) {
    lines.push('Duties under the company\'s own names:');
    for (const a of report.aliases) lines.push(`  ${deptName(a.departmentId)}: "${a.label}" = ${fnName(a.functionId)}`);
    lines.push('');
  }
  lines.push('KPIs each department answers for:');
  for (const d of report.departmentKpis) {
    const kpis = d.accountable.flatMap((h) => h.kpiIds.map((id) => `${localize(findKpi(id)!.kpi.name, locale)}${h.shared ? ' (shared!)' : ''}`));
    lines.push(`  ${deptName(d.departmentId)}: ${kpis.length > 0 ? kpis.join(', ') : '(none)'}`);
  }
  return lines.join('\n');
}

/** The map as an indented tree: centres, their departments, and each department's duties. */
export function renderMap(map: OrgMap, locale: Locale): string {
  const lines = [`${map.workspace.name} (${map.workspace.id})`];
  const duties = (deptId: string, indent: string) =>
    map.assignments
      .filter((a) => a.departmentId === deptId)
      .map((a) => {
        const fn = findFunction(a.functionId);
        const label = a.label ? ` "${a.label}"` : '';
        return `${indent}- ${fn ? localize(fn.name, locale) : a.functionId} [${a.role}]${label}`;
      });
  const departmentLines = (centreId: string | null, indent: string) =>
    map.departments
      .filter((d) => d.centreId === centreId)
      .flatMap((d) => [`${indent}${d.name} (${d.id})${d.head ? `, head: ${d.head}` : ''}`, ...duties(d.id, `${indent}  `)]);
  const centreLines = (parentId: string | null, indent: string): string[] =>
    map.centres
      .filter((c) => c.parentId === parentId)
      .flatMap((c) => [`${indent}[${c.name}] (${c.id})`, ...centreLines(c.id, `${indent}  `), ...departmentLines(c.id, `${indent}  `)]);
  lines.push(...centreLines(null, '  '), ...departmentLines(null, '  '));
  return lines.join('\n');
}
