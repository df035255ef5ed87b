/**
 * Typed domain errors. The domain never knows about HTTP or exit codes: the server maps each code
 * to a status in one exhaustive switch (`server/src/http/error-mapping.ts`) and the CLI maps them
 * to exit codes (`server/src/cli/exit-codes.ts`).
 */
export type DomainErrorCode =
  | 'VALIDATION_FAILED'
  | 'ORG_FUNCTION_UNKNOWN'
  | 'ORG_DEPARTMENT_DUPLICATE'
  | 'ORG_CENTRE_DUPLICATE'
  | 'ORG_CENTRE_UNKNOWN'
  | 'ORG_CENTRE_CYCLE'
  | 'ORG_DEPARTMENT_UNKNOWN'
  | 'ORG_ASSIGNMENT_DUPLICATE'
  | 'ORG_ID_INVALID'
  | 'ORG_FILE_UNREADABLE'
  | 'ORG_FILE_SYNTAX'
  | 'TEMPLATE_UNKNOWN'
  | 'WORKSPACE_NOT_FOUND'
  | 'WORKSPACE_EXISTS'
  | 'DEPARTMENT_NOT_FOUND'
  | 'CENTRE_NOT_FOUND'
  | 'ASSIGNMENT_NOT_FOUND'
  | 'FUNCTION_NOT_FOUND'
  | 'VERSION_CONFLICT'
  | 'CONFIG_INVALID'
  | 'STORAGE_UNAVAILABLE'
  | 'WRITE_KEY_INVALID'
  | 'WRITE_KEY_NOT_FOUND'
  | 'INGEST_PAYLOAD_INVALID'
  | 'INGEST_PAYLOAD_TOO_LARGE'
  | 'INGEST_SATURATED'
  | 'DEAD_LETTER_NOT_FOUND'
  | 'METRIC_NOT_FOUND'
  | 'IMPORT_ROWS_INVALID'
  | 'IMPORT_FILE_INVALID'
  | 'IMPORT_FORMAT_UNKNOWN';

/** One problem in an input, located as precisely as the input allows. */
export interface Issue {
  /** Path into the input, e.g. `departments.2.duties.0.function`. Empty for the whole input. */
  readonly path: string;
  readonly code: DomainErrorCode;
  readonly message: string;
  /** 1-based line (and column) in a source file, when the input came from one. */
  readonly line?: number;
  readonly column?: number;
  readonly file?: string;
}

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly issues: readonly Issue[];

  constructor(code: DomainErrorCode, message: string, issues: readonly Issue[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
