import type { EventStore } from '@marketops/core';
import type { FeedService } from '../app/feed-service';
import type { WorkspaceSettingsService } from '../app/workspace-settings-service';
import type { IngestService } from '../ingestion/ingest-service';
import type { Logger } from '../logging/logger';
import { findDemoProfile, planDemo } from './core-demo';
import { loadDemo } from './demo-loader';
import { readDemoMarker, writeDemoMarker, type DemoMarker } from './demo-marker';
import { inProcessSink } from './in-process-sink';
import { demoStartDate } from './start-date';

/** Messages per demo company on first start: enough for every KPI to have data, loaded in seconds. */
export const FIRST_START_DEMO_EVENTS = 60_000;
/** The seed of the first start's demo data (any other gives another, equally believable, company history). */
export const FIRST_START_DEMO_SEED = 1;

export interface FirstStartDemoDeps {
  readonly ingest: Pick<IngestService, 'ingest'>;
  readonly feeds: Pick<FeedService, 'importCostsCsv' | 'importChannelStatsCsv'>;
  readonly settings: Pick<WorkspaceSettingsService, 'get' | 'put' | 'getMetrics' | 'putMetrics'>;
  readonly events: Pick<EventStore, 'count'>;
  readonly logger: Logger;
  readonly dataDir: string;
}

export interface FirstStartDemoOptions {
  /** Workspaces this start created from the templates. */
  readonly created: readonly string[];
  readonly size?: number;
  readonly seed?: number;
  readonly days?: number;
  /** The clock: the data ends on the day before `now`'s day in each company's zone. */
  readonly now: Date;
  readonly signal?: AbortSignal;
}

/** What first start loaded into one workspace. */
export interface FirstStartDemoResult {
  readonly workspaceId: string;
  readonly events: number;
  readonly seconds: number;
}

/**
 * Loads the demo data into the demo workspaces of a fresh installation: those this start
 * created (A, B and C have a company behind them; the canonical split has none) whose event
 * store is empty. The plan is recorded in `<data dir>/demo-data.json` before loading, so a
 * start that is stopped or killed midway resumes the same plan next time; duplicates are
 * recognised by messageId. Never throws: a failure is logged with the command that loads the
 * data by hand, and recorded so that it is not retried at every start.
 *
 * @example await loadDemoOnFirstStart({ ...app, feeds: app.feedService, dataDir }, { created, now: new Date() });
 */
export async function loadDemoOnFirstStart(deps: FirstStartDemoDeps, options: FirstStartDemoOptions): Promise<FirstStartDemoResult[]> {
  const { logger } = deps;
  const results: FirstStartDemoResult[] = [];
  try {
    const marker: DemoMarker = await readDemoMarker(deps.dataDir);
    const days = options.days ?? 90;
    let planned = false;
    for (const workspaceId of options.created) {
      const profile = findDemoProfile(workspaceId);
      if (profile === null || marker[workspaceId] !== undefined || (await deps.events.count(workspaceId)) > 0) continue;
      const start = demoStartDate(options.now, profile.timeZone, days);
      marker[workspaceId] = { template: profile.letter, seed: options.seed ?? FIRST_START_DEMO_SEED, start, days, size: options.size ?? FIRST_START_DEMO_EVENTS, status: 'loading' };
      planned = true;
    }
    if (planned) await writeDemoMarker(deps.dataDir, marker);
    for (const [workspaceId, entry] of Object.entries(marker)) {
      if (entry.status !== 'loading') continue;
      if (options.signal?.aborted) break;
      logger.info({ workspaceId, template: entry.template, size: entry.size, start: entry.start }, 'loading demo data');
      try {
        const plan = planDemo({ template: entry.template, seed: entry.seed, start: entry.start, days: entry.days, size: entry.size });
        const report = await loadDemo({ plan, sink: inProcessSink({ ingest: deps.ingest, feeds: deps.feeds, settings: deps.settings, workspaceId }), ...(options.signal ? { signal: options.signal } : {}) });
        if (!report.complete) break;
        const seconds = Math.round(report.seconds * 10) / 10;
        marker[workspaceId] = { ...entry, status: 'loaded', events: report.events.accepted + report.events.duplicates, seconds };
        results.push({ workspaceId, events: report.events.accepted, seconds });
        if (report.events.rejected > 0) logger.error({ workspaceId, rejected: report.events.rejected, first: report.events.firstRejection }, 'demo messages rejected (kept as dead letters)');
        logger.info({ workspaceId, events: report.events.accepted, duplicates: report.events.duplicates, costs: report.costs.rows, channelStats: report.channelStats.rows, seconds }, 'demo data loaded');
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        marker[workspaceId] = { ...entry, status: 'failed', error: message };
        logger.error({ workspaceId, error: message }, `demo data not loaded; load it with: marketops demo generate --workspace ${workspaceId} --template ${entry.template}`);
      }
      await writeDemoMarker(deps.dataDir, marker);
    }
  } catch (error) {
    logger.error({ error: error instanceof Error ? error.message : String(error) }, 'demo data not loaded');
  }
  return results;
}
