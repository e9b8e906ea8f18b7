import type { DonorView, VerificationCallBody } from '../../../shared/contracts/donors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { runDonorAction } from './donor-action.js';

/** A call made to verify the donor: who picked up and what was said, in their history. */
export function logVerificationCall(
  db: Db,
  actor: Actor,
  donorId: string,
  body: VerificationCallBody,
): Promise<DonorView> {
  return runDonorAction(db, actor, donorId, 'logCall', () => ({
    set: {},
    event: { type: 'verification_call', details: { outcome: body.outcome, notes: body.notes ?? null } },
  }));
}
