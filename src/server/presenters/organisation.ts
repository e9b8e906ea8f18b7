import { count, inArray, sql } from 'drizzle-orm';
import type { OrganisationView } from '../../shared/contracts/organisations.js';
import { canAddMembersTo, canUpdateOrganisation, type Actor } from '../../shared/permissions.js';
import type { DbOrTx } from '../db/client.js';
import type { organisations } from '../db/schema/index.js';
import { districts, memberships } from '../db/schema/index.js';

type OrganisationRow = typeof organisations.$inferSelect;

export async function presentOrganisations(
  db: DbOrTx,
  actor: Actor,
  rows: OrganisationRow[],
): Promise<OrganisationView[]> {
  if (rows.length === 0) return [];
  const codes = [...new Set(rows.flatMap((r) => r.districts))];
  const names = await db
    .select({ code: districts.code, name: districts.name, nameHi: districts.nameHi })
    .from(districts)
    .where(inArray(districts.code, codes));
  const byCode = new Map(names.map((d) => [d.code, d]));
  const counts = await db
    .select({ organisationId: memberships.organisationId, n: count(sql`distinct ${memberships.userId}`) })
    .from(memberships)
    .where(
      inArray(
        memberships.organisationId,
        rows.map((r) => r.id),
      ),
    )
    .groupBy(memberships.organisationId);
  const countById = new Map(counts.map((c) => [c.organisationId, c.n]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    districts: r.districts.map((code) => byCode.get(code) ?? { code, name: code, nameHi: code }),
    memberCount: countById.get(r.id) ?? 0,
    createdAt: r.createdAt.toISOString(),
    can: { update: canUpdateOrganisation(actor), addMembers: canAddMembersTo(actor, r.id) },
  }));
}
