import { or, sql, type SQL } from 'drizzle-orm';
import { isAdmin, type Actor } from '../../../shared/permissions.js';

import { textArray } from '../sql-helpers.js';

/**
 * The people an actor may see, as a condition on `users`: admins everyone; a coordinator those with a
 * membership in their organisation whose districts overlap theirs. Undefined means unrestricted.
 */
export function peopleScope(actor: Actor): SQL | undefined {
  if (isAdmin(actor)) return undefined;
  const conditions = actor.memberships
    .filter((m) => m.role === 'coordinator' && m.organisationId !== null)
    .map(
      (c) => sql`exists (
        select 1 from memberships m join organisations o on o.id = m.organisation_id
        where m.user_id = "users"."id" and m.organisation_id = ${c.organisationId}
          and (case when cardinality(m.districts) = 0 then o.districts else m.districts end) && ${textArray(c.districts)}
      )`,
    );
  return or(...conditions) ?? sql`false`;
}
