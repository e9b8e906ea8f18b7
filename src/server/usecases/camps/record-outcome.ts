// The screening's outcome for a checked-in donor. Donated: the donation is recorded on the registry donor through
// usecases/donors/record-donation.ts (their next eligible day follows; the bag number is unique per blood centre, so
// a bag already recorded at the partner centre is a 409 naming `bagNumber`). Deferred: the centre's deferral is
// recorded through record-centre-deferral.ts with the reason and until-date, which sets the donor's eligibility.
// The registration, the donor's change and the camp event are one transaction: a refusal writes nothing.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { outcomeBody, RegistrationView } from '../../../shared/contracts/camps.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { campRegistrations } from '../../db/schema/index.js';
import { campDay } from '../../domain/camps/camp-rules.js';
import { AppError } from '../../errors.js';
import { recordCentreDeferral } from '../donors/record-centre-deferral.js';
import { recordDonation } from '../donors/record-donation.js';
import { campConflict, lockCampFor, lockRegistrationFor, recordCampEvent } from './camp-access.js';
import { presentRegistration } from './present-camp.js';

type OutcomeInput = z.output<typeof outcomeBody>;

/** A problem the donors module raised on one field, if that is what `error` is. */
function fieldProblem(error: unknown, field: string, code: string): boolean {
  return error instanceof AppError && error.fieldErrors.some((f) => f.field === field && f.code === code);
}

export async function recordOutcome(
  db: Db,
  actor: Actor,
  campId: string,
  registrationId: string,
  body: OutcomeInput,
): Promise<RegistrationView> {
  const now = new Date();
  return db.transaction(async (tx) => {
    const camp = await lockCampFor(tx, actor, campId, 'read', now);
    const registration = await lockRegistrationFor(tx, actor, camp, registrationId, 'recordOutcome', now);
    const day = campDay(camp);
    // The donors module's use cases run in a savepoint of this transaction (their own `transaction` nests).
    const donorDb = tx as unknown as Db;
    if (body.outcome === 'donated') {
      if (!registration.donorId) throw campConflict('no_registry_donor');
      let donationId: string;
      try {
        const recorded = await recordDonation(
          donorDb,
          actor,
          registration.donorId,
          {
            product: body.product,
            units: body.units,
            bagNumber: body.bagNumber,
            bloodCentre: camp.partnerCentre,
            donatedOn: day,
            replacement: false,
          },
          { thank: false },
        );
        donationId = recorded.donation.id;
      } catch (error) {
        if (fieldProblem(error, 'bagNumber', 'bag_number_taken')) {
          throw new AppError('camp_unavailable', { reasonKey: 'camp.bag_number_taken' }, [
            { field: 'bagNumber', code: 'bag_number_taken' },
          ]);
        }
        throw error;
      }
      const [row] = await tx
        .update(campRegistrations)
        .set({
          state: 'donated',
          outcomeAt: now,
          outcomeById: actor.userId,
          product: body.product,
          units: body.units,
          bagNumber: body.bagNumber,
          donationId,
        })
        .where(eq(campRegistrations.id, registration.id))
        .returning();
      if (!row) throw new Error('outcome returned nothing');
      await recordCampEvent(tx, camp, {
        type: 'donated',
        actorId: actor.userId,
        at: now,
        registrationId: row.id,
        details: { donationId, product: body.product, units: body.units, bagNumber: body.bagNumber },
      });
      return presentRegistration(actor, camp, row, now);
    }
    if (body.until !== null && body.until <= day) {
      throw new AppError('validation_failed', { count: 1 }, [{ field: 'until', code: 'date_in_past' }]);
    }
    if (registration.donorId) {
      await recordCentreDeferral(donorDb, actor, registration.donorId, {
        reason: [body.reason.replace(/_/g, ' '), body.note].filter(Boolean).join(': '),
        until: body.until,
        centre: camp.partnerCentre,
      });
    }
    const [row] = await tx
      .update(campRegistrations)
      .set({
        state: 'deferred',
        outcomeAt: now,
        outcomeById: actor.userId,
        deferralReason: body.reason,
        deferralUntil: body.until,
      })
      .where(eq(campRegistrations.id, registration.id))
      .returning();
    if (!row) throw new Error('outcome returned nothing');
    await recordCampEvent(tx, camp, {
      type: 'deferred',
      actorId: actor.userId,
      at: now,
      registrationId: row.id,
      details: { reason: body.reason, until: body.until, note: body.note ?? null, donorId: registration.donorId },
    });
    return presentRegistration(actor, camp, row, now);
  });
}
