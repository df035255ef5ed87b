import { DomainError } from '@marketops/core';
import type { OrgService } from '../../app/org-service';
import type { FeedService } from '../../app/feed-service';
import type { OfflineContactImport } from '../../app/offline-contact-import';
import type { TemplateLibrary } from '../../app/templates';
import type { WorkspaceSettingsService } from '../../app/workspace-settings-service';
import type { AnalyticsService } from '../../app/analytics-service';
import type { MetricsService } from '../../app/metrics-service';
import type { MetricTargetService } from '../../app/metric-target-service';
import type { ChannelRulesService } from '../../app/channel-rules-service';
import type { BodyDecoder } from '../../ingestion/decode-pool';
import type { IngestService } from '../../ingestion/ingest-service';
import type { IngestionAdmin } from '../../ingestion/ingestion-admin';
import type { WriteKeyService } from '../../ingestion/write-key-service';

/** What every route plugin receives: the application services, nothing else. */
export interface RouteDeps {
  readonly orgService: OrgService;
  readonly templates: TemplateLibrary;
  readonly ingest: IngestService;
  readonly decoder: BodyDecoder;
  readonly writeKeys: WriteKeyService;
  readonly ingestionAdmin: IngestionAdmin;
  /** Tracking requests processed at once before 503 (config MARKETOPS_INGEST_MAX_IN_FLIGHT). */
  readonly ingestMaxInFlight: number;
  /** Marketing costs and channel statistics (CSV imports, lists, summaries). */
  readonly feedService: FeedService;
  /** Offline contacts (event attendees) imported as identify and track events. */
  readonly offlineContacts: OfflineContactImport;
  /** Time zone and reporting currency of each workspace. */
  readonly settings: WorkspaceSettingsService;
  /** Funnels, retention and the other analyses on the event store. */
  readonly analytics: AnalyticsService;
  /** Metric values on the event store. */
  readonly metrics: MetricsService;
  /** Targets per metric and period. */
  readonly targets: MetricTargetService;
  /** Each workspace's channel rules. */
  readonly channelRules: ChannelRulesService;
}

/**
 * The optional `If-Match: <version>` header of a mutation (quotes and a weak `W/` prefix
 * accepted, as browsers and proxies send ETags).
 */
export function expectedVersion(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const raw = (Array.isArray(header) ? header[0] : header)?.trim().replace(/^W\//, '').replace(/^"|"$/g, '') ?? '';
  if (!/^\d{1,9}$/.test(raw)) {
    throw new DomainError('VALIDATION_FAILED', 'If-Match must be a workspace version number', [
      { path: 'headers.if-match', code: 'VALIDATION_FAILED', message: `"${String(header)}" is not a version number` },
    ]);
  }
  return Number(raw);
}
