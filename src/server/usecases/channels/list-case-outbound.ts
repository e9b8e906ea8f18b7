import { desc, eq, sql } from 'drizzle-orm';
import type { OutboundView } from '../../../shared/contracts/channels.js';
import { canReadCase, canWorkCase } from '../../../shared/case-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { cases, outbox } from '../../db/schema/index.js';
import { revealedUntil } from '../../domain/privacy/reveal.js';
import { notFound } from '../../errors.js';
import { lastContactReveal } from '../cases/last-contact-reveal.js';
import { presentOutbound } from './present-outbound.js';

/** The key of the one copy a failed message may be sent again as. */
export const resendKey = (outboxId: string): string => `resend:${outboxId}`;

/** What the app sent about a case (replies, updates), for whoever may read the case, masked as on the case page. */
export async function listCaseOutbound(db: DbOrTx, actor: Actor, caseId: string): Promise<OutboundView[]> {
  const [row] = await db
    .select({ districtCode: cases.districtCode, organisationId: cases.organisationId })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!row || !canReadCase(actor, row)) throw notFound();
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
  const works = canWorkCase(actor, row);
  const revealed = works && revealedUntil(lastReveal, new Date()) !== null;
  return rows.map((r) => presentOutbound(r.message, { revealed, mayResend: works && !r.resent }));
}
