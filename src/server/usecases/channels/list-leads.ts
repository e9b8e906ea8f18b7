import { sql } from 'drizzle-orm';
import type { LeadView } from '../../../shared/contracts/channels.js';
import { canWorkOrganisationDesk, deskOrganisations } from '../../../shared/channel-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import { scopeCondition } from '../../db/scope-condition.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { forbidden } from '../../errors.js';
import { maskAddress, maskNumbersInText } from '../../domain/privacy/masking.js';
import { revealedUntil } from '../../domain/privacy/reveal.js';
import { districtDirectory } from '../../db/queries/districts.js';

interface Row {
  id: string;
  organisation_id: string;
  kind: LeadView['kind'];
  channel: LeadView['channel'];
  from_address: string;
  from_name: string | null;
  text: string | null;
  understood: { resources?: string[] } | null;
  district_code: string | null;
  status: LeadView['status'];
  reviewed_by_id: string | null;
  reviewed_by_name: string | null;
  reviewed_at: string | Date | null;
  review_note: string | null;
  created_at: string | Date;
  flagged: boolean;
  revealed_at: string | Date | null;
}

export async function listLeads(
  db: DbOrTx,
  actor: Actor,
  query: { status?: LeadView['status']; kind?: LeadView['kind'] | undefined; limit: number; id?: string },
): Promise<LeadView[]> {
  const orgs = deskOrganisations(actor);
  if (orgs !== null && orgs.length === 0) throw forbidden();
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select l.id, l.organisation_id, l.kind, l.channel, l.from_address, l.from_name, l.text, l.understood,
        l.district_code, l.status, l.reviewed_by_id, u.name as reviewed_by_name, l.reviewed_at, l.review_note,
        l.created_at, exists (select 1 from flagged_phones f where f.phone = l.from_address) as flagged,
        (select max(a.at) from audit_events a where a.action = 'lead.contact_revealed' and a.subject_id = l.id::text
          and a.actor_id = ${actor.userId}::uuid) as revealed_at
      from leads l left join users u on u.id = l.reviewed_by_id
      where ${scopeCondition(scopeFor(actor, 'desk'), { organisationId: sql`l.organisation_id`, districtCode: sql`l.district_code` }, 'read') ?? sql`true`}
        and ${query.id ? sql`l.id = ${query.id}::uuid` : sql`l.status = ${query.status ?? 'unverified'}`}
        and ${query.kind ? sql`l.kind = ${query.kind}` : sql`true`}
      order by l.created_at desc limit ${query.limit}`),
  );
  const districts = await districtDirectory(db);
  const now = new Date();
  return rows.map((r) => {
    const mayWork = canWorkOrganisationDesk(actor, r.organisation_id, r.district_code);
    // The same rule as a case's numbers (domain/privacy): masked until this reader revealed them, for a while.
    const shownUntil = mayWork ? revealedUntil(r.revealed_at === null ? null : new Date(r.revealed_at), now) : null;
    const district = r.district_code ? districts.get(r.district_code) : undefined;
    return {
      id: r.id,
      organisationId: r.organisation_id,
      kind: r.kind,
      channel: r.channel,
      fromAddress: shownUntil ? r.from_address : maskAddress(r.from_address),
      revealedUntil: shownUntil?.toISOString() ?? null,
      fromName: r.from_name,
      text: shownUntil || r.text === null ? r.text : maskNumbersInText(r.text),
      resources: r.understood?.resources ?? [],
      district: district ? { code: district.code, name: district.name, nameHi: district.nameHi } : null,
      status: r.status,
      reviewedBy: r.reviewed_by_id && r.reviewed_by_name ? { id: r.reviewed_by_id, name: r.reviewed_by_name } : null,
      reviewedAt: r.reviewed_at === null ? null : new Date(r.reviewed_at).toISOString(),
      reviewNote: r.review_note,
      createdAt: new Date(r.created_at).toISOString(),
      flagged: r.flagged,
      can: { review: mayWork, revealContact: mayWork },
    };
  });
}
