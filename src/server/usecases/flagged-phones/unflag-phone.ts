import { eq } from 'drizzle-orm';
import { canFlagPhones, canRemovePhoneFlag } from '../../../shared/case-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { flaggedPhones } from '../../db/schema/index.js';
import { forbidden, notFound } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

export async function unflagPhone(db: Db, actor: Actor, phone: string, ip: string | null = null): Promise<void> {
  if (!canFlagPhones(actor)) throw forbidden();
  await db.transaction(async (tx) => {
    const [flag] = await tx.select().from(flaggedPhones).where(eq(flaggedPhones.phone, phone)).for('update');
    if (!flag) throw notFound();
    if (!canRemovePhoneFlag(actor, flag.organisationId)) throw forbidden();
    const removed = await tx.delete(flaggedPhones).where(eq(flaggedPhones.phone, phone)).returning();
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: 'phone.unflagged',
      subjectType: 'phone',
      subjectId: phone,
      ip,
      details: { reason: removed[0]?.reason },
    });
  });
}
