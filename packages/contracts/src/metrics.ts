import { z } from 'zod';
import { KpiSchema } from './catalog';
import { LocalizedTextSchema } from './common';

/**
 * The metric definitions (packages/core/src/metrics, docs/metrics/<lang>.md) and who owns them.
 * `formula` is the definition's structured formula written out; `reads` lists the calls,
 * properties, feeds and settings it needs, so a sender can check a tracking plan against it.
 */
export const MetricDefinitionSchema = KpiSchema.extend({
  functionId: z.string(),
  source: z.enum(['catalog', 'engine']),
  formula: z.string(),
  reads: z.object({
    calls: z.array(z.string()),
    properties: z.array(z.string()),
    feeds: z.array(z.enum(['costs', 'channel-stats'])),
    settings: z.array(z.string()),
    metrics: z.array(z.string()),
  }),
});
export type MetricDefinitionDto = z.infer<typeof MetricDefinitionSchema>;

export const MetricParamsSchema = z.object({ metricId: z.string() });
export const WorkspaceMetricParamsSchema = z.object({ workspaceId: z.string(), metricId: z.string() });

const DepartmentRef = z.object({ id: z.string(), name: z.string() });

export const MetricOwnershipSchema = z.object({
  metricId: z.string(),
  functionId: z.string(),
  /** `owned`: exactly one accountable department; `unowned`: none; `shared`: two or more. */
  status: z.enum(['owned', 'unowned', 'shared']),
  accountable: z.array(DepartmentRef),
  contributing: z.array(DepartmentRef),
});

const FunctionMetricsSchema = z.object({ functionId: z.string(), shared: z.boolean(), metrics: z.array(z.object({ id: z.string(), name: LocalizedTextSchema })) });
export const DepartmentMetricsSchema = z.object({
  departmentId: z.string(),
  accountable: z.array(FunctionMetricsSchema),
  contributing: z.array(FunctionMetricsSchema),
});

export const MetricValueQuerySchema = z
  .object({
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a calendar date YYYY-MM-DD'),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a calendar date YYYY-MM-DD'),
    timeZone: z.string().min(1).max(64).optional(),
    interval: z.enum(['day', 'week', 'month']).optional().describe('also answer the metric per bucket of the period'),
    compare: z.enum(['true', 'false']).optional().describe('also answer the previous period of the same length'),
  })
  .strict();

export const MetricResultSchema = z.object({
  metricId: z.string(),
  period: z.object({ from: z.string(), to: z.string(), timeZone: z.string() }),
  unit: z.string(),
  value: z.number().nullable(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  money: z.object({ amount: z.string(), currency: z.string() }).optional(),
  provisional: z.boolean(),
});

export const MetricValueResponseSchema = z.object({
  result: MetricResultSchema,
  previous: MetricResultSchema.optional(),
  change: z.number().nullable().optional(),
  relativeChange: z.number().nullable().optional(),
  buckets: z.array(MetricResultSchema).optional(),
  owner: MetricOwnershipSchema,
});
