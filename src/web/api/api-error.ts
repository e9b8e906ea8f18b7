import { problem, type Problem } from '../../shared/contracts/common.js';

export type FieldProblem = NonNullable<Problem['errors']>[number];

/** Codes the client raises itself when no problem document came back. */
export type ClientErrorCode = 'network_error' | 'unexpected_response';

/**
 * Every failed API call ends as one of these: the server's problem+json document, or a client-side
 * stand-in with the same shape, so the UI has a single way to show what went wrong.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldProblem[];
  /** From the Retry-After header, when the server asks us to wait (sign-in lockout, rate limits). */
  readonly retryAfterSeconds: number | null;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string | undefined;
    errors?: FieldProblem[] | undefined;
    retryAfterSeconds?: number | null;
    cause?: unknown;
  }) {
    super(init.detail ?? init.title, { cause: init.cause });
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

function retryAfterSeconds(response: Response): number | null {
  const header = response.headers.get('retry-after');
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  const retryAfter = retryAfterSeconds(response);
  const body: unknown = await response.json().catch(() => null);
  const parsed = problem.safeParse(body);
  if (parsed.success) {
    return new ApiError({ ...parsed.data, retryAfterSeconds: retryAfter });
  }
  // A proxy's HTML error page or a crash before the error handler: keep the status, say so plainly.
  return new ApiError({
    status: response.status,
    code: 'unexpected_response' satisfies ClientErrorCode,
    title: response.statusText,
    retryAfterSeconds: retryAfter,
    cause: body,
  });
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
