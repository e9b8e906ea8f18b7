import { and, eq, sql } from 'drizzle-orm';
import type { OrganisationView, UpdateOrganisationBody } from '../../../shared/contracts/organisations.js';
import { canUpdateOrganisation, type Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { uniqueViolation } from '../../db/errors.js';
import { textArray } from '../../db/sql-helpers.js';
import { memberships, organisations } from '../../db/schema/index.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { assertDistrictsExist } from '../geography/assert-districts-exist.js';
import { presentOrganisations } from '../../presenters/organisation.js';

export async function updateOrganisation(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateOrganisationBody,
  ip: string | null = null,
): Promise<OrganisationView> {
  if (!canUpdateOrganisation(actor)) throw forbidden();
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(organisations).where(eq(organisations.id, id)).for('update');
      if (!before) throw notFound();
      const districtCodes = input.districts ? [...new Set(input.districts)] : before.districts;
      await assertDistrictsExist(tx, districtCodes);
      // A membership may not be left pointing at districts the organisation no longer serves.
      const stranded = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(
          and(eq(memberships.organisationId, id), sql`not (${memberships.districts} <@ ${textArray(districtCodes)})`),
        )
        .limit(1);
      if (stranded.length > 0) {
        throw new AppError('invalid_membership', { reasonKey: 'membership.districts_still_in_use' }, [
          { field: 'districts', code: 'invalid' },
        ]);
      }
      const [row] = await tx
        .update(organisations)
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.kind !== undefined ? { kind: input.kind } : {}),
          districts: districtCodes,
          updatedAt: new Date(),
        })
        .where(eq(organisations.id, id))
        .returning();
      if (!row) throw notFound();
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        action: 'organisation.updated',
        subjectType: 'organisation',
        subjectId: id,
        organisationIds: [id],
        ip,
        details: {
          before: { name: before.name, kind: before.kind, districts: before.districts },
          after: { name: row.name, kind: row.kind, districts: row.districts },
        },
      });
      const [view] = await presentOrganisations(tx, actor, [row]);
      if (!view) throw notFound();
      return view;
    });
  } catch (error) {
    if (uniqueViolation(error) !== null) {
      throw new AppError('conflict_organisation_name', {}, [{ field: 'name', code: 'invalid' }]);
    }
    throw error;
  }
}
