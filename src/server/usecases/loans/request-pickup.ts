// A pick-up: the borrower asked for the device to be collected (a call, or `RETURN <ref>`: return-by-message.ts),
// optionally given to a person of the organisation. Asked again, only the assignee changes.
import { eq, sql } from 'drizzle-orm';
import type { LoanDetail, PickupBody } from '../../../shared/contracts/loans.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db, type DbOrTx } from '../../db/client.js';
import { loans } from '../../db/schema/index.js';
import { notFound } from '../../errors.js';
import type { LoanRow } from '../../presenters/loan.js';
import { recordLoanEvent, runLoanAction } from './loan-action.js';

/** Records the pick-up request on a locked active loan (the operator's or the borrower's). */
export async function markPickupRequested(
  tx: DbOrTx,
  row: LoanRow,
  request: {
    via: 'message' | 'operator';
    actorId: string | null;
    assigneeId: string | null;
    note?: string | undefined;
  },
  now: Date,
): Promise<void> {
  await tx
    .update(loans)
    .set({
      pickupRequestedAt: row.pickupRequestedAt ?? now,
      pickupAssigneeId: request.assigneeId ?? row.pickupAssigneeId,
      updatedAt: now,
    })
    .where(eq(loans.id, row.id));
  await recordLoanEvent(tx, row, {
    type: 'pickup_requested',
    actorId: request.actorId,
    at: now,
    details: {
      via: request.via,
      ...(request.assigneeId ? { assigneeId: request.assigneeId } : {}),
      ...(request.note ? { note: request.note } : {}),
    },
  });
}

export async function requestPickup(db: Db, actor: Actor, loanId: string, input: PickupBody): Promise<LoanDetail> {
  return runLoanAction(db, actor, loanId, 'requestPickup', async (tx, row, _policy, now) => {
    if (input.assigneeId) {
      const member = rowsOf<{ id: string }>(
        await tx.execute(sql`select m.user_id as id from memberships m
          where m.user_id = ${input.assigneeId}::uuid and m.organisation_id = ${row.organisationId}::uuid limit 1`),
      );
      if (member.length === 0) throw notFound();
    }
    await markPickupRequested(
      tx,
      row,
      { via: 'operator', actorId: actor.userId, assigneeId: input.assigneeId, note: input.note },
      now,
    );
  });
}
