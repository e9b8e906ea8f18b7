import { desc, eq, sql } from 'drizzle-orm';
import type { OutboundView } from '../../../shared/contracts/channels.js';
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

/** A number compared however its channel writes it (+91…, 91…, 0…). */
const lastTenDigits = (address: string): string => address.replace(/\D/g, '').slice(-10);

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
  // Revealing the case shows the case's own numbers: a message to anyone else (a donor asked for blood, a
  // coordinator alerted) keeps its number masked, as that person's own record does until it is revealed there.
  const caseNumbers = new Set(row.requesterPhones.map(lastTenDigits));
  return rows.map((r) =>
    presentOutbound(r.message, {
      revealed: revealed && caseNumbers.has(lastTenDigits(r.message.toAddress)),
      mayResend: mayResend && !r.resent,
    }),
  );
}
