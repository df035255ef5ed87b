import os from 'node:os';
import path from 'node:path';
import type { OrgStore } from '@marketops/core';
import type { Config } from './config/schema';
import { createLogger, type Logger } from './logging/logger';
import { OrgService } from './app/org-service';
import { FeedService } from './app/feed-service';
import { OfflineContactImport } from './app/offline-contact-import';
import { TemplateLibrary } from './app/templates';
import { openOrgStore } from './storage/open-store';
import { SqlDeadLetterStore, SqlIngestionStatsStore, SqlWriteKeyStore } from './storage/sql-ingestion-stores';
import { SqlCostStore } from './storage/sql-cost-store';
import { SqlChannelStatStore } from './storage/sql-channel-stat-store';
import { SqlWorkspaceSettingsStore } from './storage/sql-workspace-settings-store';
import { SqlMetricSettingsStore } from './storage/sql-metric-settings-store';
import { WorkspaceSettingsService } from './app/workspace-settings-service';
import { ChannelRulesService } from './app/channel-rules-service';
import { SqlChannelRulesStore } from './storage/sql-channel-rules-store';
import { AnalyticsService } from './app/analytics-service';
import { MetricsService } from './app/metrics-service';
import { QueryResultCache } from './app/cached-reader';
import { MetricTargetService } from './app/metric-target-service';
import { SqlMetricTargetStore } from './storage/sql-metric-target-store';
import { openDuckDbEventStore, type DuckDbEventStore } from './events/duckdb/duckdb-event-store';
import { inProcessDecoder, startDecodePool, type BodyDecoder } from './ingestion/decode-pool';
import { IngestService } from './ingestion/ingest-service';
import { IngestionAdmin } from './ingestion/ingestion-admin';
import { IngestionCounterBuffer } from './ingestion/ingestion-counters';
import { WriteKeyService } from './ingestion/write-key-service';
import { buildHttpServer, type HttpServer } from './http/build-server';
import { APP_VERSION } from './version';

/** Everything a running MarketOps needs, wired once. The only file that picks storage adapters. */
export interface App {
  readonly config: Config;
  readonly logger: Logger;
  readonly store: OrgStore;
  readonly events: DuckDbEventStore;
  /** Decodes tracking request bodies, on worker threads unless configured with 0. */
  readonly decoder: BodyDecoder;
  readonly orgService: OrgService;
  readonly templates: TemplateLibrary;
  readonly writeKeys: WriteKeyService;
  readonly ingest: IngestService;
  readonly ingestionAdmin: IngestionAdmin;
  readonly feedService: FeedService;
  readonly offlineContacts: OfflineContactImport;
  readonly settings: WorkspaceSettingsService;
  readonly analytics: AnalyticsService;
  readonly metrics: MetricsService;
  readonly targets: MetricTargetService;
  readonly channelRules: ChannelRulesService;
  close(): Promise<void>;
}

export async function createApp(config: Config, logger: Logger = createLogger(config.logLevel)): Promise<App> {
  const { store, client } = await openOrgStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let events: App['events'];
  try {
    events = await openDuckDbEventStore({
      path: path.join(config.dataDir, 'events.duckdb'),
      maxPendingEvents: config.eventQueueMax,
      dedupeWindowDays: config.dedupeWindowDays,
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const templates = new TemplateLibrary();
  const orgService = new OrgService({ store, templates, logger });
  const deadLetters = new SqlDeadLetterStore(client);
  const stats = new SqlIngestionStatsStore(client);
  const counters = new IngestionCounterBuffer(stats, logger);
  counters.start();
  const channelRules = new ChannelRulesService({ store: new SqlChannelRulesStore(client), events });
  const ingest = new IngestService({ events, deadLetters, counters, channelRules });
  const settings = new WorkspaceSettingsService(new SqlWorkspaceSettingsStore(client), new SqlMetricSettingsStore(client));
  // Why one cache for both services: the overview, the dashboards and the explorers share queries.
  const queryCache = new QueryResultCache(events, { maxBytes: config.queryCacheMb * 1024 * 1024 });
  const feedService = new FeedService({ costs: new SqlCostStore(client), channelStats: new SqlChannelStatStore(client), orgs: store, logger });
  const workers = config.ingestWorkers === 'auto' ? os.availableParallelism() : config.ingestWorkers;
  let decoder: BodyDecoder;
  try {
    decoder = workers === 0 ? inProcessDecoder() : await startDecodePool(workers);
  } catch (error) {
    await counters.close();
    await events.close();
    await store.close();
    throw error;
  }
  return {
    config,
    logger,
    store,
    events,
    decoder,
    orgService,
    templates,
    writeKeys: new WriteKeyService(new SqlWriteKeyStore(client)),
    ingest,
    ingestionAdmin: new IngestionAdmin({ events, deadLetters, stats, counters, ingest }),
    feedService,
    offlineContacts: new OfflineContactImport({ ingest, orgs: store, logger }),
    settings,
    analytics: new AnalyticsService({ reader: queryCache, settings, feeds: feedService, channelRules }),
    metrics: new MetricsService({ reader: queryCache, settings, feeds: feedService }),
    targets: new MetricTargetService(new SqlMetricTargetStore(client)),
    channelRules,
    close: async () => {
      // Why this order: counters go to the relational store, which must still be open.
      await decoder.close();
      await events.close();
      await counters.close();
      await store.close();
    },
  };
}

export function createHttp(app: App): Promise<HttpServer> {
  return buildHttpServer(
    {
      orgService: app.orgService,
      templates: app.templates,
      ingest: app.ingest,
      decoder: app.decoder,
      writeKeys: app.writeKeys,
      ingestionAdmin: app.ingestionAdmin,
      ingestMaxInFlight: app.config.ingestMaxInFlight,
      feedService: app.feedService,
      offlineContacts: app.offlineContacts,
      settings: app.settings,
      analytics: app.analytics,
      metrics: app.metrics,
      targets: app.targets,
      channelRules: app.channelRules,
    },
    { logger: app.logger, webDir: app.config.webDir, trackerFile: app.config.trackerFile, version: APP_VERSION },
  );
}
