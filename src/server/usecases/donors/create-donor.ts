import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { createDonorBody, RegisteredDonorView } from '../../../shared/contracts/donors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { donors } from '../../db/schema/index.js';
import { canRegisterDonor, donorRegistrationScope } from '../../domain/blood/donor-abilities.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { presentDonorFor } from './get-donor.js';
import { registerDonor } from './register-donor.js';

type CreateDonorInput = z.output<typeof createDonorBody>;

/**
 * The organisation an operator registers a donor for: the one named, else the one whose health desk they work in
 * the donor's district (400 when that is more than one; 403 when they may register there for none).
 */
export function registeringOrganisation(actor: Actor, district: string, organisationId: string | undefined): string {
  if (organisationId) {
    if (!canRegisterDonor(actor, organisationId, district)) throw forbidden();
    return organisationId;
  }
  const reach = donorRegistrationScope(actor);
  if (reach === null) {
    throw new AppError('validation_failed', { count: 1 }, [{ field: 'organisationId', code: 'required' }]);
  }
  const candidates = [...new Set(reach.filter((g) => g.districts.includes(district)).map((g) => g.organisationId))];
  if (candidates.length === 0) throw forbidden();
  if (candidates.length > 1) {
    throw new AppError('validation_failed', { count: 1 }, [
      { field: 'organisationId', code: 'organisation_ambiguous' },
    ]);
  }
  return candidates[0] as string;
}

/** POST /donors: the operator's form. A phone already registered with the organisation updates that donor. */
export async function createDonor(db: Db, actor: Actor, body: CreateDonorInput): Promise<RegisteredDonorView> {
  const { organisationId: named, ...input } = body;
  const organisationId = registeringOrganisation(actor, input.district, named);
  const registered = await db.transaction((tx) =>
    registerDonor(tx, { organisationId, input, source: 'operator', actorId: actor.userId }),
  );
  const [row] = await db.select().from(donors).where(eq(donors.id, registered.donorId));
  if (!row) throw notFound();
  return { ...registered, donor: await presentDonorFor(db, actor, row) };
}
