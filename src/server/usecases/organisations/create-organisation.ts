import type { CreateOrganisationBody, OrganisationView } from '../../../shared/contracts/organisations.js';
import { canCreateOrganisation, type Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { uniqueViolation } from '../../db/errors.js';
import { organisations } from '../../db/schema/index.js';
import { AppError, forbidden } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { assertDistrictsExist } from '../geography/assert-districts-exist.js';
import { presentOrganisations } from '../../presenters/organisation.js';

export async function createOrganisation(
  db: Db,
  actor: Actor,
  input: CreateOrganisationBody,
  ip: string | null = null,
): Promise<OrganisationView> {
  if (!canCreateOrganisation(actor)) throw forbidden();
  const districtCodes = [...new Set(input.districts)];
  try {
    return await db.transaction(async (tx) => {
      await assertDistrictsExist(tx, districtCodes);
      const [row] = await tx
        .insert(organisations)
        .values({ name: input.name, kind: input.kind, districts: districtCodes })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        action: 'organisation.created',
        subjectType: 'organisation',
        subjectId: row.id,
        organisationIds: [row.id],
        ip,
        details: { name: row.name, kind: row.kind, districts: districtCodes },
      });
      const [view] = await presentOrganisations(tx, actor, [row]);
      if (!view) throw new Error('present returned nothing');
      return view;
    });
  } catch (error) {
    if (uniqueViolation(error) !== null) {
      throw new AppError('conflict_organisation_name', {}, [{ field: 'name', code: 'invalid' }]);
    }
    throw error;
  }
}
