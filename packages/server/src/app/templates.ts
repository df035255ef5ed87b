import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError, type OrgMap } from '@marketops/core';
import { parseOrgFile } from '../org-file/parse-org-file';

/** Built-in templates, in the order the UI and CLI list them. */
export const TEMPLATE_IDS = ['canonical', 'company-a', 'company-b', 'company-c'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

export interface TemplateSummary {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/**
 * Reads the built-in org-map templates (YAML files with the mapping choices written beside each
 * duty). They go through the same parser and validation as a user's file.
 */
export class TemplateLibrary {
  private readonly cache = new Map<string, OrgMap>();

  constructor(private readonly dir: string = TEMPLATES_DIR) {}

  async list(): Promise<TemplateSummary[]> {
    const maps = await Promise.all(TEMPLATE_IDS.map((id) => this.get(id)));
    return maps.map((m) => ({ id: m.workspace.id, name: m.workspace.name, description: m.workspace.description ?? '' }));
  }

  /** @throws DomainError TEMPLATE_UNKNOWN */
  async get(id: string): Promise<OrgMap> {
    if (!(TEMPLATE_IDS as readonly string[]).includes(id)) {
      throw new DomainError('TEMPLATE_UNKNOWN', `unknown template "${id}"; templates: ${TEMPLATE_IDS.join(', ')}`);
    }
    const cached = this.cache.get(id);
    if (cached) return cached;
    const file = path.join(this.dir, `${id}.yaml`);
    const map = parseOrgFile(await readFile(file, 'utf8'), path.relative(process.cwd(), file));
    this.cache.set(id, map);
    return map;
  }
}
