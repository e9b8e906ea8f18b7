import { and, eq } from 'drizzle-orm';
import type { UserView } from '../../../shared/contracts/users.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { memberships } from '../../db/schema/index.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { getUser } from './get-user.js';

export async function removeMembership(
  db: Db,
  actor: Actor,
  userId: string,
  membershipId: string,
  ip: string | null = null,
): Promise<UserView> {
  return db.transaction(async (tx) => {
    const target = await getUser(tx, actor, userId);
    const membership = target.memberships.find((m) => m.id === membershipId);
    if (!membership) throw notFound();
    if (target.memberships.length === 1) throw new AppError('last_membership');
    if (!membership.can.remove) throw forbidden();
    await tx.delete(memberships).where(and(eq(memberships.id, membershipId), eq(memberships.userId, userId)));
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: 'membership.removed',
      subjectType: 'membership',
      subjectId: membershipId,
      organisationIds: membership.organisationId ? [membership.organisationId] : [],
      ip,
      details: {
        userId,
        role: membership.role,
        organisationId: membership.organisationId,
        districts: membership.districts,
      },
    });
    return getUser(tx, actor, userId);
  });
}
