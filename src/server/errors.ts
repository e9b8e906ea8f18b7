// One error type with stable codes. Use cases throw it; the error plugin turns it into problem+json.

export type ErrorCode =
  | 'bad_json'
  | 'body_too_large'
  | 'conflict_email'
  | 'conflict_membership'
  | 'conflict_organisation_name'
  | 'conflict_phone'
  | 'csrf_failed'
  | 'forbidden'
  | 'internal'
  | 'invalid_credentials'
  | 'invalid_membership'
  | 'last_membership'
  | 'not_found'
  | 'not_ready'
  | 'rate_limited'
  | 'sign_in_locked'
  | 'unauthenticated'
  | 'unknown_districts'
  | 'unsupported_media_type'
  | 'validation_failed'
  | 'wrong_password';

const statusByCode: Record<ErrorCode, number> = {
  bad_json: 400,
  body_too_large: 413,
  conflict_email: 409,
  conflict_membership: 409,
  conflict_organisation_name: 409,
  conflict_phone: 409,
  csrf_failed: 403,
  forbidden: 403,
  internal: 500,
  invalid_credentials: 401,
  invalid_membership: 400,
  last_membership: 409,
  not_found: 404,
  not_ready: 503,
  rate_limited: 429,
  sign_in_locked: 429,
  unauthenticated: 401,
  unknown_districts: 400,
  unsupported_media_type: 415,
  validation_failed: 400,
  wrong_password: 400,
};

export interface FieldError {
  field: string;
  /** A key under errors:validation.* */
  code: string;
  params?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly fieldErrors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.status = statusByCode[code];
  }
}

export const forbidden = (): AppError => new AppError('forbidden');
export const notFound = (): AppError => new AppError('not_found');
