import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions } from '../../db/schema/index.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { forgetSignedIn } from './load-actor.js';

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
  // Forget again after commit: a request between the change and the commit may have remembered the old state.
  forgetSignedIn();
}
