import type { ConfirmGroupBody, DonorView } from '../../../shared/contracts/donors.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { runDonorAction } from './donor-action.js';

/** The group a blood centre found: replaces the donor's own word, and no later self-registration changes it. */
export function confirmGroup(db: Db, actor: Actor, donorId: string, body: ConfirmGroupBody): Promise<DonorView> {
  return runDonorAction(db, actor, donorId, 'confirmGroup', (_tx, row, now) => ({
    set: {
      bloodGroup: body.bloodGroup,
      groupConfirmedAt: now,
      groupConfirmedById: actor.userId,
      groupConfirmedCentre: body.centre,
    },
    event: {
      type: 'group_confirmed',
      details: { bloodGroup: body.bloodGroup, previous: row.bloodGroup, centre: body.centre },
    },
  }));
}
