import { ErrorResponseSchema } from '@marketops/contracts';

/** One problem the server found in a request, e.g. a field that failed validation. */
export interface ApiIssue {
  readonly path: string;
  readonly message: string;
  readonly code: string;
  readonly line?: number;
}

/**
 * A failed API call. `kind` lets the UI pick a translated framing without parsing messages:
 * `http` (the server answered with an error body), `network` (no answer), `contract` (the answer
 * did not match the shared schema: a contract drift that must fail loudly, not render garbage).
 */
export class ApiError extends Error {
  constructor(
    readonly kind: 'http' | 'network' | 'contract',
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** True for the optimistic-concurrency conflict (`If-Match` carried a stale version). */
  get isVersionConflict(): boolean {
    return this.status === 409 && this.code === 'VERSION_CONFLICT';
  }
}

/** Builds an ApiError from a non-2xx response, tolerating bodies that are not ErrorResponse. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Why: a proxy or a crash may answer with HTML; keep the status and show the raw text.
  }
  const parsed = ErrorResponseSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, issues } = parsed.data.error;
    return new ApiError('http', response.status, code, message, issues);
  }
  return new ApiError('http', response.status, `HTTP_${response.status}`, text.slice(0, 300) || response.statusText);
}

/** Turns a zod-like validation failure of a response body into a contract ApiError. */
export function contractError(path: string, cause: unknown): ApiError {
  const issues: ApiIssue[] = [];
  if (typeof cause === 'object' && cause !== null && 'issues' in cause && Array.isArray(cause.issues)) {
    for (const issue of cause.issues as { path?: unknown[]; message?: string; code?: string }[]) {
      issues.push({
        path: (issue.path ?? []).map(String).join('.'),
        message: issue.message ?? '',
        code: issue.code ?? 'invalid',
      });
    }
  }
  return new ApiError('contract', 200, 'CONTRACT_MISMATCH', `Unexpected response from ${path}`, issues);
}
