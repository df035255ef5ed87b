import { z } from 'zod';
import { LocalizedTextSchema } from './common';

export const StageIdSchema = z.enum(['market', 'marketing', 'sales', 'service', 'brand']);
export const OrientationSchema = z.enum(['awareness', 'conversion', 'retention', 'strategic']);
export const FunctionIdSchema = z.enum([
  'market-research',
  'brand',
  'pr',
  'marketing-planning',
  'new-media',
  'content-ops',
  'user-ops',
  'activity-ops',
  'product-ops',
  'new-media-ops',
  'app-store-ops',
  'store-ops',
  'sales',
  'after-sales',
]);
export type FunctionIdDto = z.infer<typeof FunctionIdSchema>;

export const KpiSchema = z.object({
  id: z.string(),
  name: LocalizedTextSchema,
  unit: z.enum(['count', 'ratio', 'currency', 'currency-per-person', 'score', 'rank', 'duration', 'per-person']),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  definition: LocalizedTextSchema,
});

export const StageSchema = z.object({
  id: StageIdSchema,
  order: z.number().int(),
  crossCutting: z.boolean(),
  name: LocalizedTextSchema,
  metaphor: LocalizedTextSchema,
  purpose: LocalizedTextSchema,
  yardstick: LocalizedTextSchema,
});

export const FunctionSchema = z.object({
  id: FunctionIdSchema,
  stage: StageIdSchema,
  orientation: OrientationSchema,
  name: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  responsibilities: z.array(LocalizedTextSchema),
  deliverables: z.array(LocalizedTextSchema),
  kpis: z.array(KpiSchema),
});

export const CycleStepSchema = z.object({
  number: z.number().int(),
  id: z.string(),
  name: LocalizedTextSchema,
  meaning: LocalizedTextSchema,
  purpose: LocalizedTextSchema,
});

export const CatalogResponseSchema = z.object({
  stages: z.array(StageSchema),
  orientations: z.array(z.object({ id: OrientationSchema, name: LocalizedTextSchema, description: LocalizedTextSchema })),
  functions: z.array(FunctionSchema),
  playbooks: z.array(z.object({ id: z.literal('brand-cycle'), name: LocalizedTextSchema, steps: z.array(CycleStepSchema) })),
});
export type CatalogResponse = z.infer<typeof CatalogResponseSchema>;
export type FunctionDto = z.infer<typeof FunctionSchema>;
export type KpiDto = z.infer<typeof KpiSchema>;
