import { z } from 'zod';
import { FunctionIdSchema } from './catalog';

const KpiHoldingSchema = z.object({
  functionId: FunctionIdSchema,
  role: z.enum(['accountable', 'contributing']),
  shared: z.boolean(),
  kpiIds: z.array(z.string()),
});

/** The responsibility check's findings for one workspace. */
export const CheckResponseSchema = z.object({
  workspaceId: z.string(),
  version: z.number().int(),
  gaps: z.array(z.object({ functionId: FunctionIdSchema, contributors: z.array(z.string()) })),
  overlaps: z.array(z.object({ functionId: FunctionIdSchema, departmentIds: z.array(z.string()) })),
  mixed: z.array(z.object({ departmentId: z.string(), awareness: z.array(FunctionIdSchema), conversion: z.array(FunctionIdSchema) })),
  aliases: z.array(z.object({ departmentId: z.string(), functionId: FunctionIdSchema, label: z.string() })),
  departmentKpis: z.array(
    z.object({ departmentId: z.string(), accountable: z.array(KpiHoldingSchema), contributing: z.array(KpiHoldingSchema) }),
  ),
  summary: z.object({
    functions: z.number().int(),
    clearlyOwned: z.number().int(),
    gaps: z.number().int(),
    overlaps: z.number().int(),
    mixedDepartments: z.number().int(),
  }),
});
export type CheckResponse = z.infer<typeof CheckResponseSchema>;
