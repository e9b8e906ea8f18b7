// A donor registering themselves on /donate: with the organisation serving their district, once the code sent to
// their phone is given back. Everything the registry would refuse is said before the code is tried, so fixing a
// field does not use up the code; the code is spent with the registration in one transaction.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { PublicDonorRegistered, publicDonorBody } from '../../../shared/contracts/public-donors.js';
import type { Db } from '../../db/client.js';
import { donors } from '../../db/schema/index.js';
import { servingOrganisation } from '../../db/queries/serving-organisation.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { AppError } from '../../errors.js';
import { eligibilityOn, nextEligibleDay } from '../../presenters/own-donor-record.js';
import { donorRegistrationErrors, registerDonor } from './register-donor.js';
import { spendPhoneCode } from './spend-phone-code.js';

type PublicRegistration = Omit<z.output<typeof publicDonorBody>, 'code'>;

/** The organisation serving the registration's district, once nothing in the registration would be refused. */
export async function checkPublicRegistration(db: Db, given: PublicRegistration, now: Date) {
  const input = { ...given, category: 'citizen' as const };
  const organisation = await servingOrganisation(db, input.district);
  if (!organisation) {
    throw new AppError('validation_failed', { count: 1 }, [{ field: 'district', code: 'district_not_served' }]);
  }
  const problems = await donorRegistrationErrors(db, organisation.id, input, now);
  if (problems.length > 0) throw new AppError('validation_failed', { count: problems.length }, problems);
  return { input, organisation };
}

export async function registerPublicDonor(
  db: Db,
  body: z.output<typeof publicDonorBody>,
  secret: string,
  now = new Date(),
): Promise<PublicDonorRegistered> {
  const { code, ...given } = body;
  const { input, organisation } = await checkPublicRegistration(db, given, now);

  const outcome = await db.transaction(async (tx) => {
    const spent = await spendPhoneCode(tx, { phone: input.phone, purpose: 'donor_register', code, secret, now });
    // A wrong guess is kept (it counts against the code); nothing else is written.
    if (spent !== 'ok') return { ok: false, refused: spent } as const;
    const registered = await registerDonor(tx, {
      organisationId: organisation.id,
      input,
      source: 'web',
      actorId: null,
      now,
    });
    const [row] = await tx
      .select({ products: donors.products, eligibility: donors.eligibility })
      .from(donors)
      .where(eq(donors.id, registered.donorId));
    return { ok: true, registered, row } as const;
  });
  if (!outcome.ok) {
    throw new AppError('validation_failed', { count: 1 }, [{ field: 'code', code: outcome.refused }]);
  }
  const eligibility = outcome.row ? eligibilityOn(outcome.row.products, outcome.row.eligibility, kolkataDay(now)) : [];
  return {
    created: outcome.registered.created,
    organisation: organisation.name,
    nextEligibleOn: nextEligibleDay(eligibility),
  };
}
