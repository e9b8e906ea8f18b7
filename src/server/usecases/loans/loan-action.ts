// What every action on one loan needs: the row locked for it, the ability checked (out of reach → "not found", a
// rule → its problem in the caller's language), the change written with one loan_events row saying who did what and
// when, and the case timeline told where it should be — all in one transaction, so a refusal writes nothing.
import { eq } from 'drizzle-orm';
import type { LoanDetail } from '../../../shared/contracts/loans.js';
import type { LoanEventType } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db, DbOrTx, Tx } from '../../db/client.js';
import { lendingPolicyFor } from '../../db/queries/lending-policies.js';
import { loanEvents, loans } from '../../db/schema/index.js';
import { canUseLending, loanAbilities, type Abilities } from '../../domain/lending/abilities.js';
import type { LendingPolicy } from '../../domain/lending/lending-policy.js';
import { lendingProblem, type AnyLendingRefusal } from '../../domain/lending/refusals.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import type { LoanRow } from '../../presenters/loan.js';
import type { LoanCan } from '../../../shared/contracts/lending-can.js';
import { presentLoanFor } from './get-loan.js';

export type LoanAbility = keyof LoanCan;

/** The error a lending refusal is answered with (not_found, forbidden, or the family's 409 with its reason). */
export function lendingError(refusal: AnyLendingRefusal, params: Record<string, unknown> = {}): AppError {
  const problem = lendingProblem(refusal);
  if (problem.code === 'not_found') return notFound();
  if (problem.code === 'forbidden') return forbidden();
  return new AppError(problem.code, { reasonKey: problem.reasonKey, ...params });
}

/** Lending is for the desk of a health-scoped organisation (operators, coordinators, admins): others get 403. */
export function requireLending(actor: Actor): void {
  if (!canUseLending(actor)) throw forbidden();
}

/** The abilities of one loan row for the actor. */
export function abilitiesOfLoan(actor: Actor, row: LoanRow, policy: LendingPolicy): Abilities<LoanCan> {
  return loanAbilities(
    actor,
    {
      organisationId: row.organisationId,
      districtCode: row.districtCode,
      status: row.status,
      handedOverAt: row.handedOverAt,
      extensions: row.extensions,
      deposit: { amount: row.depositAmount, refunded: row.depositRefunded, deducted: row.depositDeducted },
    },
    policy,
  );
}

/** Loads and locks a loan for one action, refused unless the actor may take it. */
export async function lockLoanFor(
  tx: DbOrTx,
  actor: Actor,
  loanId: string,
  ability: LoanAbility,
): Promise<{ row: LoanRow; policy: LendingPolicy }> {
  requireLending(actor);
  const [row] = await tx.select().from(loans).where(eq(loans.id, loanId)).for('update');
  if (!row) throw notFound();
  const policy = await lendingPolicyFor(tx, row.organisationId);
  const verdict = abilitiesOfLoan(actor, row, policy)[ability];
  if (verdict !== true) throw lendingError(verdict, { max: policy.maxExtensions });
  return { row, policy };
}

export async function recordLoanEvent(
  tx: DbOrTx,
  loan: Pick<LoanRow, 'id' | 'organisationId'>,
  event: { type: LoanEventType; actorId: string | null; at: Date; details?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(loanEvents).values({
    loanId: loan.id,
    organisationId: loan.organisationId,
    type: event.type,
    actorId: event.actorId,
    at: event.at,
    details: event.details ?? {},
  });
}

/** Runs one action on one loan and returns the loan as the actor now sees it. */
export async function runLoanAction(
  db: Db,
  actor: Actor,
  loanId: string,
  ability: LoanAbility,
  change: (tx: Tx, row: LoanRow, policy: LendingPolicy, now: Date) => Promise<void>,
): Promise<LoanDetail> {
  const now = new Date();
  await db.transaction(async (tx) => {
    const { row, policy } = await lockLoanFor(tx, actor, loanId, ability);
    await change(tx, row, policy, now);
  });
  const [fresh] = await db.select().from(loans).where(eq(loans.id, loanId));
  if (!fresh) throw notFound();
  return presentLoanFor(db, actor, fresh);
}
