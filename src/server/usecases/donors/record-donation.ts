import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { RecordedDonation, recordDonationBody } from '../../../shared/contracts/donors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { caseScope } from '../../db/queries/case-scope.js';
import { cases, donations, donors } from '../../db/schema/index.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { reachOfCase, type DonationReach } from '../../domain/blood/donor-thanks.js';
import { AppError, notFound, type FieldError } from '../../errors.js';
import { presentDonation } from '../../presenters/donor.js';
import { applyDonorChange, lockDonorFor, nextEligibleOn } from './donor-action.js';
import { presentDonorFor } from './get-donor.js';
import { thankDonor } from './thank-donor.js';

type RecordDonationInput = z.output<typeof recordDonationBody>;

/**
 * A donation given: kept, the donor's next eligible day decided from it (the stored days matching reads), and a
 * thank-you queued saying where the blood went — all in one transaction.
 */
export async function recordDonation(
  db: Db,
  actor: Actor,
  donorId: string,
  body: RecordDonationInput,
  options: {
    /** A camp thanks its donors itself once the camp is over, so its donations are recorded without the message. */
    thank?: boolean;
    /** Where the blood went, said in the donor's own language (the note stays as the record's words). */
    reach?: DonationReach;
  } = {},
): Promise<RecordedDonation> {
  const now = new Date();
  const recorded = await db.transaction(async (tx) => {
    const row = await lockDonorFor(tx, actor, donorId, 'recordDonation');
    const errors: FieldError[] = [];
    if (body.donatedOn > kolkataDay(now)) errors.push({ field: 'donatedOn', code: 'date_in_future' });
    let reach: DonationReach = options.reach ?? (body.reachedNote ? { kind: 'note', note: body.reachedNote } : null);
    if (body.caseId) {
      const [found] = await tx
        .select({ hospital: cases.hospital, conditions: cases.conditions, patientAge: cases.patientAge })
        .from(cases)
        .where(and(eq(cases.id, body.caseId), caseScope(actor)));
      if (!found) errors.push({ field: 'caseId', code: 'unknown_case' });
      else reach ??= reachOfCase(found);
    }
    // Nobody gives the same product twice in a day (apheresis is 48 h apart at the least): a second record of it is
    // the same donation entered again, which would count its units twice and thank the donor twice. The donor's
    // row is locked, so records entered at the same moment meet here one after the other.
    const [same] = await tx
      .select({ id: donations.id })
      .from(donations)
      .where(
        and(
          eq(donations.donorId, row.id),
          eq(donations.product, body.product),
          eq(donations.donatedOn, body.donatedOn),
        ),
      )
      .limit(1);
    if (same) errors.push({ field: 'donatedOn', code: 'donation_already_recorded' });
    if (errors.length > 0) throw new AppError('validation_failed', { count: errors.length }, errors);
    const [donation] = await tx
      .insert(donations)
      .values({
        donorId: row.id,
        organisationId: row.organisationId,
        caseId: body.caseId ?? null,
        product: body.product,
        units: body.units,
        bagNumber: body.bagNumber ?? null,
        bloodCentre: body.bloodCentre,
        donatedOn: body.donatedOn,
        replacement: body.replacement,
        reachedNote: body.reachedNote ?? null,
        recordedById: actor.userId,
        recordedAt: now,
      })
      // The one unique rule a donation has: a bag number once per blood centre.
      .onConflictDoNothing()
      .returning();
    if (!donation) {
      throw new AppError('validation_failed', { count: 1 }, [{ field: 'bagNumber', code: 'bag_number_taken' }]);
    }
    const lastDonatedOn =
      row.lastDonatedOn === null || body.donatedOn > row.lastDonatedOn ? body.donatedOn : row.lastDonatedOn;
    const decided = await applyDonorChange(
      tx,
      actor,
      row,
      {
        set: { lastDonatedOn },
        event: {
          type: 'donation_recorded',
          caseId: donation.caseId,
          details: {
            donationId: donation.id,
            product: donation.product,
            units: donation.units,
            bloodCentre: donation.bloodCentre,
            donatedOn: donation.donatedOn,
          },
        },
      },
      now,
    );
    // "We will not ask you before …" only when that day is still ahead.
    const next = nextEligibleOn(decided);
    if (options.thank === false) return { donation, thanked: false };
    const thanked = await thankDonor(
      tx,
      row,
      donation,
      reach,
      next !== null && next > kolkataDay(now) ? next : null,
      actor.userId,
      now,
    );
    return { donation, thanked };
  });
  const [fresh] = await db.select().from(donors).where(eq(donors.id, donorId));
  if (!fresh) throw notFound();
  const donor = await presentDonorFor(db, actor, fresh);
  const view = donor.donations.find((d) => d.id === recorded.donation.id);
  return {
    donation: view ?? presentDonation(recorded.donation, { recordedByName: null, caseReference: null }),
    thanked: recorded.thanked,
    donor,
  };
}
