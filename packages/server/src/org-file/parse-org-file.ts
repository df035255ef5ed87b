import { LineCounter, parseDocument } from 'yaml';
import { CATALOG, DomainError, validateOrgMap, type FunctionId, type Issue, type OrgMap, type OrgPaths } from '@marketops/core';
import { OrgFileSchema, type OrgFile } from '@marketops/contracts';
import { locate, locateKey } from './locate';

/** Files larger than this are refused before parsing: an org map is a few kilobytes. */
export const MAX_ORG_FILE_BYTES = 1024 * 1024;

/**
 * Parses an org-map file (YAML or JSON; JSON is read as YAML 1.2, which gives both the same line
 * numbers in errors) and returns a validated map. Every problem found is reported at once, each
 * with its field path and line; nothing is returned unless the whole file is valid.
 *
 * @throws DomainError ORG_FILE_SYNTAX (malformed YAML/JSON), VALIDATION_FAILED (wrong shape or
 *   type) or the first structural code (ORG_FUNCTION_UNKNOWN, ORG_DEPARTMENT_DUPLICATE, ...).
 */
export function parseOrgFile(text: string, fileName = '<input>'): OrgMap {
  if (Buffer.byteLength(text, 'utf8') > MAX_ORG_FILE_BYTES) {
    throw new DomainError('ORG_FILE_SYNTAX', `${fileName}: file is larger than ${MAX_ORG_FILE_BYTES} bytes`, [
      { path: '', code: 'ORG_FILE_SYNTAX', message: 'file too large', file: fileName },
    ]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    const issues: Issue[] = doc.errors.map((e) => {
      const pos = e.linePos?.[0];
      return { path: '', code: 'ORG_FILE_SYNTAX', message: e.message.split('\n')[0] ?? e.message, file: fileName, line: pos?.line, column: pos?.col };
    });
    throw new DomainError('ORG_FILE_SYNTAX', `${fileName}: ${describe(issues)}`, issues);
  }
  const parsed = OrgFileSchema.safeParse(doc.toJS({ maxAliasCount: 100 }));
  if (!parsed.success) {
    const issues: Issue[] = parsed.error.issues.map((zi) => {
      const path = zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const unknownKeys = zi.code === 'unrecognized_keys' ? zi.keys : [];
      const at = unknownKeys.length > 0 ? locateKey(doc, lines, path, unknownKeys[0]!) : locate(doc, lines, path);
      return { path: path.join('.'), code: 'VALIDATION_FAILED', message: zi.message, file: fileName, line: at?.line, column: at?.column };
    });
    throw new DomainError('VALIDATION_FAILED', `${fileName}: ${describe(issues)}`, issues);
  }
  const { map, paths } = orgFileToMap(parsed.data);
  const problems = validateOrgMap(map, CATALOG, paths).map((issue) => {
    const at = locate(doc, lines, issue.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
    return { ...issue, file: fileName, line: at?.line, column: at?.column };
  });
  if (problems.length > 0) throw new DomainError(problems[0]!.code, `${fileName}: ${describe(problems)}`, problems);
  return map;
}

/**
 * Converts the file shape (duties nested in departments) to the domain map, and returns the
 * paths that send each domain entity back to its place in the file.
 */
export function orgFileToMap(file: OrgFile): { map: OrgMap; paths: OrgPaths } {
  const dutyAt: { department: number; duty: number }[] = [];
  const assignments = file.departments.flatMap((d, di) =>
    d.duties.map((duty, ui) => {
      dutyAt.push({ department: di, duty: ui });
      return {
        departmentId: d.id,
        functionId: duty.function as FunctionId,
        role: duty.role,
        label: duty.label ?? null,
        note: duty.note ?? null,
      };
    }),
  );
  const map: OrgMap = {
    workspace: { id: file.workspace.id, name: file.workspace.name, description: file.workspace.description ?? null },
    centres: file.centres.map((c) => ({ id: c.id, name: c.name, parentId: c.parent ?? null })),
    departments: file.departments.map((d) => ({ id: d.id, name: d.name, centreId: d.centre ?? null, head: d.head ?? null })),
    assignments,
  };
  const fileField: Record<string, string> = { parentId: 'parent', centreId: 'centre', functionId: 'function' };
  const paths: OrgPaths = {
    workspace: (field) => `workspace.${field}`,
    centre: (i, field) => `centres.${i}.${fileField[field] ?? field}`,
    department: (i, field) => `departments.${i}.${fileField[field] ?? field}`,
    assignment: (i, field) => {
      const at = dutyAt[i]!;
      return field === 'department' ? `departments.${at.department}.id` : `departments.${at.department}.duties.${at.duty}.${fileField[field] ?? field}`;
    },
  };
  return { map, paths };
}

function describe(issues: readonly Issue[]): string {
  const shown = issues.slice(0, 5).map((i) => `${i.line !== undefined ? `line ${i.line}: ` : ''}${i.path ? `${i.path}: ` : ''}${i.message}`);
  return shown.join('; ') + (issues.length > 5 ? `; and ${issues.length - 5} more` : '');
}
