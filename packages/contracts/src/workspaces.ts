import { z } from 'zod';
import { FunctionIdSchema } from './catalog';
import { IdSchema, NameSchema } from './common';
import { OrgFileSchema } from './org-file';

export const WorkspaceSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  version: z.number().int(),
  departmentCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WorkspaceSummaryDto = z.infer<typeof WorkspaceSummarySchema>;

export const CentreSchema = z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable() });
export const DepartmentSchema = z.object({ id: z.string(), name: z.string(), centreId: z.string().nullable(), head: z.string().nullable() });
export const AssignmentSchema = z.object({
  departmentId: z.string(),
  functionId: FunctionIdSchema,
  role: z.enum(['accountable', 'contributing']),
  label: z.string().nullable(),
  note: z.string().nullable(),
});

/** A workspace's organisation map as the API returns it. */
export const OrgMapResponseSchema = z.object({
  workspace: z.object({ id: z.string(), name: z.string(), description: z.string().nullable() }),
  centres: z.array(CentreSchema),
  departments: z.array(DepartmentSchema),
  assignments: z.array(AssignmentSchema),
  version: z.number().int(),
});
export type OrgMapResponse = z.infer<typeof OrgMapResponseSchema>;
export type DepartmentDto = z.infer<typeof DepartmentSchema>;
export type CentreDto = z.infer<typeof CentreSchema>;
export type AssignmentDto = z.infer<typeof AssignmentSchema>;

export const TemplateSummarySchema = z.object({ id: z.string(), name: z.string(), description: z.string() });
export type TemplateSummaryDto = z.infer<typeof TemplateSummarySchema>;

/** Create a workspace from a built-in template (optionally renamed) or from an org file. */
export const CreateWorkspaceRequestSchema = z.union([
  z.object({ template: z.string().min(1), id: IdSchema.optional(), name: NameSchema.optional() }).strict(),
  z.object({ map: OrgFileSchema }).strict(),
]);
export type CreateWorkspaceRequest = z.input<typeof CreateWorkspaceRequestSchema>;

export const UpdateWorkspaceRequestSchema = z
  .object({ name: NameSchema.optional(), description: z.string().max(2000).nullable().optional() })
  .strict();

export const CreateCentreRequestSchema = z
  .object({ id: IdSchema.optional(), name: NameSchema, parentId: IdSchema.nullable().optional() })
  .strict();
export const UpdateCentreRequestSchema = z.object({ name: NameSchema.optional(), parentId: IdSchema.nullable().optional() }).strict();

export const CreateDepartmentRequestSchema = z
  .object({
    id: IdSchema.optional(),
    name: NameSchema,
    centreId: IdSchema.nullable().optional(),
    head: z.string().trim().min(1).max(200).nullable().optional(),
  })
  .strict();
export type CreateDepartmentRequest = z.input<typeof CreateDepartmentRequestSchema>;
export const UpdateDepartmentRequestSchema = z
  .object({
    name: NameSchema.optional(),
    centreId: IdSchema.nullable().optional(),
    head: z.string().trim().min(1).max(200).nullable().optional(),
  })
  .strict();
export type UpdateDepartmentRequest = z.input<typeof UpdateDepartmentRequestSchema>;

export const PutAssignmentRequestSchema = z
  .object({
    role: z.enum(['accountable', 'contributing']),
    label: z.string().trim().min(1).max(200).nullable().optional(),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict();
export type PutAssignmentRequest = z.input<typeof PutAssignmentRequestSchema>;

export const WorkspaceParamsSchema = z.object({ workspaceId: z.string() });
export const DepartmentParamsSchema = z.object({ workspaceId: z.string(), departmentId: z.string() });
export const CentreParamsSchema = z.object({ workspaceId: z.string(), centreId: z.string() });
export const AssignmentParamsSchema = z.object({ workspaceId: z.string(), departmentId: z.string(), functionId: z.string() });
export const ExportQuerySchema = z.object({ format: z.enum(['yaml', 'json']).default('yaml') });
export type UpdateWorkspaceRequest = z.input<typeof UpdateWorkspaceRequestSchema>;
export type CreateCentreRequest = z.input<typeof CreateCentreRequestSchema>;
export type UpdateCentreRequest = z.input<typeof UpdateCentreRequestSchema>;
