// The refill vendors of the actor's organisations (those for all districts, and those of the actor's districts).
import { and, asc, eq } from 'drizzle-orm';
import type { VendorList } from '../../../shared/contracts/refills.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { lendingScope } from '../../db/queries/lending-scope.js';
import { organisations, refillVendors } from '../../db/schema/index.js';
import { canUseLending } from '../../domain/lending/abilities.js';
import { forbidden } from '../../errors.js';
import { presentVendor } from '../../presenters/refill.js';
import { lendingListCan } from '../equipment/list-can.js';

export async function listVendors(db: Db, actor: Actor): Promise<VendorList> {
  if (!canUseLending(actor)) throw forbidden();
  const [rows, directory] = await Promise.all([
    db
      .select({ row: refillVendors, organisationName: organisations.name })
      .from(refillVendors)
      .innerJoin(organisations, eq(organisations.id, refillVendors.organisationId))
      .where(and(lendingScope(actor, refillVendors)))
      .orderBy(asc(refillVendors.name))
      .limit(500),
    districtDirectory(db),
  ]);
  return {
    items: rows.map((r) =>
      presentVendor(r.row, r.organisationName, r.row.districtCode ? directory.get(r.row.districtCode) : undefined),
    ),
    can: lendingListCan(actor),
  };
}
