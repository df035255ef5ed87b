import type { MetricSettings } from '@marketops/core';
import type { SegmentMessage } from '@marketops/core';

/** What ingestion answered for one batch of demo messages. */
export interface DemoEventResult {
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected: number;
  /** The first rejection's code and reason, to name in reports (rejected messages are dead letters). */
  readonly firstRejection?: string;
}

/** What a feed import did with the demo rows. */
export interface DemoFeedResult {
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}

/**
 * Where the demo loader delivers data: the real ingestion path and the real feed imports,
 * either inside the server's process (first start, tests) or over the server's HTTP API (the
 * CLI, while the server holds the data directory). Both run the same services with the same
 * checks; only the transport differs.
 */
export interface DemoSink {
  sendEvents(messages: readonly SegmentMessage[]): Promise<DemoEventResult>;
  /** A costs CSV (canonical header). */
  importCosts(csv: string): Promise<DemoFeedResult>;
  /** A channel-statistics CSV in the `generic` format. */
  importChannelStats(csv: string): Promise<DemoFeedResult>;
  /**
   * Gives the workspace the company's time zone and reporting currency, only when it still has
   * the defaults (UTC, none): settings someone chose are never overwritten. True when set.
   */
  adoptSettings(timeZone: string, currency: string): Promise<boolean>;
  /**
   * Gives the workspace the company's metric settings (store paths, own accounts, primary store),
   * only when it has none saved (`{}`): settings someone chose are never overwritten. True when set.
   */
  adoptMetricSettings(settings: MetricSettings): Promise<boolean>;
}

/** Whether settings are still the defaults a workspace has until someone saves its own. */
export function hasDefaultSettings(settings: { readonly timeZone: string; readonly reportingCurrency: string | null }): boolean {
  return settings.timeZone === 'UTC' && settings.reportingCurrency === null;
}
