import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { leadToDonorBody, RegisteredDonorView } from '../../../shared/contracts/donors.js';
import { canWorkOrganisationDesk } from '../../../shared/channel-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db } from '../../db/client.js';
import { donors } from '../../db/schema/index.js';
import { canRegisterDonor } from '../../domain/blood/donor-abilities.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { presentDonorFor } from './get-donor.js';
import { registerDonor } from './register-donor.js';

type LeadToDonorInput = z.output<typeof leadToDonorBody>;

/**
 * A `donor` lead (someone who wrote "I want to donate blood") turned into a donor of the lead's organisation, and
 * the lead marked verified with a note naming the donor, in one transaction.
 */
export async function leadToDonor(
  db: Db,
  actor: Actor,
  leadId: string,
  input: LeadToDonorInput,
): Promise<RegisteredDonorView> {
  const registered = await db.transaction(async (tx) => {
    const lead = rowsOf<{ organisation_id: string; district_code: string | null; kind: string }>(
      await tx.execute(
        sql`select organisation_id, district_code, kind from leads where id = ${leadId}::uuid for update`,
      ),
    )[0];
    if (!lead || !canWorkOrganisationDesk(actor, lead.organisation_id, lead.district_code)) throw notFound();
    if (lead.kind !== 'donor') {
      throw new AppError('validation_failed', { count: 1 }, [{ field: 'id', code: 'not_a_donor_lead' }]);
    }
    if (!canRegisterDonor(actor, lead.organisation_id, input.district)) throw forbidden();
    const result = await registerDonor(tx, {
      organisationId: lead.organisation_id,
      input,
      source: 'lead',
      actorId: actor.userId,
      details: { leadId },
    });
    await tx.execute(sql`update leads set status = 'verified', reviewed_by_id = ${actor.userId}::uuid,
      reviewed_at = now(), review_note = ${`Registered as a blood donor: ${input.name}`} where id = ${leadId}::uuid`);
    return result;
  });
  const [row] = await db.select().from(donors).where(eq(donors.id, registered.donorId));
  if (!row) throw notFound();
  return { ...registered, donor: await presentDonorFor(db, actor, row) };
}
