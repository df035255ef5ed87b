import { z } from 'zod';
import { IdSchema, NameSchema } from './common';

/**
 * The organisation-map file format, `marketops.org/v1`, in YAML or JSON. Published as a JSON
 * Schema at `docs/org-map.schema.json` and `GET /api/schemas/org-map.json`; documented in
 * `docs/org-map-format.md`. Objects are strict: an unknown key is an error, so a typo such as
 * `dutys` is reported instead of silently ignored.
 */
export const ORG_FILE_FORMAT = 'marketops.org/v1';

export const DutySchema = z
  .object({
    function: z.string().min(1).describe('A function id of the catalog, e.g. `new-media`.'),
    role: z.enum(['accountable', 'contributing']).default('accountable').describe('Accountable: answers for the function\'s KPIs (exactly one department expected). Contributing: helps.'),
    label: z.string().trim().min(1).max(200).optional().describe('The company\'s own word for the duty, e.g. "self-media".'),
    note: z.string().max(2000).optional().describe('Why the duty was mapped to this function.'),
  })
  .strict();

export const DepartmentFileSchema = z
  .object({
    id: IdSchema.describe('Stable id, unique in the workspace.'),
    name: NameSchema,
    centre: IdSchema.optional().describe('Id of the centre (parent unit) the department belongs to.'),
    head: z.string().trim().min(1).max(200).optional().describe('Name of the person who heads the department.'),
    duties: z.array(DutySchema).default([]),
  })
  .strict();

export const CentreFileSchema = z
  .object({
    id: IdSchema,
    name: NameSchema,
    parent: IdSchema.optional().describe('Id of the enclosing centre.'),
  })
  .strict();

export const OrgFileSchema = z
  .object({
    format: z.literal(ORG_FILE_FORMAT).describe('File format and version.'),
    workspace: z
      .object({
        id: IdSchema.describe('Workspace id (a slug), e.g. `company-a`.'),
        name: NameSchema,
        description: z.string().max(2000).optional(),
      })
      .strict(),
    centres: z.array(CentreFileSchema).default([]),
    departments: z.array(DepartmentFileSchema).default([]),
  })
  .strict();

export type OrgFile = z.infer<typeof OrgFileSchema>;
export type OrgFileInput = z.input<typeof OrgFileSchema>;
