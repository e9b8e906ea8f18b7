import { and, eq } from 'drizzle-orm';
import type { CaseDetail, TransitionBody } from '../../../shared/contracts/cases.js';
import { caseAccess } from '../../domain/cases/abilities.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';
import { checkTransition } from '../../domain/cases/status-machine.js';
import { AppError } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { recordCaseEvent, runCaseAction, touchCase } from './case-context.js';

export async function transitionCase(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  input: TransitionBody,
): Promise<CaseDetail> {
  return runCaseAction(deps, actor, caseId, 'transition', async (tx, row) => {
    const refusal = checkTransition({
      from: row.status,
      to: input.to,
      wasVerified: row.wasVerified,
      closeReason: input.closeReason,
      duplicateOf: input.duplicateOf,
      reason: input.reason,
    });
    if (refusal) {
      throw new AppError('invalid_transition', { from: row.status, to: input.to, reasonKey: `transition.${refusal}` });
    }
    if (input.to === 'closed' && input.closeReason === 'duplicate') {
      await assertDuplicateTarget(tx, actor, row.id, input.duplicateOf as string);
    }
    const now = new Date();
    const closing = input.to === 'closed';
    const reopening = row.status === 'closed' || row.status === 'fulfilled';
    await touchCase(
      tx,
      row,
      actor,
      {
        status: input.to,
        closeReason: closing ? (input.closeReason ?? null) : null,
        duplicateOfId: closing && input.closeReason === 'duplicate' ? (input.duplicateOf ?? null) : null,
        closedAt: closing ? now : null,
        fulfilledAt: input.to === 'fulfilled' ? now : reopening ? null : row.fulfilledAt,
        wasVerified: row.wasVerified || input.to === 'verified',
      },
      { isResponse: row.status === 'new' && input.to !== 'closed' },
    );
    await recordCaseEvent(tx, {
      caseId: row.id,
      actorId: actor.userId,
      type: 'status_changed',
      before: { status: row.status, closeReason: row.closeReason },
      after: {
        status: input.to,
        ...(input.closeReason ? { closeReason: input.closeReason } : {}),
        ...(input.duplicateOf ? { duplicateOf: input.duplicateOf } : {}),
      },
      note: input.reason ?? null,
    });
  });
}

async function assertDuplicateTarget(
  tx: Parameters<Parameters<Db['transaction']>[0]>[0],
  actor: Actor,
  caseId: string,
  targetId: string,
): Promise<void> {
  if (targetId === caseId) {
    throw new AppError('invalid_transition', { reasonKey: 'transition.duplicate_of_self' });
  }
  const [target] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.id, targetId)));
  if (!target || caseAccess(actor, target) === 'none') {
    throw new AppError('invalid_transition', { reasonKey: 'transition.duplicate_of_unknown' });
  }
}
