import type { z } from 'zod';
import type { createUserBody, UserView } from '../../../shared/contracts/users.js';
import { canListPeople, type Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { memberships, users } from '../../db/schema/index.js';
import { hashPassword } from '../../domain/auth/passwords.js';
import { AppError, forbidden } from '../../errors.js';
import { passwordProblem } from '../../../shared/password-policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { getUser } from './get-user.js';
import { resolveMembership } from './resolve-membership.js';
import { asUserConflict } from './user-conflicts.js';

export type CreateUserInput = z.output<typeof createUserBody>;

export async function createUser(
  db: Db,
  actor: Actor,
  input: CreateUserInput,
  ip: string | null = null,
): Promise<UserView> {
  if (!canListPeople(actor)) throw forbidden();
  if (passwordProblem(input.password, input) === 'contains_identity') {
    throw new AppError('validation_failed', { count: 1 }, [{ field: 'password', code: 'password_contains_identity' }]);
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const membership = await resolveMembership(tx, actor, input.membership);
      const [user] = await tx
        .insert(users)
        .values({
          name: input.name,
          phone: input.phone,
          email: input.email ?? null,
          preferredLanguage: input.preferredLanguage,
          passwordHash,
        })
        .returning();
      if (!user) throw new Error('insert returned nothing');
      const [added] = await tx
        .insert(memberships)
        .values({ userId: user.id, ...membership.stored })
        .returning({ id: memberships.id });
      const organisationIds = membership.stored.organisationId ? [membership.stored.organisationId] : [];
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        action: 'user.created',
        subjectType: 'user',
        subjectId: user.id,
        organisationIds,
        ip,
        details: { name: user.name, phone: user.phone, email: user.email, preferredLanguage: user.preferredLanguage },
      });
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        action: 'membership.added',
        subjectType: 'membership',
        subjectId: added?.id ?? '',
        organisationIds,
        ip,
        details: { userId: user.id, ...membership.stored },
      });
      return getUser(tx, actor, user.id);
    });
  } catch (error) {
    throw await asUserConflict(db, actor, error, { phone: input.phone, email: input.email });
  }
}
