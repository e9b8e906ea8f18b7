import type { MembershipInput, UserView } from '../../../shared/contracts/users.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { memberships } from '../../db/schema/index.js';
import { forbidden } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { getUser } from './get-user.js';
import { resolveMembership } from './resolve-membership.js';
import { asUserConflict } from './user-conflicts.js';

export async function addMembership(
  db: Db,
  actor: Actor,
  userId: string,
  input: MembershipInput,
  ip: string | null = null,
): Promise<UserView> {
  try {
    return await db.transaction(async (tx) => {
      const target = await getUser(tx, actor, userId);
      if (!target.can.addMembership) throw forbidden();
      const membership = await resolveMembership(tx, actor, input);
      const [added] = await tx
        .insert(memberships)
        .values({ userId, ...membership.stored })
        .returning({ id: memberships.id });
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        action: 'membership.added',
        subjectType: 'membership',
        subjectId: added?.id ?? '',
        organisationIds: membership.stored.organisationId ? [membership.stored.organisationId] : [],
        ip,
        details: { userId, ...membership.stored },
      });
      return getUser(tx, actor, userId);
    });
  } catch (error) {
    throw await asUserConflict(db, actor, error, {});
  }
}
