import { z } from 'zod';
import { FunctionIdSchema } from './catalog';

/**
 * The data feeds besides events: importing marketing costs and channel-account statistics from CSV
 * files, and reading them back (docs/feeds.md). Cost types and format ids mirror the server's;
 * a server test checks they stay equal.
 */
export const COST_TYPE_VALUES = ['media', 'event', 'sponsorship', 'pr', 'influencer', 'content', 'materials', 'agency', 'research', 'tools', 'other'] as const;
/** A kind of marketing cost. */
export const CostTypeSchema = z.enum(COST_TYPE_VALUES);

/** Formats of channel-statistics files (platform exports and `generic`). */
export const CHANNEL_STAT_FORMAT_VALUES = ['wechat', 'weibo', 'douyin', 'youtube', 'facebook', 'instagram', 'x', 'linkedin', 'generic'] as const;
/** Text encodings a CSV file may be read in. */
export const CSV_ENCODING_VALUES = ['utf-8', 'utf-16le', 'gb18030', 'big5', 'shift_jis'] as const;

/** A calendar day, `YYYY-MM-DD` (the server also checks that the day exists). */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** `true`/`false` in a query string. */
const QueryBoolean = z
  .enum(['true', 'false', '1', '0'])
  .default('false')
  .transform((v) => v === 'true' || v === '1');

/** Query of `POST .../costs/import`. */
export const CostImportQuerySchema = z.object({
  skipBadRows: QueryBoolean.describe('import the good rows and report the bad ones instead of rejecting the file'),
  encoding: z.enum(CSV_ENCODING_VALUES).optional().describe('the file\'s text encoding; default utf-8, or the charset of Content-Type'),
});

/** Query of `POST .../channel-stats/import`. */
export const ChannelStatImportQuerySchema = CostImportQuerySchema.extend({
  format: z.string().min(1).describe(`one of ${CHANNEL_STAT_FORMAT_VALUES.join(', ')}`),
  account: z.string().trim().min(1).max(200).optional().describe('the account the export belongs to (required except for generic)'),
  platform: z.string().trim().min(1).max(200).optional().describe('generic format without a platform column: the platform'),
});

/** One problem of one row: its line, the field, the file's column, and why. */
export const RowProblemSchema = z.object({
  line: z.number().int(),
  field: z.string(),
  column: z.string().optional(),
  reason: z.string(),
});

/** What an import did. */
export const ImportReportSchema = z.object({
  rows: z.number().int(),
  imported: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  ignoredRows: z.number().int(),
  ignoredColumns: z.array(z.string()),
  problems: z.array(RowProblemSchema),
  problemCount: z.number().int(),
});
/** What an import did, as the API answers it. */
export type ImportReportDto = z.infer<typeof ImportReportSchema>;

const Range = { from: IsoDateSchema, to: IsoDateSchema };
const Page = { limit: z.coerce.number().int().min(1).max(10_000).default(1000), offset: z.coerce.number().int().min(0).default(0) };

/** Query of `GET .../costs`: a date range (inclusive), optional filters, a page. */
export const CostListQuerySchema = z.object({ ...Range, ...Page, channel: z.string().min(1).optional(), costType: CostTypeSchema.optional() });

/** One marketing cost as the API shows it. */
export const CostSchema = z.object({
  date: z.string(),
  channel: z.string(),
  campaign: z.string().nullable(),
  costType: CostTypeSchema,
  amount: z.string().describe('exact decimal, e.g. "1234.50"'),
  currency: z.string(),
  functionId: FunctionIdSchema.nullable(),
  note: z.string().nullable(),
  rowKey: z.string(),
});
/** Answer of `GET .../costs`. */
export const CostListResponseSchema = z.object({ items: z.array(CostSchema), limit: z.number().int(), offset: z.number().int() });
/** One marketing cost as the API shows it. */
export type CostDto = z.infer<typeof CostSchema>;

/** Dimensions cost totals may be grouped by (totals are always split by currency). */
export const COST_GROUP_BY_VALUES = ['day', 'month', 'channel', 'campaign', 'costType', 'function'] as const;
/** Query of `GET .../costs/summary`. */
export const CostSummaryQuerySchema = z.object({
  ...Range,
  groupBy: z
    .string()
    .default('channel')
    .transform((text) => text.split(',').map((s) => s.trim()).filter((s) => s !== ''))
    .pipe(z.array(z.enum(COST_GROUP_BY_VALUES)).max(COST_GROUP_BY_VALUES.length))
    .describe(`comma-separated: ${COST_GROUP_BY_VALUES.join(', ')}`),
});

/** One group's exact total; only the grouped dimensions are present. */
export const CostTotalSchema = z.object({
  day: z.string().optional(),
  month: z.string().optional(),
  channel: z.string().optional(),
  campaign: z.string().nullable().optional(),
  costType: CostTypeSchema.optional(),
  functionId: FunctionIdSchema.nullable().optional(),
  currency: z.string(),
  amount: z.string(),
  rows: z.number().int(),
});
/** Answer of `GET .../costs/summary`. */
export const CostSummaryResponseSchema = z.object({ from: z.string(), to: z.string(), groupBy: z.array(z.string()), totals: z.array(CostTotalSchema) });

/** Query of `GET .../channel-stats`. */
export const ChannelStatListQuerySchema = z.object({ ...Range, ...Page, platform: z.string().min(1).optional(), account: z.string().min(1).optional() });

const Count = z.number().int().nullable();
/** One account's statistics for one day; null = not in the export. */
export const ChannelStatSchema = z.object({
  platform: z.string(),
  account: z.string(),
  date: z.string(),
  followers: Count,
  reads: Count,
  interactions: Count,
  posts: Count,
  rowKey: z.string(),
});
/** Answer of `GET .../channel-stats`. */
export const ChannelStatListResponseSchema = z.object({ items: z.array(ChannelStatSchema), limit: z.number().int(), offset: z.number().int() });

/** Query of `GET .../channel-stats/summary`. */
export const ChannelStatSummaryQuerySchema = z.object(Range);
/** One account over a range: flows summed, followers first and last. */
export const ChannelAccountSummarySchema = z.object({
  platform: z.string(),
  account: z.string(),
  days: z.number().int(),
  firstDate: z.string(),
  lastDate: z.string(),
  followersFirst: Count,
  followersLast: Count,
  reads: Count,
  interactions: Count,
  posts: Count,
});
/** Answer of `GET .../channel-stats/summary`. */
export const ChannelStatSummaryResponseSchema = z.object({ from: z.string(), to: z.string(), accounts: z.array(ChannelAccountSummarySchema) });
