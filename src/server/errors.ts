// One error type with stable codes. Use cases throw it; the error plugin turns it into problem+json.

export type ErrorCode =
  | 'account_disabled'
  | 'already_claimed'
  | 'bad_json'
  | 'bad_signature'
  | 'callback_taken'
  | 'camp_unavailable'
  | 'case_closed'
  | 'certificate_check_failed'
  | 'certificate_unavailable'
  | 'challenge_required'
  | 'body_too_large'
  | 'conflict_channel_account'
  | 'conflict_email'
  | 'conflict_membership'
  | 'conflict_organisation_name'
  | 'conflict_phone'
  | 'consent_withdrawn'
  | 'csrf_failed'
  | 'document_rejected'
  | 'donor_in_other_pool'
  | 'forbidden'
  | 'headers_too_large'
  | 'internal'
  | 'invalid_credentials'
  | 'item_taken'
  | 'item_unavailable'
  | 'invalid_membership'
  | 'invalid_transition'
  | 'last_membership'
  | 'lending_refused'
  | 'loan_unavailable'
  | 'malformed_payload'
  | 'method_not_allowed'
  | 'not_found'
  | 'not_ready'
  | 'outreach_unavailable'
  | 'patient_unavailable'
  | 'rate_limited'
  | 'refill_unavailable'
  | 'request_timeout'
  | 'sign_in_locked'
  | 'spam_suspected'
  | 'stock_unavailable'
  | 'transfusion_unavailable'
  | 'unauthenticated'
  | 'unknown_districts'
  | 'unsupported_media_type'
  | 'uri_too_long'
  | 'validation_failed'
  | 'value_unavailable'
  | 'verify_token_mismatch'
  | 'wrong_password';

const statusByCode: Record<ErrorCode, number> = {
  already_claimed: 409,
  bad_json: 400,
  bad_signature: 401,
  callback_taken: 409,
  account_disabled: 403,
  camp_unavailable: 409,
  case_closed: 409,
  certificate_check_failed: 404,
  certificate_unavailable: 409,
  challenge_required: 428,
  body_too_large: 413,
  conflict_channel_account: 409,
  conflict_email: 409,
  conflict_membership: 409,
  conflict_organisation_name: 409,
  conflict_phone: 409,
  consent_withdrawn: 409,
  csrf_failed: 403,
  forbidden: 403,
  headers_too_large: 431,
  internal: 500,
  invalid_credentials: 401,
  invalid_membership: 400,
  invalid_transition: 409,
  last_membership: 409,
  malformed_payload: 400,
  method_not_allowed: 405,
  not_found: 404,
  not_ready: 503,
  outreach_unavailable: 409,
  donor_in_other_pool: 409,
  patient_unavailable: 409,
  item_taken: 409,
  item_unavailable: 409,
  lending_refused: 409,
  loan_unavailable: 409,
  refill_unavailable: 409,
  stock_unavailable: 409,
  transfusion_unavailable: 409,
  document_rejected: 415,
  rate_limited: 429,
  request_timeout: 408,
  sign_in_locked: 429,
  spam_suspected: 400,
  unauthenticated: 401,
  unknown_districts: 400,
  unsupported_media_type: 415,
  uri_too_long: 414,
  validation_failed: 400,
  value_unavailable: 409,
  verify_token_mismatch: 403,
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
