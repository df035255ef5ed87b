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

export const TargetStatusSchema = z.object({
  target: z.number(),
  value: z.number().nullable(),
  /** value / target (higher is better) or target / value (lower is better); null when meaningless. */
  attainment: z.number().nullable(),
  gap: z.number().nullable(),
  met: z.boolean().nullable(),
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
  /** The target set for exactly this metric and period, with attainment; absent when none. */
  target: TargetStatusSchema.optional(),
});

export const MetricTargetSchema = z
  .object({
    metricId: z.string().min(1).max(200),
    from: z.string().describe('first day, YYYY-MM-DD'),
    to: z.string().describe('last day, YYYY-MM-DD'),
    value: z.number().describe('in the metric\'s unit: a count, a ratio 0..1, an amount in the reporting currency...'),
  })
  .strict();
export const MetricTargetQuerySchema = z.object({ metricId: z.string().optional() }).strict();
export const MetricTargetKeySchema = z.object({ metricId: z.string(), from: z.string(), to: z.string() }).strict();


export const DepartmentKpisQuerySchema = MetricValueQuerySchema.omit({ interval: true });

/** One KPI of a department's dashboard: its value (or why it has none), the previous period, the target. */
export const DepartmentKpiSchema = z.object({
  metricId: z.string(),
  functionId: z.string(),
  /** True when another department is accountable for the same function too (an overlap). */
  shared: z.boolean(),
  result: MetricResultSchema.nullable(),
  /** Why there is no result, e.g. a money metric without a reporting currency. */
  problem: z.object({ code: z.string(), message: z.string() }).optional(),
  previous: MetricResultSchema.optional(),
  change: z.number().nullable().optional(),
  /** change ÷ |previous value|; null when the previous value is 0 or missing. */
  relativeChange: z.number().nullable().optional(),
  target: TargetStatusSchema.optional(),
});

export const DepartmentKpisResponseSchema = z.object({
  departmentId: z.string(),
  period: z.object({ from: z.string(), to: z.string(), timeZone: z.string() }),
  /** The KPIs of the functions the department is accountable for, in assignment order. */
  kpis: z.array(DepartmentKpiSchema),
});

export const MAX_METRICS_PER_REQUEST = 50;

/** `GET /api/workspaces/{ws}/metric-values`: several metrics for one period, read in one go (the overview). */
export const MetricValuesQuerySchema = DepartmentKpisQuerySchema.extend({
  ids: z
    .string()
    .min(1)
    .max(4000)
    .describe(`comma-separated metric ids, at most ${MAX_METRICS_PER_REQUEST}, e.g. marketing-planning.reach,sales.transaction-rate`),
}).strict();

/** One metric of a `metric-values` answer: its value (or why it has none), the previous period, the target, the owner. */
export const MetricValueEntrySchema = DepartmentKpiSchema.omit({ functionId: true, shared: true }).extend({ owner: MetricOwnershipSchema });

export const MetricValuesResponseSchema = z.object({
  period: z.object({ from: z.string(), to: z.string(), timeZone: z.string() }),
  /** In the order of `ids`. */
  values: z.array(MetricValueEntrySchema),
});
export type MetricValuesResponse = z.infer<typeof MetricValuesResponseSchema>;
