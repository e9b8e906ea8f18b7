import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { caseEvents } from '../schema/index.js';

/** When this person last revealed this case's numbers (its timeline records each reveal), or null. */
export async function lastContactReveal(db: DbOrTx, caseId: string, userId: string): Promise<Date | null> {
  const [last] = await db
    .select({ at: caseEvents.at })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'contact_revealed'), eq(caseEvents.actorId, userId)))
    .orderBy(desc(caseEvents.at))
    .limit(1);
  return last?.at ?? null;
}
