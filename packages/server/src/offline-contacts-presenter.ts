import type { OfflineContactsImportReportDto } from '@marketops/contracts';
import type { OfflineContactsImportReport } from './app/offline-contact-import';

/** An offline-contacts import report as the API answers it (and `--json` prints it). */
export function presentOfflineContactsReport(report: OfflineContactsImportReport): OfflineContactsImportReportDto {
  return {
    rows: report.rows,
    people: report.people,
    accepted: report.accepted,
    duplicates: report.duplicates,
    rejected: report.rejected,
    skipped: report.skipped,
    ignoredRows: report.ignoredRows,
    ignoredColumns: [...report.ignoredColumns],
    problems: report.problems.map((p) => ({ line: p.line, field: p.field, ...(p.column !== undefined ? { column: p.column } : {}), reason: p.reason })),
    problemCount: report.problemCount,
  };
}
