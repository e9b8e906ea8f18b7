import type { CentreDeferralBody, DonorView } from '../../../shared/contracts/donors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { AppError } from '../../errors.js';
import { runDonorAction } from './donor-action.js';

/**
 * A blood centre's deferral (low haemoglobin, say): it wins over the donor's own answers until `until`, or with
 * no end date. Recorded whether or not the donor still consents: it is a fact about them, like a donation.
 */
export function recordCentreDeferral(
  db: Db,
  actor: Actor,
  donorId: string,
  body: CentreDeferralBody,
): Promise<DonorView> {
  return runDonorAction(db, actor, donorId, 'recordCentreDeferral', (_tx, _row, now) => {
    if (body.until !== null && body.until < kolkataDay(now)) {
      throw new AppError('validation_failed', { count: 1 }, [{ field: 'until', code: 'date_in_past' }]);
    }
    return {
      set: { centreDeferralReason: body.reason, centreDeferralUntil: body.until },
      event: {
        type: 'centre_deferral',
        details: { reason: body.reason, until: body.until, centre: body.centre ?? null },
      },
    };
  });
}

/** DELETE: the centre's deferral no longer holds (the donor's own answers decide again). */
export function clearCentreDeferral(db: Db, actor: Actor, donorId: string): Promise<DonorView> {
  return runDonorAction(db, actor, donorId, 'recordCentreDeferral', (_tx, row) => ({
    set: { centreDeferralReason: null, centreDeferralUntil: null },
    event: {
      type: 'centre_deferral',
      details: {
        cleared: true,
        previous: row.centreDeferralReason
          ? { reason: row.centreDeferralReason, until: row.centreDeferralUntil }
          : null,
      },
    },
  }));
}
