import { desc, eq } from 'drizzle-orm';
import type { OutboundView } from '../../../shared/contracts/channels.js';
import { canReadCase } from '../../../shared/case-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { cases, outbox } from '../../db/schema/index.js';
import { notFound } from '../../errors.js';
import { presentOutbound } from './present-outbound.js';

/** What the app sent about a case (replies, updates), for whoever may read the case. */
export async function listCaseOutbound(db: Db, actor: Actor, caseId: string): Promise<OutboundView[]> {
  const [row] = await db
    .select({ districtCode: cases.districtCode, organisationId: cases.organisationId })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!row || !canReadCase(actor, row)) throw notFound();
  const rows = await db
    .select()
    .from(outbox)
    .where(eq(outbox.caseId, caseId))
    .orderBy(desc(outbox.createdAt))
    .limit(100);
  return rows.map(presentOutbound);
}
