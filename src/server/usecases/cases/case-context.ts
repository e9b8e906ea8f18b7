// What every case action needs: the case row locked for the change, the scope check, the event record
// and the "someone touched it" bookkeeping, all inside the caller's transaction.
import { eq, sql } from 'drizzle-orm';
import type { CaseEventType, CaseStatus, CloseReason } from '../../../shared/enums.js';
import { canUseDesk } from '../../../shared/case-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import type { Db, DbOrTx, Tx } from '../../db/client.js';
import { caseChange, type CaseBus } from '../../events/case-bus.js';
import { caseAbilities, type CaseAbilities, type CaseAbility, type CaseRefusal } from '../../domain/cases/abilities.js';
import { getCase } from './get-case.js';
import { caseEvents, cases } from '../../db/schema/index.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { notifyRequester } from '../channels/notify-requester.js';
import { deskPolicyFor } from '../../db/queries/desk-policies.js';

export type CaseRow = typeof cases.$inferSelect;

const refusalErrors: Record<CaseRefusal, () => AppError> = {
  not_visible: notFound,
  forbidden,
  closed: () => new AppError('case_closed'),
  claimed_by_other: () => new AppError('already_claimed'),
};

/** Throws the error that says why an ability is refused ("not found" for a case outside one's scope). */
export function requireAbility(abilities: CaseAbilities, ability: CaseAbility): void {
  const verdict = abilities[ability];
  if (verdict !== true) throw refusalErrors[verdict]();
}

/** What the actor may do with this case now (their claim's idle time comes from the owner's desk policy). */
export async function abilitiesFor(tx: DbOrTx, actor: Actor, row: CaseRow, now = new Date()): Promise<CaseAbilities> {
  const policy = await deskPolicyFor(tx, row.organisationId);
  return caseAbilities(actor, row, { claimIdleMinutes: policy.claimIdleMinutes, now });
}

/**
 * Loads and locks a case for one action, refused unless the actor may take it: "not found" when they may not even
 * see the case, else the reason (not allowed, closed, claimed by someone else).
 */
export async function lockCaseFor(tx: DbOrTx, actor: Actor, caseId: string, ability: CaseAbility): Promise<CaseRow> {
  if (!canUseDesk(actor)) throw forbidden();
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
  if (!row) throw notFound();
  requireAbility(await abilitiesFor(tx, actor, row), ability);
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
  ability: CaseAbility,
  change: (tx: Tx, row: CaseRow) => Promise<void>,
): Promise<CaseDetail> {
  const row = await deps.db.transaction(async (tx) => {
    const locked = await lockCaseFor(tx, actor, caseId, ability);
    await change(tx, locked);
    return locked;
  });
  deps.bus?.publish(caseChange(row));
  return getCase(deps.db, actor, caseId);
}
