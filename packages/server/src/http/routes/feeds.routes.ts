import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DomainError } from '@marketops/core';
import {
  ChannelStatImportQuerySchema,
  ChannelStatListQuerySchema,
  ChannelStatListResponseSchema,
  ChannelStatSummaryQuerySchema,
  ChannelStatSummaryResponseSchema,
  CostImportQuerySchema,
  CostListQuerySchema,
  CostListResponseSchema,
  CostSummaryQuerySchema,
  CostSummaryResponseSchema,
  CSV_ENCODING_VALUES,
  ErrorResponseSchema,
  ImportReportSchema,
  WorkspaceParamsSchema,
} from '@marketops/contracts';
import type { FeedService } from '../../app/feed-service';
import type { CsvEncoding } from '../../feeds/csv/decode';
import { presentAccountSummary, presentChannelStat, presentCost, presentCostTotal, presentImportReport } from '../../feed-presenters';

/** What the feed routes need: the feed service only. */
export interface FeedRouteDeps {
  readonly feedService: FeedService;
}

/** CSV uploads up to this size; larger files belong on the CLI, which streams them. */
export const CSV_BODY_LIMIT_BYTES = 20 * 1024 * 1024;

export const CSV_TYPES = ['text/csv', 'application/csv'];
const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 413: ErrorResponseSchema };
// Why a schema at all: it makes the OpenAPI document show the text/csv request body.
export const CsvBodySchema = z.unknown().describe('the CSV file, as text/csv (docs/feeds.md)');

/**
 * The data feeds' API: CSV imports of marketing costs and channel statistics (`text/csv` bodies,
 * at most 20 MiB), and the costs, snapshots and their summaries. A file with bad rows answers
 * 400 IMPORT_ROWS_INVALID, each issue with its `line`, field (`path`) and reason (`message`),
 * unless `?skipBadRows=true`.
 */
export function feedRoutes({ feedService }: FeedRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // Why inside this plugin: fastify encapsulates parsers, so only these routes accept CSV bodies.
    app.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer', bodyLimit: CSV_BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));

    app.post('/api/workspaces/:workspaceId/costs/import', {
      bodyLimit: CSV_BODY_LIMIT_BYTES,
      schema: {
        tags: ['feeds'],
        summary: 'Import a marketing-costs CSV (text/csv body); importing the same file again changes nothing',
        consumes: CSV_TYPES,
        body: CsvBodySchema,
        params: WorkspaceParamsSchema,
        querystring: CostImportQuerySchema,
        response: { 200: ImportReportSchema, ...errors },
      },
    }, async (request) => {
      const encoding = request.query.encoding ?? charsetOf(request.headers['content-type']);
      const report = await feedService.importCostsCsv(request.params.workspaceId, csvBody(request.body), { skipBadRows: request.query.skipBadRows, encoding });
      return presentImportReport(report);
    });

    app.post('/api/workspaces/:workspaceId/channel-stats/import', {
      bodyLimit: CSV_BODY_LIMIT_BYTES,
      schema: {
        tags: ['feeds'],
        summary: 'Import a channel-statistics CSV exported by a platform (?format=wechat|weibo|douyin|youtube|facebook|instagram|x|linkedin|generic)',
        consumes: CSV_TYPES,
        body: CsvBodySchema,
        params: WorkspaceParamsSchema,
        querystring: ChannelStatImportQuerySchema,
        response: { 200: ImportReportSchema, ...errors },
      },
    }, async (request) => {
      const { format, account, platform, skipBadRows } = request.query;
      const encoding = request.query.encoding ?? charsetOf(request.headers['content-type']);
      const report = await feedService.importChannelStatsCsv(request.params.workspaceId, format, csvBody(request.body), { account, platform, skipBadRows, encoding });
      return presentImportReport(report);
    });

    app.get('/api/workspaces/:workspaceId/costs', {
      schema: { tags: ['feeds'], summary: 'Marketing costs in a date range', params: WorkspaceParamsSchema, querystring: CostListQuerySchema, response: { 200: CostListResponseSchema, ...errors } },
    }, async (request) => {
      const query = request.query;
      const items = await feedService.listCosts(request.params.workspaceId, query);
      return { items: items.map(presentCost), limit: query.limit, offset: query.offset };
    });

    app.get('/api/workspaces/:workspaceId/costs/summary', {
      schema: {
        tags: ['feeds'],
        summary: 'Cost totals per currency, grouped by day, month, channel, campaign, costType and/or function',
        params: WorkspaceParamsSchema,
        querystring: CostSummaryQuerySchema,
        response: { 200: CostSummaryResponseSchema, ...errors },
      },
    }, async (request) => {
      const { from, to, groupBy } = request.query;
      const totals = await feedService.summariseCosts(request.params.workspaceId, { from, to }, groupBy);
      return { from, to, groupBy, totals: totals.map(presentCostTotal) };
    });

    app.get('/api/workspaces/:workspaceId/channel-stats', {
      schema: { tags: ['feeds'], summary: 'Channel-statistics snapshots in a date range', params: WorkspaceParamsSchema, querystring: ChannelStatListQuerySchema, response: { 200: ChannelStatListResponseSchema, ...errors } },
    }, async (request) => {
      const query = request.query;
      const items = await feedService.listChannelStats(request.params.workspaceId, query);
      return { items: items.map(presentChannelStat), limit: query.limit, offset: query.offset };
    });

    app.get('/api/workspaces/:workspaceId/channel-stats/summary', {
      schema: { tags: ['feeds'], summary: 'Per platform account: reads, interactions and posts summed, followers first and last', params: WorkspaceParamsSchema, querystring: ChannelStatSummaryQuerySchema, response: { 200: ChannelStatSummaryResponseSchema, ...errors } },
    }, async (request) => {
      const { from, to } = request.query;
      const accounts = await feedService.summariseChannelStats(request.params.workspaceId, { from, to });
      return { from, to, accounts: accounts.map(presentAccountSummary) };
    });
  };
}

/** The raw CSV bytes; any other body (JSON, a form) is refused with a hint. */
export function csvBody(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  throw new DomainError('VALIDATION_FAILED', 'send the CSV file as the request body with Content-Type: text/csv', [
    { path: 'body', code: 'VALIDATION_FAILED', message: 'expected a text/csv body' },
  ]);
}

/** The encoding named by `Content-Type: text/csv; charset=...`, when it is one we read. */
export function charsetOf(contentType: string | undefined): CsvEncoding | undefined {
  const charset = /charset\s*=\s*"?([\w-]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  const normalised = charset === 'utf8' ? 'utf-8' : charset === 'shift-jis' || charset === 'sjis' ? 'shift_jis' : charset === 'gbk' ? 'gb18030' : charset;
  return (CSV_ENCODING_VALUES as readonly string[]).includes(normalised ?? '') ? (normalised as CsvEncoding) : undefined;
}
