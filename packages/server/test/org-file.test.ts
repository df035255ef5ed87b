import { describe, expect, it } from 'vitest';
import { DomainError, type Issue } from '@marketops/core';
import { MAX_ORG_FILE_BYTES, parseOrgFile } from '../src/org-file/parse-org-file';
import { writeOrgFile } from '../src/org-file/write-org-file';

const valid = `format: marketops.org/v1
workspace:
  id: acme
  name: Acme
centres:
  - id: hq
    name: Headquarters
departments:
  - id: brand
    name: Brand department
    centre: hq
    duties:
      - function: brand
      - function: pr
        role: contributing
        label: press
  - id: ops
    name: 运营部
    duties:
      - function: user-ops
`;

function failure(text: string): DomainError {
  try {
    parseOrgFile(text, 'org.yaml');
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the file to be rejected');
}
const first = (e: DomainError): Issue => e.issues[0]!;

describe('parseOrgFile: a valid file', () => {
  it('reads centres, departments and duties with their defaults', () => {
    const map = parseOrgFile(valid);
    expect(map.workspace).toEqual({ id: 'acme', name: 'Acme', description: null });
    expect(map.centres).toEqual([{ id: 'hq', name: 'Headquarters', parentId: null }]);
    expect(map.departments).toEqual([
      { id: 'brand', name: 'Brand department', centreId: 'hq', head: null },
      { id: 'ops', name: '运营部', centreId: null, head: null },
    ]);
    expect(map.assignments).toEqual([
      { departmentId: 'brand', functionId: 'brand', role: 'accountable', label: null, note: null },
      { departmentId: 'brand', functionId: 'pr', role: 'contributing', label: 'press', note: null },
      { departmentId: 'ops', functionId: 'user-ops', role: 'accountable', label: null, note: null },
    ]);
  });

  it('round-trips through YAML and JSON export unchanged', () => {
    const map = parseOrgFile(valid);
    expect(parseOrgFile(writeOrgFile(map, 'yaml'))).toEqual(map);
    expect(parseOrgFile(writeOrgFile(map, 'json'))).toEqual(map);
  });
});

describe('parseOrgFile: hostile input names the file, line and field', () => {
  it('an unknown function id', () => {
    const e = failure(valid.replace('function: user-ops', 'function: user-opz'));
    expect(e.code).toBe('ORG_FUNCTION_UNKNOWN');
    expect(first(e)).toMatchObject({ file: 'org.yaml', line: 20, path: 'departments.1.duties.0.function' });
    expect(e.message).toContain('did you mean "user-ops"');
  });

  it('a duplicate department', () => {
    const e = failure(`${valid}  - id: brand\n    name: Another brand\n`);
    expect(e.code).toBe('ORG_DEPARTMENT_DUPLICATE');
    expect(first(e)).toMatchObject({ line: 21, path: 'departments.2.id' });
  });

  it('a cycle of centres', () => {
    const e = failure(valid.replace('    name: Headquarters\n', '    name: Headquarters\n    parent: region\n  - id: region\n    name: Region\n    parent: hq\n'));
    expect(e.code).toBe('ORG_CENTRE_CYCLE');
    expect(first(e)).toMatchObject({ line: 8, path: 'centres.0.parent' });
    expect(first(e).message).toContain('hq -> region -> hq');
  });

  it('malformed YAML', () => {
    const e = failure('format: marketops.org/v1\nworkspace:\n  id: "acme\n  name: x\n');
    expect(e.code).toBe('ORG_FILE_SYNTAX');
    expect(first(e).line).toBeGreaterThanOrEqual(3);
    expect(first(e).file).toBe('org.yaml');
  });

  it('malformed JSON, located by line', () => {
    const e = failure('{\n  "format": "marketops.org/v1",\n  "workspace": {"id": "a", "name": "A"},,\n}');
    expect(e.code).toBe('ORG_FILE_SYNTAX');
    expect(first(e).line).toBe(3);
  });

  it('a wrong type', () => {
    const e = failure(valid.replace('      - function: user-ops\n', '      - function: [user-ops]\n'));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(first(e)).toMatchObject({ path: 'departments.1.duties.0.function', line: 20 });
  });

  it('an unknown key (a typo is not silently ignored)', () => {
    const e = failure(valid.replace('    duties:\n      - function: user-ops', '    dutys:\n      - function: user-ops'));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(first(e)).toMatchObject({ path: 'departments.1', line: 19 });
    expect(first(e).message).toContain('dutys');
  });

  it('an unknown role, a missing name, a bad id, a missing format: all reported at once', () => {
    const text = valid
      .replace('role: contributing', 'role: owner')
      .replace('    name: 运营部\n', '')
      .replace('id: acme', 'id: Acme Corp')
      .replace('format: marketops.org/v1\n', '');
    const e = failure(text);
    expect(e.issues.map((i) => i.path).sort()).toEqual(['departments.0.duties.1.role', 'departments.1.name', 'format', 'workspace.id']);
  });

  it('duplicate keys, empty files, scalars, wrong versions', () => {
    expect(failure('format: marketops.org/v1\nformat: marketops.org/v1\n').code).toBe('ORG_FILE_SYNTAX');
    expect(failure('').code).toBe('VALIDATION_FAILED');
    expect(failure('just a string').code).toBe('VALIDATION_FAILED');
    expect(failure(valid.replace('marketops.org/v1', 'marketops.org/v9')).issues[0]?.path).toBe('format');
  });

  it('an alias bomb is refused instead of expanded', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 8; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    expect(() => parseOrgFile(bomb.join('\n'))).toThrow();
  });

  it('a file over the size limit is refused before parsing', () => {
    const e = failure(`# ${'x'.repeat(MAX_ORG_FILE_BYTES)}\n${valid}`);
    expect(e.code).toBe('ORG_FILE_SYNTAX');
    expect(e.message).toContain('larger than');
  });
});
