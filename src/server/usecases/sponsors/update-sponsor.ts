// A coordinator changes a sponsor's details.
import { eq } from 'drizzle-orm';
import type { SponsorView, UpdateSponsorBody } from '../../../shared/contracts/sponsors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { uniqueViolation } from '../../db/errors.js';
import { sponsors } from '../../db/schema/index.js';
import { canUseLending, sponsorAbilities } from '../../domain/lending/abilities.js';
import { forbidden, notFound } from '../../errors.js';
import { fieldError, lendingError } from '../equipment/lending-error.js';
import { sponsorViewFor } from './sponsor-reads.js';

export async function updateSponsor(
  db: Db,
  actor: Actor,
  sponsorId: string,
  body: UpdateSponsorBody,
): Promise<SponsorView> {
  if (!canUseLending(actor)) throw forbidden();
  await db
    .transaction(async (tx) => {
      const [row] = await tx.select().from(sponsors).where(eq(sponsors.id, sponsorId)).for('update');
      if (!row) throw notFound();
      const verdict = sponsorAbilities(actor, row).update;
      if (verdict !== true) throw lendingError(verdict);
      await tx
        .update(sponsors)
        .set({ ...body, updatedAt: new Date() })
        .where(eq(sponsors.id, sponsorId));
    })
    .catch((error: unknown) => {
      if (uniqueViolation(error) === 'sponsors_organisation_name_idx') throw fieldError('name', 'name_taken');
      throw error;
    });
  return sponsorViewFor(db, actor, sponsorId);
}
