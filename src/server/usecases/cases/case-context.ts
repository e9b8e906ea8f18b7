// What every case action needs: the case row locked for the change, the scope check, the event record
// and the "someone touched it" bookkeeping, all inside the caller's transaction.
import { eq, sql } from 'drizzle-orm';
import type { CaseEventType, CaseStatus, CloseReason } from '../../../shared/enums.js';
import { canReadCase, canUseDesk, canWorkCase } from '../../../shared/case-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import type { Db, DbOrTx, Tx } from '../../db/client.js';
import type { CaseBus } from '../../events/case-bus.js';
import { getCase } from './get-case.js';
import { caseEvents, cases } from '../../db/schema/index.js';
import { forbidden, notFound } from '../../errors.js';
import { notifyRequester } from '../channels/notify-requester.js';

export type CaseRow = typeof cases.$inferSelect;

/** Loads and locks a case the actor may work; "not found" when they may not even see it. */
export async function lockCaseForWork(tx: DbOrTx, actor: Actor, caseId: string): Promise<CaseRow> {
  if (!canUseDesk(actor)) throw forbidden();
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
  if (!row || !canReadCase(actor, row)) throw notFound();
  if (!canWorkCase(actor, row)) throw forbidden();
  return row;
}

export async function recordCaseEvent(
  tx: DbOrTx,
  event: {
    caseId: string;
    actorId: string | null;
    type: CaseEventType;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
    note?: string | null;
    at?: Date;
  },
): Promise<void> {
  const [inserted] = await tx
    .insert(caseEvents)
    .values({
      caseId: event.caseId,
      actorId: event.actorId,
      type: event.type,
      before: event.before ?? null,
      after: event.after ?? null,
      note: event.note ?? null,
      ...(event.at ? { at: event.at } : {}),
    })
    .returning({ id: caseEvents.id });
  // The requester hears of a status change in the same transaction that makes it (a queued message, sent later).
  const status = event.after?.status as CaseStatus | undefined;
  if (event.type === 'status_changed' && status && inserted) {
    await notifyRequester(
      tx,
      event.caseId,
      { to: status, closeReason: (event.after?.closeReason as CloseReason | undefined) ?? null },
      inserted.id.toString(),
    );
  }
}

/**
 * Bumps the version and, when the actor holds the claim, keeps the claim alive. The first action that
 * reaches the person (a call, leaving `new`) counts as the first response.
 */
export async function touchCase(
  tx: DbOrTx,
  row: CaseRow,
  actor: Actor,
  changes: Partial<typeof cases.$inferInsert> = {},
  options: { isResponse?: boolean } = {},
): Promise<void> {
  const now = new Date();
  await tx
    .update(cases)
    .set({
      ...changes,
      ...(row.assigneeId === actor.userId ? { assigneeActiveAt: now } : {}),
      ...(options.isResponse && !row.firstResponseAt ? { firstResponseAt: now } : {}),
      version: sql`${cases.version} + 1`,
      updatedAt: now,
    })
    .where(eq(cases.id, row.id));
}

/**
 * Runs one action on one case: lock and check it, let `change` write (and record its event) in the
 * same transaction, then tell live views and return the case as the actor now sees it.
 */
export async function runCaseAction(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  change: (tx: Tx, row: CaseRow) => Promise<void>,
): Promise<CaseDetail> {
  const row = await deps.db.transaction(async (tx) => {
    const locked = await lockCaseForWork(tx, actor, caseId);
    await change(tx, locked);
    return locked;
  });
  deps.bus?.publish({ id: row.id, reference: row.reference, districtCode: row.districtCode });
  return getCase(deps.db, actor, caseId);
}
