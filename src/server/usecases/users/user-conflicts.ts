import { eq, or } from 'drizzle-orm';
import { canReadPerson, isAdmin, type Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { uniqueViolation } from '../../db/errors.js';
import { memberships, users } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';

/**
 * Turns a unique-constraint violation on users or memberships into the matching 409. A phone or e-mail held by
 * someone the actor may not see is only "not usable here": saying "already in use" would tell them that number
 * belongs to someone working with Sahayata elsewhere.
 */
export async function asUserConflict(
  db: Db,
  actor: Actor,
  error: unknown,
  values: { phone?: string | undefined; email?: string | null | undefined },
): Promise<unknown> {
  const constraint = uniqueViolation(error);
  if (constraint === null) return error;
  const field = constraint.includes('phone') ? 'phone' : constraint.includes('email') ? 'email' : null;
  if (field === null) return new AppError('conflict_membership', {}, [{ field: 'membership.role', code: 'invalid' }]);
  if (!(await holderIsVisible(db, actor, values))) {
    return new AppError('value_unavailable', {}, [{ field, code: 'unavailable' }]);
  }
  return field === 'phone'
    ? new AppError('conflict_phone', {}, [{ field: 'phone', code: 'invalid' }])
    : new AppError('conflict_email', {}, [{ field: 'email', code: 'invalid' }]);
}

async function holderIsVisible(
  db: Db,
  actor: Actor,
  values: { phone?: string | undefined; email?: string | null | undefined },
): Promise<boolean> {
  if (isAdmin(actor)) return true;
  const conditions = [
    ...(values.phone ? [eq(users.phone, values.phone)] : []),
    ...(values.email ? [eq(users.email, values.email)] : []),
  ];
  if (conditions.length === 0) return false;
  const rows = await db
    .select({ role: memberships.role, organisationId: memberships.organisationId, districts: memberships.districts })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(or(...conditions));
  return rows.length > 0 && canReadPerson(actor, rows);
}
