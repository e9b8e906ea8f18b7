import { sql } from 'drizzle-orm';
import type { LeadView } from '../../../shared/contracts/channels.js';
import { canWorkOrganisationDesk } from '../../../shared/channel-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db } from '../../db/client.js';
import { revealedUntil } from '../../domain/privacy/reveal.js';
import { notFound } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { listLeads } from './list-leads.js';

/**
 * Shows a lead's number to the desk worker who will call to verify it, recorded in the audit log; like a case's
 * numbers, a reveal lasts a while for that person and asking again meanwhile records nothing new.
 */
export async function revealLeadContact(db: Db, actor: Actor, id: string, ip: string | null): Promise<LeadView> {
  await db.transaction(async (tx) => {
    const lead = rowsOf<{ organisation_id: string; district_code: string | null; revealed_at: string | Date | null }>(
      await tx.execute(sql`select l.organisation_id, l.district_code,
          (select max(a.at) from audit_events a where a.action = 'lead.contact_revealed' and a.subject_id = l.id::text
            and a.actor_id = ${actor.userId}::uuid) as revealed_at
        from leads l where l.id = ${id}::uuid for update`),
    )[0];
    if (!lead || !canWorkOrganisationDesk(actor, lead.organisation_id, lead.district_code)) throw notFound();
    if (revealedUntil(lead.revealed_at === null ? null : new Date(lead.revealed_at), new Date())) return;
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: 'lead.contact_revealed',
      subjectType: 'lead',
      subjectId: id,
      organisationIds: [lead.organisation_id],
      ip,
    });
  });
  const [view] = await listLeads(db, actor, { limit: 1, id });
  if (!view) throw notFound();
  return view;
}
