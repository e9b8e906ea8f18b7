import { asc, inArray } from 'drizzle-orm';
import type { OrganisationView } from '../../../shared/contracts/organisations.js';
import { canListOrganisations, visibleOrganisationIds, type Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { organisations } from '../../db/schema/index.js';
import { forbidden } from '../../errors.js';
import { presentOrganisations } from '../../presenters/organisation.js';

export async function listOrganisations(db: Db, actor: Actor): Promise<OrganisationView[]> {
  if (!canListOrganisations(actor)) throw forbidden();
  const visible = visibleOrganisationIds(actor);
  const rows = await db
    .select()
    .from(organisations)
    .where(
      visible === null
        ? undefined
        : inArray(organisations.id, visible.length ? visible : ['00000000-0000-0000-0000-000000000000']),
    )
    .orderBy(asc(organisations.name));
  return presentOrganisations(db, actor, rows);
}
