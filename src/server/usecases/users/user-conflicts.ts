import { uniqueViolation } from '../../db/errors.js';
import { AppError } from '../../errors.js';

/** Turns a unique-constraint violation on users or memberships into the matching 409. */
export function asUserConflict(error: unknown): unknown {
  const constraint = uniqueViolation(error);
  if (constraint === null) return error;
  if (constraint.includes('phone')) return new AppError('conflict_phone', {}, [{ field: 'phone', code: 'invalid' }]);
  if (constraint.includes('email')) return new AppError('conflict_email', {}, [{ field: 'email', code: 'invalid' }]);
  return new AppError('conflict_membership', {}, [{ field: 'membership.role', code: 'invalid' }]);
}
