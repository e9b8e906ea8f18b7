import { desc, eq, sql } from 'drizzle-orm';
import type { OutboundView } from '../../../shared/contracts/channels.js';
import type { OutboundPurpose } from '../../../shared/enums.js';
import { caseAccess } from '../../domain/cases/abilities.js';
import { abilitiesFor } from '../cases/case-context.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { cases, outbox } from '../../db/schema/index.js';
import { revealedUntil } from '../../domain/privacy/reveal.js';
import { canUseDesk } from '../../../shared/case-permissions.js';
import { forbidden, notFound } from '../../errors.js';
import { lastContactReveal } from '../../db/queries/last-contact-reveal.js';
import { presentOutbound } from '../../presenters/outbound.js';

/** What a case sends its requester; everything else it sends goes to other people. */
const toRequester: ReadonlySet<OutboundPurpose> = new Set(['reply', 'case_update']);

/** The key of the one copy a failed message may be sent again as. */
export const resendKey = (outboxId: string): string => `resend:${outboxId}`;

/** What the app sent about a case (replies, updates), for whoever may read the case, masked as on the case page. */
export async function listCaseOutbound(db: DbOrTx, actor: Actor, caseId: string): Promise<OutboundView[]> {
  if (!canUseDesk(actor)) throw forbidden();
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!row || caseAccess(actor, row) === 'none') throw notFound();
  const [rows, lastReveal] = await Promise.all([
    db
      .select({
        message: outbox,
        resent: sql<boolean>`exists (select 1 from outbox r where r.dedupe_key = 'resend:' || ${outbox.id}::text)`,
      })
      .from(outbox)
      .where(eq(outbox.caseId, caseId))
      .orderBy(desc(outbox.createdAt))
      .limit(100),
    lastContactReveal(db, caseId, actor.userId),
  ]);
  const abilities = await abilitiesFor(db, actor, row);
  const revealed = abilities.revealContact === true && revealedUntil(lastReveal, new Date()) !== null;
  const mayResend = abilities.resend === true;
  // Revealing the case shows the requester's own address (a phone, or a Messenger or X account): a message to
  // anyone else (a donor asked for blood, a coordinator alerted) keeps its number masked, as that person's own
  // record does until it is revealed there.
  return rows.map((r) =>
    presentOutbound(r.message, {
      revealed: revealed && toRequester.has(r.message.purpose),
      mayResend: mayResend && !r.resent,
    }),
  );
}
