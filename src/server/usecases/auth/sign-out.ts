import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions } from '../../db/schema/index.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

export async function signOut(db: Db, input: { sessionId: string; userId: string; ip: string | null }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, input.sessionId));
    await recordAuditEvent(tx, {
      actorId: input.userId,
      action: 'auth.sign_out',
      subjectType: 'user',
      subjectId: input.userId,
      ip: input.ip,
    });
  });
}
