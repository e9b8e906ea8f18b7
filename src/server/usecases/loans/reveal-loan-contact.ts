// Shows the patient's and borrower's numbers to the person who will call them, recorded in the audit log; like a
// case's or a donor's numbers, they stay shown for a while, and asking again meanwhile records nothing new.
import { eq } from 'drizzle-orm';
import type { LoanDetail } from '../../../shared/contracts/loans.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { loans } from '../../db/schema/index.js';
import { revealedUntil } from '../../domain/privacy/reveal.js';
import { notFound } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { lastLoanReveal, presentLoanFor } from './get-loan.js';
import { lockLoanFor } from './loan-action.js';

export async function revealLoanContact(db: Db, actor: Actor, loanId: string, ip: string | null): Promise<LoanDetail> {
  await db.transaction(async (tx) => {
    const { row } = await lockLoanFor(tx, actor, loanId, 'revealContact');
    if (revealedUntil(await lastLoanReveal(tx, row.id, actor.userId), new Date())) return;
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: 'loan.contact_revealed',
      subjectType: 'loan',
      subjectId: row.id,
      organisationIds: [row.organisationId],
      ip,
    });
  });
  const [row] = await db.select().from(loans).where(eq(loans.id, loanId));
  if (!row) throw notFound();
  return presentLoanFor(db, actor, row);
}
