// A coordinator opens a depot in a district their organisation serves; a name the organisation already uses is
// refused on its field.
import { eq } from 'drizzle-orm';
import type { CreateDepotBody, DepotDetail } from '../../../shared/contracts/depots.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { uniqueViolation } from '../../db/errors.js';
import { depots, organisations } from '../../db/schema/index.js';
import { lendingAbilities } from '../../domain/lending/abilities.js';
import { forbidden } from '../../errors.js';
import { fieldError } from '../equipment/lending-error.js';
import { depotDetailFor } from './depot-reads.js';

export async function createDepot(db: Db, actor: Actor, body: CreateDepotBody): Promise<DepotDetail> {
  if (
    lendingAbilities(actor, { organisationId: body.organisationId, districtCode: body.district }).manageDepots !== true
  ) {
    throw forbidden();
  }
  const [organisation] = await db
    .select({ districts: organisations.districts })
    .from(organisations)
    .where(eq(organisations.id, body.organisationId));
  if (!organisation) throw fieldError('organisationId', 'unavailable');
  if (!organisation.districts.includes(body.district)) throw fieldError('district', 'district_not_served');
  const now = new Date();
  const [row] = await db
    .insert(depots)
    .values({
      organisationId: body.organisationId,
      districtCode: body.district,
      name: body.name,
      kind: body.kind,
      address: body.address,
      lat: body.lat,
      lon: body.lon,
      contactPhone: body.contactPhone,
      createdById: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: depots.id })
    .catch((error: unknown) => {
      if (uniqueViolation(error) === 'depots_organisation_name_idx') throw fieldError('name', 'name_taken');
      throw error;
    });
  if (!row) throw new Error('no depot');
  return depotDetailFor(db, actor, row.id);
}
