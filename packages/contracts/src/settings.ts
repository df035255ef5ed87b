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
