// Claim ("I'm calling"), release and complete a missed-call item. A claim holds it for one operator for
// `callbackHoldMinutes`; after that anyone may take it, so a person who called is never left waiting.
import { eq, sql } from 'drizzle-orm';
import { caseAccess } from '../../domain/cases/abilities.js';
import type { CallbackOutcome, CallbackStatus } from '../../../shared/enums.js';
import { callbackAbilities } from '../../domain/channels/callback-abilities.js';
import type { CallbackView } from '../../../shared/contracts/channels.js';
import { canWorkOrganisationDesk } from '../../../shared/channel-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db, type Tx } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { callbackHoldMinutes } from '../../domain/channels/callback-hold.js';
import { listCallbacks } from './list-callbacks.js';

type Work = { type: 'claim' } | { type: 'release' } | { type: 'complete'; outcome: CallbackOutcome; caseId?: string };

export async function workCallback(
  db: Db,
  actor: Actor,
  id: string,
  work: Work,
  ip: string | null = null,
): Promise<CallbackView> {
  await db.transaction(async (tx) => {
    const row = await lockCallback(tx, actor, id);
    const verdict = callbackAbilities(
      actor.userId,
      {
        status: row.status as CallbackStatus,
        claimedById: row.claimed_by_id,
        claimedAt: row.claimed_at === null ? null : new Date(row.claimed_at),
      },
      new Date(),
    )[work.type];
    if (verdict === 'done') throw new AppError('invalid_transition', { reasonKey: 'callback.already_done' });
    if (verdict === 'taken') throw new AppError('callback_taken', { minutes: callbackHoldMinutes });
    if (verdict === 'not_holder') throw forbidden();
    if (work.type === 'claim') {
      await tx.execute(sql`update callbacks set status = 'calling', claimed_by_id = ${actor.userId}::uuid,
        claimed_at = now() where id = ${id}::uuid`);
      // Saying "I'm calling" shows the caller's number to this person: recorded like every other number shown.
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        action: 'callback.claimed',
        subjectType: 'callback',
        subjectId: id,
        organisationIds: [row.organisation_id],
        ip,
      });
    } else if (work.type === 'release') {
      await tx.execute(sql`update callbacks set status = 'open', claimed_by_id = null, claimed_at = null
        where id = ${id}::uuid`);
    } else {
      if (work.caseId !== undefined) await assertCaseVisible(tx, actor, work.caseId);
      await tx.execute(sql`update callbacks set status = 'done', outcome = ${work.outcome},
        case_id = ${work.caseId ?? null}::uuid, done_at = now(), done_by_id = ${actor.userId}::uuid,
        claimed_by_id = coalesce(claimed_by_id, ${actor.userId}::uuid), claimed_at = coalesce(claimed_at, now())
        where id = ${id}::uuid`);
    }
  });
  const [view] = await listCallbacks(db, actor, { status: 'open', limit: 1, id });
  if (!view) throw notFound();
  return view;
}

/** A callback is linked only to a case its worker may see; a missing one and a hidden one answer alike. */
async function assertCaseVisible(tx: Tx, actor: Actor, caseId: string): Promise<void> {
  const [found] = await tx.select().from(cases).where(eq(cases.id, caseId));
  if (!found || caseAccess(actor, found) === 'none') {
    throw new AppError('validation_failed', { count: 1 }, [{ field: 'caseId', code: 'unknown_case' }]);
  }
}

async function lockCallback(tx: Tx, actor: Actor, id: string) {
  const rows = rowsOf<{
    organisation_id: string;
    status: string;
    claimed_by_id: string | null;
    claimed_at: string | Date | null;
  }>(
    await tx.execute(sql`select organisation_id, status, claimed_by_id, claimed_at from callbacks
      where id = ${id}::uuid for update`),
  );
  const row = rows[0];
  if (!row || !canWorkOrganisationDesk(actor, row.organisation_id)) throw notFound();
  return row;
}
