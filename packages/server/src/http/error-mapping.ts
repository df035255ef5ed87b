import type { DomainErrorCode } from '@marketops/core';

/**
 * The one place where domain error codes become HTTP statuses. The switch is exhaustive: adding a
 * code to the core without deciding its status here fails the type check.
 */
export function statusForCode(code: DomainErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'ORG_FUNCTION_UNKNOWN':
    case 'ORG_DEPARTMENT_DUPLICATE':
    case 'ORG_CENTRE_DUPLICATE':
    case 'ORG_CENTRE_UNKNOWN':
    case 'ORG_CENTRE_CYCLE':
    case 'ORG_DEPARTMENT_UNKNOWN':
    case 'ORG_ASSIGNMENT_DUPLICATE':
    case 'ORG_ID_INVALID':
    case 'ORG_FILE_UNREADABLE':
    case 'ORG_FILE_SYNTAX':
    case 'IMPORT_ROWS_INVALID':
    case 'IMPORT_FILE_INVALID':
    case 'IMPORT_FORMAT_UNKNOWN':
    case 'INGEST_PAYLOAD_INVALID':
    case 'INGEST_PAYLOAD_TOO_LARGE':
      // Why oversize is 400, not 413: Segment's SDKs stop retrying only on 400, and resending
      // an oversize payload can never succeed.
      return 400;
    case 'WRITE_KEY_INVALID':
      return 401;
    case 'TEMPLATE_UNKNOWN':
    case 'WORKSPACE_NOT_FOUND':
    case 'DEPARTMENT_NOT_FOUND':
    case 'CENTRE_NOT_FOUND':
    case 'ASSIGNMENT_NOT_FOUND':
    case 'FUNCTION_NOT_FOUND':
    case 'WRITE_KEY_NOT_FOUND':
    case 'DEAD_LETTER_NOT_FOUND':
    case 'METRIC_NOT_FOUND':
      return 404;
    case 'WORKSPACE_EXISTS':
    case 'VERSION_CONFLICT':
      return 409;
    case 'STORAGE_UNAVAILABLE':
    case 'INGEST_SATURATED':
      return 503;
    case 'CONFIG_INVALID':
      return 500;
  }
}
