import type { DomainErrorCode } from '@marketops/core';

/** Exit codes of `marketops`, documented in the README. */
export const EXIT = { ok: 0, unexpected: 1, usage: 2, invalidInput: 3, notFound: 4, conflict: 5, unavailable: 6, config: 7 } as const;

/** The one place where domain error codes become exit codes (exhaustive, like the HTTP mapping). */
export function exitCodeFor(code: DomainErrorCode): number {
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
    case 'WRITE_KEY_INVALID':
      return EXIT.invalidInput;
    case 'TEMPLATE_UNKNOWN':
    case 'WORKSPACE_NOT_FOUND':
    case 'DEPARTMENT_NOT_FOUND':
    case 'CENTRE_NOT_FOUND':
    case 'ASSIGNMENT_NOT_FOUND':
    case 'FUNCTION_NOT_FOUND':
    case 'WRITE_KEY_NOT_FOUND':
    case 'DEAD_LETTER_NOT_FOUND':
    case 'METRIC_NOT_FOUND':
      return EXIT.notFound;
    case 'WORKSPACE_EXISTS':
    case 'VERSION_CONFLICT':
      return EXIT.conflict;
    case 'STORAGE_UNAVAILABLE':
    case 'INGEST_SATURATED':
      return EXIT.unavailable;
    case 'CONFIG_INVALID':
      return EXIT.config;
  }
}
