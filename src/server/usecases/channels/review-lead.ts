import { sql } from 'drizzle-orm';
import type { LeadView } from '../../../shared/contracts/channels.js';
import { canWorkOrganisationDesk } from '../../../shared/channel-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db } from '../../db/client.js';
import { notFound } from '../../errors.js';
import { listLeads } from './list-leads.js';

export async function reviewLead(
  db: Db,
  actor: Actor,
  id: string,
  input: { status: 'verified' | 'rejected'; note?: string | undefined },
): Promise<LeadView> {
  await db.transaction(async (tx) => {
    const rows = rowsOf<{ organisation_id: string; district_code: string | null }>(
      await tx.execute(sql`select organisation_id, district_code from leads where id = ${id}::uuid for update`),
    );
    const row = rows[0];
    if (!row || !canWorkOrganisationDesk(actor, row.organisation_id, row.district_code)) throw notFound();
    await tx.execute(sql`update leads set status = ${input.status}, reviewed_by_id = ${actor.userId}::uuid,
      reviewed_at = now(), review_note = ${input.note ?? null} where id = ${id}::uuid`);
  });
  const [view] = await listLeads(db, actor, { limit: 1, id });
  if (!view) throw notFound();
  return view;
}
