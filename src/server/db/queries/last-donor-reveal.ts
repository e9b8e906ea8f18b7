import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { auditEvents } from '../schema/index.js';

/** When this person last revealed this donor's number (the audit log records each reveal), or null. */
export async function lastDonorReveal(db: DbOrTx, donorId: string, userId: string): Promise<Date | null> {
  const [last] = await db
    .select({ at: auditEvents.at })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, 'donor.contact_revealed'),
        eq(auditEvents.subjectId, donorId),
        eq(auditEvents.actorId, userId),
      ),
    )
    .orderBy(desc(auditEvents.at))
    .limit(1);
  return last?.at ?? null;
}
