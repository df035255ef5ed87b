import type { ChannelAccountSummary, ChannelStatSnapshot, CostRecord, CostTotal } from '@marketops/core';
import type { CostDto, ImportReportDto } from '@marketops/contracts';
import type { ImportReport } from './app/feed-service';

/**
 * Feed values to response bodies, field by field, so storage details (the workspace column,
 * internal fields) never leak into the API.
 */
export function presentImportReport(report: ImportReport): ImportReportDto {
  return {
    rows: report.rows,
    imported: report.imported,
    inserted: report.inserted,
    updated: report.updated,
    unchanged: report.unchanged,
    skipped: report.skipped,
    ignoredRows: report.ignoredRows,
    ignoredColumns: [...report.ignoredColumns],
    problems: report.problems.map((p) => ({ line: p.line, field: p.field, ...(p.column !== undefined ? { column: p.column } : {}), reason: p.reason })),
    problemCount: report.problemCount,
  };
}

/** One cost as the API shows it. */
export function presentCost(c: CostRecord): CostDto {
  return {
    date: c.date,
    channel: c.channel,
    campaign: c.campaign,
    costType: c.costType,
    amount: c.amount,
    currency: c.currency,
    functionId: c.functionId,
    note: c.note,
    rowKey: c.rowKey,
  };
}

/** One cost total; only the grouped dimensions are present. */
export function presentCostTotal(t: CostTotal) {
  return { ...t };
}

/** One snapshot as the API shows it. */
export function presentChannelStat(s: ChannelStatSnapshot) {
  return {
    platform: s.platform,
    account: s.account,
    date: s.date,
    followers: s.followers,
    reads: s.reads,
    interactions: s.interactions,
    posts: s.posts,
    rowKey: s.rowKey,
  };
}

/** One account's summary as the API shows it. */
export function presentAccountSummary(s: ChannelAccountSummary) {
  return { ...s };
}
