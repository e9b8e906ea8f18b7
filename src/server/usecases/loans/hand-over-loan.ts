// The hand-over: who delivered (a person of the organisation, or a named volunteer or police driver) and when. The
// minutes from the person's first message on the case to this moment are kept as they are now (the seeds' "half an
// hour"), and the due date counts from the hand-over.
import { eq } from 'drizzle-orm';
import type { HandOverBody, LoanDetail } from '../../../shared/contracts/loans.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db } from '../../db/client.js';
import { sql } from 'drizzle-orm';
import { cases, loans } from '../../db/schema/index.js';
import { minutesToHandOver } from '../../domain/lending/handover-time.js';
import { dueOn } from '../../domain/lending/loan-schedule.js';
import { daysFromTo } from '../../domain/lending/loan-schedule.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { notFound } from '../../errors.js';
import { recordCaseEvent } from '../cases/case-context.js';
import { recordLoanEvent, runLoanAction } from './loan-action.js';

export async function handOverLoan(db: Db, actor: Actor, loanId: string, input: HandOverBody): Promise<LoanDetail> {
  return runLoanAction(db, actor, loanId, 'handOver', async (tx, row, _policy, now) => {
    if (input.byUserId) {
      const member = rowsOf<{ id: string }>(
        await tx.execute(sql`select m.user_id as id from memberships m
          where m.user_id = ${input.byUserId}::uuid and m.organisation_id = ${row.organisationId}::uuid limit 1`),
      );
      if (member.length === 0) throw notFound();
    }
    const at = new Date(input.at);
    const [kase] = await tx
      .select({ firstMessageAt: cases.firstMessageAt })
      .from(cases)
      .where(eq(cases.id, row.caseId));
    const firstMessageAt = kase?.firstMessageAt ?? row.firstMessageAt;
    const minutes = minutesToHandOver(firstMessageAt, at);
    // The loan's length is kept: the due date moves with the day it really started.
    const length = daysFromTo(kolkataDay(row.lentAt), row.dueOn);
    const due = row.extensions === 0 ? dueOn(at, length) : row.dueOn;
    await tx
      .update(loans)
      .set({
        handedOverAt: at,
        handedOverById: input.byUserId,
        handedOverByName: input.byName,
        firstMessageAt,
        minutesToHandOver: minutes,
        dueOn: due,
        remindersSent: due === row.dueOn ? row.remindersSent : [],
        updatedAt: now,
      })
      .where(eq(loans.id, row.id));
    await recordLoanEvent(tx, row, {
      type: 'handed_over',
      actorId: actor.userId,
      at: now,
      details: { by: input.byName ?? input.byUserId, at: at.toISOString(), minutesToHandOver: minutes },
    });
    await recordCaseEvent(tx, {
      caseId: row.caseId,
      actorId: actor.userId,
      type: 'loan_handed_over',
      after: { loanId: row.id, reference: row.reference, handedOverAt: at.toISOString(), minutesToHandOver: minutes },
      at: now,
    });
  });
}
