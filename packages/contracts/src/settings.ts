import { z } from 'zod';

/**
 * A workspace's reporting settings (core's `WorkspaceSettings`): shapes only here; whether the
 * zone exists and the codes are currencies is checked by the core, which names each problem.
 */
export const WorkspaceSettingsSchema = z
  .object({
    timeZone: z.string().min(1).max(64).describe('IANA time zone, e.g. Asia/Shanghai; days, weeks and months of every analysis follow it'),
    reportingCurrency: z.string().min(1).max(8).nullable().describe('ISO 4217 code money is reported in; null reports per currency'),
    exchangeRates: z
      .record(z.string().max(8), z.string().max(32))
      .default({})
      .describe('units of the reporting currency per unit of another currency, exact decimal text, e.g. { "USD": "7.12" }'),
  })
  .strict();
export type WorkspaceSettingsDto = z.infer<typeof WorkspaceSettingsSchema>;

const Scalar = z.union([z.string().max(200), z.number(), z.boolean()]);
const TraitConditionSchema = z.discriminatedUnion('op', [
  z.object({ trait: z.string().max(200), op: z.literal('exists') }).strict(),
  z.object({ trait: z.string().max(200), op: z.literal('in'), values: z.array(Scalar).max(1000) }).strict(),
  z.object({ trait: z.string().max(200), op: z.literal('between'), min: z.number(), max: z.number() }).strict(),
]);

/**
 * The settings some metric definitions read (core's `MetricSettings`, docs/metrics): shapes only
 * here; the core refuses values that would make a metric silently wrong and names each problem.
 * Every field is optional; an absent field has the default the metric reference states.
 */
export const MetricSettingsSchema = z
  .object({
    targetAudience: z
      .array(TraitConditionSchema)
      .max(50)
      .optional()
      .describe('who counts as a target person: every condition on the latest identify traits; absent or empty: everyone'),
    retentionDay: z.number().int().optional().describe('N of user-ops.retention-rate (day-N retention); default 7'),
    ownAccounts: z.array(z.string().max(200)).max(200).optional().describe('utm_source values of the company\'s own social accounts (new-media.target-reach)'),
    storePathPrefixes: z.array(z.string().max(500)).max(100).optional().describe('page paths of the store, e.g. /shop; a page or screen under one is a store visit'),
    primaryStore: z.string().max(200).optional().describe('the app store whose category rank app-store-ops.category-rank reads, e.g. app-store'),
  })
  .strict();
export type MetricSettingsDto = z.infer<typeof MetricSettingsSchema>;
