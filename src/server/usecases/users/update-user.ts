import { eq } from 'drizzle-orm';
import type { UpdateUserBody, UserView } from '../../../shared/contracts/users.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { sessions, users } from '../../db/schema/index.js';
import { forbidden } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { getUser } from './get-user.js';
import { asUserConflict } from './user-conflicts.js';

export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateUserBody,
  ip: string | null = null,
): Promise<UserView> {
  try {
    return await db.transaction(async (tx) => {
      const before = await getUser(tx, actor, id);
      if (!before.can.update) throw forbidden();
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const key of ['name', 'email', 'preferredLanguage', 'isActive'] as const) {
        if (input[key] !== undefined && input[key] !== before[key]) {
          changes[key] = { from: before[key], to: input[key] };
        }
      }
      if (Object.keys(changes).length === 0) return before;
      await tx
        .update(users)
        .set({ ...Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.to])), updatedAt: new Date() })
        .where(eq(users.id, id));
      // A deactivated person is signed out everywhere at once.
      if (input.isActive === false) await tx.delete(sessions).where(eq(sessions.userId, id));
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        action: 'user.updated',
        subjectType: 'user',
        subjectId: id,
        organisationIds: before.memberships.flatMap((m) => (m.organisationId ? [m.organisationId] : [])),
        ip,
        details: { changes },
      });
      return getUser(tx, actor, id);
    });
  } catch (error) {
    throw await asUserConflict(db, actor, error, { email: input.email });
  }
}
