// Donations given before the registry knew of them (a 2021 drive's register, the demo, a test's history): each is
// checked against the eligibility rules on the day it was given — a donor the rules deferred that day could not
// have given, so such data is refused, not stored — and the donor's stored eligibility then follows from all their
// donations, decided now by the same rules as any other change. No thank-you is sent: that is for a donation
// recorded as it happens (the registry's own way).
import { eq } from 'drizzle-orm';
import type { DonorProduct } from '../../../shared/enums.js';
import type { DbOrTx } from '../client.js';
import { bloodPolicyFor } from '../queries/blood-policies.js';
import { donations, donorEvents, donors } from '../schema/index.js';
import type { BloodPolicy } from '../../domain/blood/blood-policy.js';
import {
  decideDonorEligibility,
  type DonorRecordFacts,
  type RecordedDonation,
} from '../../domain/blood/donor-eligibility.js';

export interface PastDonation {
  product: DonorProduct;
  /** Kolkata day. */
  donatedOn: string;
  units?: number;
  bloodCentre: string;
  bagNumber?: string | null;
  reachedNote?: string | null;
}

/**
 * Refuses donations the rules would have deferred on their day (checked in the order given, each after the ones
 * before it): demo or test data that says otherwise is wrong. The screening is that of the morning of the day.
 */
export function assertEligibleWhenGiven(
  donor: DonorRecordFacts & { id: string },
  earlier: readonly RecordedDonation[],
  given: readonly Pick<PastDonation, 'product' | 'donatedOn'>[],
  policy: Pick<BloodPolicy, 'contestedClauses'>,
): RecordedDonation[] {
  const all = [...earlier];
  for (const donation of [...given].sort((a, b) => a.donatedOn.localeCompare(b.donatedOn))) {
    const that = decideDonorEligibility(donor, all, policy, new Date(`${donation.donatedOn}T09:00:00+05:30`));
    const decision = that.eligibility[donation.product];
    if (!decision?.eligible) {
      throw new Error(
        `donor ${donor.id} was not eligible for ${donation.product} on ${donation.donatedOn}` +
          ` (${decision ? decision.reasons.map((r) => r.code).join(', ') : 'not a product they give'})`,
      );
    }
    all.push({ product: donation.product, donatedOn: donation.donatedOn });
  }
  return all;
}

/** The latest day among the donations; null for none. */
export const lastDayOf = (given: readonly RecordedDonation[]): string | null =>
  given.reduce<string | null>((last, g) => (last !== null && last > g.donatedOn ? last : g.donatedOn), null);

/** Records the donations in the order given; returns their ids. Throws when the rules deferred a donor that day. */
export async function recordPastDonations(
  tx: DbOrTx,
  params: { donorId: string; donations: readonly PastDonation[]; actorId: string | null; now?: Date },
): Promise<string[]> {
  const now = params.now ?? new Date();
  const [donor] = await tx.select().from(donors).where(eq(donors.id, params.donorId)).for('update');
  if (!donor) throw new Error(`recordPastDonations: no donor ${params.donorId}`);
  const policy = await bloodPolicyFor(tx, donor.organisationId);
  const earlier = await tx
    .select({ product: donations.product, donatedOn: donations.donatedOn })
    .from(donations)
    .where(eq(donations.donorId, donor.id));
  const given = assertEligibleWhenGiven(donor, earlier, params.donations, policy);
  const ids: string[] = [];
  for (const donation of [...params.donations].sort((a, b) => a.donatedOn.localeCompare(b.donatedOn))) {
    const [row] = await tx
      .insert(donations)
      .values({
        donorId: donor.id,
        organisationId: donor.organisationId,
        product: donation.product,
        units: donation.units ?? 1,
        bagNumber: donation.bagNumber ?? null,
        bloodCentre: donation.bloodCentre,
        donatedOn: donation.donatedOn,
        reachedNote: donation.reachedNote ?? null,
        recordedById: params.actorId,
        recordedAt: now,
      })
      .returning({ id: donations.id });
    if (!row) throw new Error('donation insert returned nothing');
    ids.push(row.id);
    await tx.insert(donorEvents).values(donationEvent(donor, row.id, donation, params.actorId));
  }
  const decided = decideDonorEligibility(donor, given, policy, now);
  await tx
    .update(donors)
    .set({ ...decided, eligibilityDecidedAt: now, lastDonatedOn: lastDayOf(given), updatedAt: now })
    .where(eq(donors.id, donor.id));
  return ids;
}

/** The donor's history entry for a donation, dated noon of its day. */
export function donationEvent(
  donor: { id: string; organisationId: string },
  donationId: string,
  donation: PastDonation,
  actorId: string | null,
): typeof donorEvents.$inferInsert {
  return {
    donorId: donor.id,
    organisationId: donor.organisationId,
    type: 'donation_recorded',
    actorId,
    at: new Date(`${donation.donatedOn}T12:00:00+05:30`),
    details: {
      donationId,
      product: donation.product,
      units: donation.units ?? 1,
      bloodCentre: donation.bloodCentre,
      donatedOn: donation.donatedOn,
    },
  };
}
