// A coordinator adds a sponsor (a person, a company, a trust) to their organisation; names are unique within it.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { SponsorView, sponsorBody } from '../../../shared/contracts/sponsors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { uniqueViolation } from '../../db/errors.js';
import { organisations, sponsors } from '../../db/schema/index.js';
import { canUseLending, lendingAbilities } from '../../domain/lending/abilities.js';
import { forbidden } from '../../errors.js';
import { fieldError } from '../equipment/lending-error.js';
import { sponsorViewFor } from './sponsor-reads.js';

type SponsorBody = z.output<typeof sponsorBody>;

export async function createSponsor(db: Db, actor: Actor, body: SponsorBody): Promise<SponsorView> {
  if (!canUseLending(actor)) throw forbidden();
  const verdict = lendingAbilities(actor, { organisationId: body.organisationId, districtCode: null }).manageSponsors;
  if (verdict !== true) throw forbidden();
  // An admin may name any organisation: one that does not exist is said on its field, not left to the foreign key.
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, body.organisationId));
  if (!organisation) throw fieldError('organisationId', 'unavailable');
  const now = new Date();
  const [row] = await db
    .insert(sponsors)
    .values({ ...body, createdById: actor.userId, createdAt: now, updatedAt: now })
    .returning({ id: sponsors.id })
    .catch((error: unknown) => {
      if (uniqueViolation(error) === 'sponsors_organisation_name_idx') throw fieldError('name', 'name_taken');
      throw error;
    });
  if (!row) throw new Error('no sponsor');
  return sponsorViewFor(db, actor, row.id);
}
