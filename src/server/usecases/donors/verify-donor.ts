import type { DonorView, VerifyDonorBody } from '../../../shared/contracts/donors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { AppError, type FieldError } from '../../errors.js';
import { runDonorAction } from './donor-action.js';

/**
 * Marks the donor verified with the identity document seen. The rules must not be assuming anything any more, so
 * their sex, date of birth and weight are on record first (a WhatsApp donor gives them on the verification call).
 */
export function verifyDonor(db: Db, actor: Actor, donorId: string, body: VerifyDonorBody): Promise<DonorView> {
  return runDonorAction(db, actor, donorId, 'verify', (_tx, row, now) => {
    const missing: FieldError[] = [];
    if (row.sex === null) missing.push({ field: 'sex', code: 'required' });
    if (row.dateOfBirth === null) missing.push({ field: 'dateOfBirth', code: 'required' });
    if (row.weightBand === null && row.weightKg === null) missing.push({ field: 'weightBand', code: 'required' });
    if (missing.length > 0) throw new AppError('validation_failed', { count: missing.length }, missing);
    return {
      set: { verifiedAt: now, verifiedById: actor.userId, idSeen: body.idSeen },
      event: { type: 'verified', details: { idSeen: body.idSeen } },
    };
  });
}
