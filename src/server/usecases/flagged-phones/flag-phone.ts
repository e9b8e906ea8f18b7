import type { z } from 'zod';
import type { flaggedPhoneView } from '../../../shared/contracts/cases.js';
import { canFlagPhones, flaggingOrganisation } from '../../../shared/case-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { flaggedPhones } from '../../db/schema/index.js';
import { forbidden } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { listFlaggedPhones } from './list-flagged-phones.js';

/** Flagging again updates the reason and who flagged it: the latest word on a number counts. */
export async function flagPhone(
  db: Db,
  actor: Actor,
  input: { phone: string; reason: string },
  ip: string | null = null,
): Promise<z.infer<typeof flaggedPhoneView>> {
  if (!canFlagPhones(actor)) throw forbidden();
  await db.transaction(async (tx) => {
    const values = {
      reason: input.reason,
      flaggedById: actor.userId,
      organisationId: flaggingOrganisation(actor),
      flaggedAt: new Date(),
    };
    await tx
      .insert(flaggedPhones)
      .values({ phone: input.phone, ...values })
      .onConflictDoUpdate({ target: flaggedPhones.phone, set: values });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: 'phone.flagged',
      subjectType: 'phone',
      subjectId: input.phone,
      ip,
      details: { reason: input.reason },
    });
  });
  const [view] = (await listFlaggedPhones(db, actor)).filter((f) => f.phone === input.phone);
  if (!view) throw new Error('flag vanished');
  return view;
}
