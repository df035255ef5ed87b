import { DEMO_CHANNEL_STAT_COLUMNS, demoChannelStatRows, demoCostRows, demoEventBatches, demoMetricSettings, type DemoPlan } from './core-demo';
import { toCsv } from './csv-text';
import type { DemoFeedResult, DemoSink } from './demo-sink';

/** How far a load is: feeds first (small), then events against the plan's target. */
export type DemoProgress =
  | { readonly phase: 'costs' | 'channel-stats'; readonly rows: number }
  | { readonly phase: 'events'; readonly sent: number; readonly target: number };

export interface DemoLoadOptions {
  readonly plan: DemoPlan;
  readonly sink: DemoSink;
  readonly onProgress?: (progress: DemoProgress) => void;
  /** Batches in flight at once (default 4): the event store commits concurrent batches together. */
  readonly concurrency?: number;
  /** Messages per batch (default 500). */
  readonly batchSize?: number;
  /** Stops between batches; what was sent is stored, and loading the same plan again completes it. */
  readonly signal?: AbortSignal;
}

/** What a load did. Loading the same plan twice gives `accepted` 0 and `inserted` 0 the second time. */
export interface DemoLoadReport {
  readonly events: { readonly sent: number; readonly accepted: number; readonly duplicates: number; readonly rejected: number; readonly firstRejection?: string };
  readonly costs: DemoFeedResult;
  readonly channelStats: DemoFeedResult;
  /** True when the workspace took the company's time zone and currency (it still had the defaults). */
  readonly settingsAdopted: boolean;
  /** True when the workspace took the company's metric settings (store paths, own accounts, primary store). */
  readonly metricSettingsAdopted: boolean;
  /** False when stopped by the signal before the last batch. */
  readonly complete: boolean;
  readonly seconds: number;
}

/**
 * Loads a demo plan through a sink: the company's time zone and currency as the workspace's
 * settings (unless someone chose others), the costs and channel-statistics rows as CSV imports, then
 * the messages in batches, a few in flight at once, reporting progress as batches are stored.
 * The generator builds each batch when there is room for it, so memory stays bounded at any
 * size. Idempotent: messageIds and row ids are deterministic, so a second load of the same plan
 * stores nothing new (messages come back as duplicates, rows as unchanged).
 *
 * @example
 * const report = await loadDemo({ plan, sink: inProcessSink({ ingest, feeds, workspaceId }), onProgress: console.log });
 * report.events.accepted // ≈ plan.targetEvents
 */
export async function loadDemo(options: DemoLoadOptions): Promise<DemoLoadReport> {
  const started = performance.now();
  const { plan, sink, signal } = options;
  const concurrency = options.concurrency ?? 4;
  const settingsAdopted = await sink.adoptSettings(plan.profile.timeZone, plan.profile.currency);
  const metricSettingsAdopted = await sink.adoptMetricSettings(demoMetricSettings(plan.profile));
  const costRows = demoCostRows(plan);
  const costs = await sink.importCosts(toCsv(COST_COLUMNS, costRows));
  options.onProgress?.({ phase: 'costs', rows: costRows.length });
  const statRows = demoChannelStatRows(plan);
  const channelStats = await sink.importChannelStats(toCsv(DEMO_CHANNEL_STAT_COLUMNS, statRows));
  options.onProgress?.({ phase: 'channel-stats', rows: statRows.length });

  const totals = { sent: 0, accepted: 0, duplicates: 0, rejected: 0, firstRejection: undefined as string | undefined };
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  let complete = true;
  for (const batch of demoEventBatches(plan, options.batchSize ?? 500)) {
    if (signal?.aborted || failure !== null) {
      complete = false;
      break;
    }
    const sending: Promise<void> = sink
      .sendEvents(batch)
      .then((answer) => {
        totals.sent += batch.length;
        totals.accepted += answer.accepted;
        totals.duplicates += answer.duplicates;
        totals.rejected += answer.rejected;
        totals.firstRejection ??= answer.firstRejection;
        options.onProgress?.({ phase: 'events', sent: totals.sent, target: plan.targetEvents });
      })
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => inFlight.delete(sending));
    inFlight.add(sending);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure !== null) throw failure;
  const { firstRejection, ...counts } = totals;
  return {
    events: { ...counts, ...(firstRejection ? { firstRejection } : {}) },
    costs,
    channelStats,
    settingsAdopted,
    metricSettingsAdopted,
    complete,
    seconds: (performance.now() - started) / 1000,
  };
}

const COST_COLUMNS = ['id', 'date', 'channel', 'campaign', 'cost_type', 'amount', 'currency', 'function', 'note'] as const;
