import { eq } from 'drizzle-orm';
import type { Language } from '../../../shared/enums.js';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

export async function updateMe(
  db: Db,
  input: { userId: string; preferredLanguage: Language; ip: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ preferredLanguage: users.preferredLanguage })
      .from(users)
      .where(eq(users.id, input.userId));
    if (before?.preferredLanguage === input.preferredLanguage) return;
    await tx
      .update(users)
      .set({ preferredLanguage: input.preferredLanguage, updatedAt: new Date() })
      .where(eq(users.id, input.userId));
    await recordAuditEvent(tx, {
      actorId: input.userId,
      action: 'user.updated',
      subjectType: 'user',
      subjectId: input.userId,
      ip: input.ip,
      details: { changes: { preferredLanguage: { from: before?.preferredLanguage, to: input.preferredLanguage } } },
    });
  });
}
