import { sql } from 'drizzle-orm';
import type { LeadView } from '../../../shared/contracts/channels.js';
import { canWorkOrganisationDesk, deskOrganisations } from '../../../shared/channel-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db } from '../../db/client.js';
import { forbidden, notFound } from '../../errors.js';
import { listLeads } from './list-leads.js';

export async function reviewLead(
  db: Db,
  actor: Actor,
  id: string,
  input: { status: 'verified' | 'rejected'; note?: string | undefined },
): Promise<LeadView> {
  await db.transaction(async (tx) => {
    const rows = rowsOf<{ organisation_id: string }>(
      await tx.execute(sql`select organisation_id from leads where id = ${id}::uuid for update`),
    );
    const row = rows[0];
    const visible = deskOrganisations(actor);
    if (!row || (visible !== null && !visible.includes(row.organisation_id))) throw notFound();
    if (!canWorkOrganisationDesk(actor, row.organisation_id)) throw forbidden();
    await tx.execute(sql`update leads set status = ${input.status}, reviewed_by_id = ${actor.userId}::uuid,
      reviewed_at = now(), review_note = ${input.note ?? null} where id = ${id}::uuid`);
  });
  const [view] = await listLeads(db, actor, { limit: 1, id });
  if (!view) throw notFound();
  return view;
}
