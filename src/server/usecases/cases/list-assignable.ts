import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { canUseDesk } from '../../../shared/case-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { cases, memberships, organisations, users } from '../../db/schema/index.js';
import { forbidden, notFound } from '../../errors.js';
import { effectiveMembershipDistricts } from '../../db/sql-helpers.js';
import { abilitiesFor, requireAbility } from './case-context.js';

/** People who may work this case: operators and coordinators of an organisation that owns it or was referred it. */
export async function assignableUserIds(
  db: DbOrTx,
  c: { districtCode: string; organisationId: string | null; referredOrganisationIds: readonly string[] },
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: memberships.userId })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        inArray(memberships.role, ['operator', 'coordinator']),
        sql`${c.districtCode} = any(${effectiveMembershipDistricts})`,
        c.organisationId === null
          ? undefined
          : inArray(memberships.organisationId, [c.organisationId, ...c.referredOrganisationIds]),
      ),
    );
  return rows.map((r) => r.id);
}

export async function listAssignable(
  db: Db,
  actor: Actor,
  caseId: string,
): Promise<Array<{ id: string; name: string; role: string }>> {
  if (!canUseDesk(actor)) throw forbidden();
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!row) throw notFound();
  // The people one could hand the case to: for those who work it (a reader has no one to hand it to).
  requireAbility(await abilitiesFor(db, actor, row), 'transition');
  const ids = await assignableUserIds(db, row);
  if (ids.length === 0) return [];
  const people = await db
    .select({ id: users.id, name: users.name, role: memberships.role })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(
      and(inArray(users.id, ids), eq(users.isActive, true), inArray(memberships.role, ['operator', 'coordinator'])),
    )
    .orderBy(asc(users.name));
  const seen = new Set<string>();
  return people.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}
