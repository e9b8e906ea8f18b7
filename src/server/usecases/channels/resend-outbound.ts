// A reply that never arrived (cut off by a crash, or refused until the retries ran out) can be sent once more from
// the case: a copy is queued with its own key, so two clicks — or two operators — queue it once.
import { and, eq, sql } from 'drizzle-orm';
import type { OutboundView } from '../../../shared/contracts/channels.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db } from '../../db/client.js';
import { outbox } from '../../db/schema/index.js';
import { AppError, notFound } from '../../errors.js';
import { caseChange, type CaseBus } from '../../events/case-bus.js';
import { lockCaseFor, recordCaseEvent } from '../cases/case-context.js';
import { queueOutboundCtes } from './enqueue-outbound.js';
import { listCaseOutbound, resendKey } from './list-case-outbound.js';
import { outboundSignal } from '../../infrastructure/outbound-signal.js';

export async function resendOutbound(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  outboxId: string,
): Promise<OutboundView[]> {
  const row = await deps.db.transaction(async (tx) => {
    const locked = await lockCaseFor(tx, actor, caseId, 'resend');
    const [failed] = await tx
      .select()
      .from(outbox)
      .where(and(eq(outbox.id, outboxId), eq(outbox.caseId, caseId)))
      .for('update');
    if (!failed) throw notFound();
    if (failed.state !== 'failed' || !failed.accountId) {
      throw new AppError('invalid_transition', { reasonKey: 'outbound.resend_not_failed' });
    }
    const now = new Date();
    const queued = rowsOf<{ state: string }>(
      await tx.execute(
        sql`with ${queueOutboundCtes(
          [
            {
              accountId: failed.accountId,
              organisationId: failed.organisationId,
              provider: failed.provider,
              channel: failed.channel,
              to: failed.toAddress,
              language: failed.language,
              template: failed.template,
              body: failed.body,
              purpose: failed.purpose,
              caseId,
              recipientUserId: failed.recipientUserId,
              dedupeKey: resendKey(failed.id),
            },
          ],
          now,
        )} select state from queued`,
      ),
    );
    const copy = queued[0];
    if (!copy) throw new AppError('invalid_transition', { reasonKey: 'outbound.resend_already' });
    await recordCaseEvent(tx, {
      caseId,
      actorId: actor.userId,
      type: 'message_resent',
      after: { channel: failed.channel, purpose: failed.purpose, state: copy.state },
    });
    if (copy.state === 'pending') outboundSignal.emit('message');
    return locked;
  });
  deps.bus?.publish(caseChange(row));
  return listCaseOutbound(deps.db, actor, caseId);
}
