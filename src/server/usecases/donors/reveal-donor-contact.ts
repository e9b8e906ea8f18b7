import { eq } from 'drizzle-orm';
import type { DonorView } from '../../../shared/contracts/donors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { lastDonorReveal } from '../../db/queries/last-donor-reveal.js';
import { donors } from '../../db/schema/index.js';
import { revealedUntil } from '../../domain/privacy/reveal.js';
import { notFound } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { presentDonorFor } from './get-donor.js';
import { lockDonorFor } from './donor-action.js';

/**
 * Shows the donor's number to the person who will call them, recorded in the audit log; like a case's numbers, it
 * stays shown to them for a while, and asking again meanwhile records nothing new.
 */
export async function revealDonorContact(db: Db, actor: Actor, donorId: string, ip: string | null): Promise<DonorView> {
  await db.transaction(async (tx) => {
    const row = await lockDonorFor(tx, actor, donorId, 'revealContact');
    if (revealedUntil(await lastDonorReveal(tx, row.id, actor.userId), new Date())) return;
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: 'donor.contact_revealed',
      subjectType: 'donor',
      subjectId: row.id,
      organisationIds: [row.organisationId],
      ip,
    });
  });
  const [row] = await db.select().from(donors).where(eq(donors.id, donorId));
  if (!row) throw notFound();
  return presentDonorFor(db, actor, row);
}
