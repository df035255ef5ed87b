import { DomainError, type MetricSettings, type SegmentMessage } from '@marketops/core';
import type { FeedService } from '../app/feed-service';
import type { WorkspaceSettingsService } from '../app/workspace-settings-service';
import { EventStoreSaturatedError } from '../events/event-store-errors';
import type { IngestService } from '../ingestion/ingest-service';
import { hasDefaultSettings, type DemoEventResult, type DemoFeedResult, type DemoSink } from './demo-sink';

/** The services of a running app the in-process sink calls. */
export interface InProcessSinkDeps {
  readonly ingest: Pick<IngestService, 'ingest'>;
  readonly feeds: Pick<FeedService, 'importCostsCsv' | 'importChannelStatsCsv'>;
  readonly settings: Pick<WorkspaceSettingsService, 'get' | 'put' | 'getMetrics' | 'putMetrics'>;
  readonly workspaceId: string;
}

const SATURATED_ATTEMPTS = 30;

/**
 * Delivers demo data inside the process that holds storage: messages through `IngestService`
 * (the service behind `POST /v1/batch`: edge checks, enrichment, dedupe, durable append, dead
 * letters for anything rejected), rows through `FeedService`'s CSV imports, settings through
 * `WorkspaceSettingsService`. Why no write key:
 * the HTTP route only uses the key to find the workspace, which the caller names here.
 *
 * @example const sink = inProcessSink({ ingest: app.ingest, feeds: app.feedService, settings: app.settings, workspaceId: 'company-a' });
 */
export function inProcessSink(deps: InProcessSinkDeps): DemoSink {
  return {
    async sendEvents(messages: readonly SegmentMessage[]): Promise<DemoEventResult> {
      for (let attempt = 1; ; attempt++) {
        try {
          const answer = await deps.ingest.ingest({ workspaceId: deps.workspaceId, messages, receivedAt: new Date() });
          const first = answer.rejected[0];
          return {
            accepted: answer.accepted,
            duplicates: answer.duplicates,
            rejected: answer.rejected.length,
            ...(first ? { firstRejection: `${first.code} ${first.field}: ${first.reason}` } : {}),
          };
        } catch (error) {
          // Why wait: live traffic filled the store's queue; it drains in about the time it names.
          if (!(error instanceof EventStoreSaturatedError) || attempt >= SATURATED_ATTEMPTS) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.min(error.retryAfterSeconds, 5) * 1000));
        }
      }
    },
    async importCosts(csv: string): Promise<DemoFeedResult> {
      return feedResult(await deps.feeds.importCostsCsv(deps.workspaceId, csv, { skipBadRows: false }));
    },
    async importChannelStats(csv: string): Promise<DemoFeedResult> {
      return feedResult(await deps.feeds.importChannelStatsCsv(deps.workspaceId, 'generic', csv, { skipBadRows: false }));
    },
    async adoptSettings(timeZone: string, currency: string): Promise<boolean> {
      const current = await deps.settings.get(deps.workspaceId);
      if (!hasDefaultSettings(current)) return false;
      await deps.settings.put(deps.workspaceId, { ...current, timeZone, reportingCurrency: currency });
      return true;
    },
    async adoptMetricSettings(settings: MetricSettings): Promise<boolean> {
      if (Object.keys(await deps.settings.getMetrics(deps.workspaceId)).length > 0) return false;
      await deps.settings.putMetrics(deps.workspaceId, settings);
      return true;
    },
  };
}

function feedResult(report: { rows: number; inserted: number; updated: number; unchanged: number; problemCount: number }): DemoFeedResult {
  if (report.problemCount > 0) throw new DomainError('IMPORT_ROWS_INVALID', `the demo rows have ${report.problemCount} problems`);
  return { rows: report.rows, inserted: report.inserted, updated: report.updated, unchanged: report.unchanged };
}
