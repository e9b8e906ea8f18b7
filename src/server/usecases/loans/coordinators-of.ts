// The coordinators responsible for a place: of these organisations (or, for a case that belongs to none, of every
// organisation) whose effective districts include the district — as the desk's escalation finds them.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { effectiveMembershipDistricts } from '../../db/sql-helpers.js';
import { memberships, organisations } from '../../db/schema/index.js';

export async function coordinatorsOf(
  tx: DbOrTx,
  place: { organisationIds: readonly string[] | null; districtCode: string },
): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        eq(memberships.role, 'coordinator'),
        place.organisationIds ? inArray(memberships.organisationId, [...place.organisationIds]) : undefined,
        sql`${place.districtCode} = any(${effectiveMembershipDistricts})`,
      ),
    );
  return rows.map((r) => r.userId);
}
