import type { z } from 'zod';
import type {
  AttributionRequestSchema,
  FunnelRequestSchema,
  ReachRequestSchema,
  ReferralRequestSchema,
  RetentionRequestSchema,
} from '@marketops/contracts';
import type { AttributionSpec, FunnelSpec, Period, ReachSpec, ReferralSpec, RetentionSpec, WorkspaceSettings } from '@marketops/core';

/**
 * Request bodies (contracts' zod schemas) -> the core's analysis specs. The only additions are
 * the workspace's: its time zone (unless the request names one), its reporting currency for
 * money, and "now" as the instant from which incomplete periods are judged.
 */
type Dto<S extends z.ZodType> = z.output<S>;

function period(dto: { from: string; to: string; timeZone?: string | undefined }, settings: WorkspaceSettings): Period {
  return { from: dto.from, to: dto.to, timeZone: dto.timeZone ?? settings.timeZone };
}

/** Drops keys whose value is undefined (the specs are `exactOptionalPropertyTypes`-safe). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function funnelSpec(dto: Dto<typeof FunnelRequestSchema>, settings: WorkspaceSettings): FunnelSpec {
  return defined({ ...dto, period: period(dto.period, settings) }) as FunnelSpec;
}

export function retentionSpec(dto: Dto<typeof RetentionRequestSchema>, settings: WorkspaceSettings, now: Date): RetentionSpec {
  return defined({ ...dto, period: period(dto.period, settings), asOf: now }) as RetentionSpec;
}

export function attributionSpec(dto: Dto<typeof AttributionRequestSchema>, settings: WorkspaceSettings): AttributionSpec {
  return defined({ ...dto, period: period(dto.period, settings) }) as AttributionSpec;
}

export function reachSpec(dto: Dto<typeof ReachRequestSchema>, settings: WorkspaceSettings): ReachSpec {
  const currency = settings.reportingCurrency === null ? undefined : { reportingCurrency: settings.reportingCurrency, exchangeRates: settings.exchangeRates };
  return defined({ ...dto, period: period(dto.period, settings), currency }) as ReachSpec;
}

export function referralSpec(dto: Dto<typeof ReferralRequestSchema>, settings: WorkspaceSettings): ReferralSpec {
  return { ...dto, period: period(dto.period, settings) };
}
