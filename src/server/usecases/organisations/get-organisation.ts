import { eq } from 'drizzle-orm';
import type { OrganisationView } from '../../../shared/contracts/organisations.js';
import { canListOrganisations, visibleOrganisationIds, type Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { organisations } from '../../db/schema/index.js';
import { forbidden, notFound } from '../../errors.js';
import { presentOrganisations } from '../../presenters/organisation.js';

/** Someone who may not see an organisation gets "not found", not a hint that it exists. */
export async function getOrganisation(db: Db, actor: Actor, id: string): Promise<OrganisationView> {
  const visible = visibleOrganisationIds(actor);
  if (!canListOrganisations(actor)) throw forbidden();
  if (visible !== null && !visible.includes(id)) throw notFound();
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  if (!row) throw notFound();
  const [view] = await presentOrganisations(db, actor, [row]);
  if (!view) throw notFound();
  return view;
}
