import type { z } from 'zod';
import type { createDonorBody, RegisteredDonorView } from '../../../shared/contracts/donors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { canRegisterDonor, donorAbilities, donorRegistrationScope } from '../../domain/blood/donor-abilities.js';
import { AppError, forbidden } from '../../errors.js';
import { presentDonor } from '../../presenters/donor.js';
import { presentDonorFor } from './get-donor.js';
import { registerDonor, registerNewDonor } from './register-donor.js';

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
export async function createDonor(
  db: Db,
  actor: Actor,
  actorName: string,
  body: CreateDonorInput,
): Promise<RegisteredDonorView> {
  const { organisationId: named, ...input } = body;
  const organisationId = registeringOrganisation(actor, input.district, named);
  const params = { organisationId, input, source: 'operator' as const, actorId: actor.userId };
  const { written, ...registered } =
    (await registerNewDonor(db, params, actorName)) ?? (await db.transaction((tx) => registerDonor(tx, params)));
  // A new donor's record is all in hand: no history but this, no donations, never revealed. A donor registered
  // again has more (history, donations, a reveal): read it.
  const donor = registered.created
    ? presentDonor(
        written.row,
        {
          organisationName: written.organisationName,
          district: (await districtDirectory(db)).get(written.row.districtCode),
          groupConfirmedByName: null,
          verifiedByName: null,
          events: [written.event],
          donations: [],
          given: written.given,
          policy: written.policy,
          revealedUntil: null,
          abilities: donorAbilities(actor, written.row),
        },
        new Date(),
      )
    : await presentDonorFor(db, actor, written.row);
  return { ...registered, donor };
}
