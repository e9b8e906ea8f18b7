import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { canReadCase, canUseDesk } from '../../../shared/case-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { cases, memberships, organisations, users } from '../../db/schema/index.js';
import { forbidden, notFound } from '../../errors.js';

/** People who work cases in a district: its operators and coordinators. */
export async function assignableUserIds(db: DbOrTx, districtCode: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: memberships.userId })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        inArray(memberships.role, ['operator', 'coordinator']),
        sql`${districtCode} = any(case when cardinality(${memberships.districts}) = 0 then ${organisations.districts} else ${memberships.districts} end)`,
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
  if (!row || !canReadCase(actor, row)) throw notFound();
  const ids = await assignableUserIds(db, row.districtCode);
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
