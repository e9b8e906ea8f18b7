// A coordinator adds a refill vendor or changes one (prices per cylinder type in whole rupees; a district, or all
// the organisation's). Orders keep the prices they were made with.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { UpdateVendorBody, VendorView, vendorBody } from '../../../shared/contracts/refills.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { uniqueViolation } from '../../db/errors.js';
import { organisations, refillVendors } from '../../db/schema/index.js';
import { canUseLending, lendingAbilities } from '../../domain/lending/abilities.js';
import { checkRefillPrices } from '../../domain/lending/refills.js';
import { forbidden, notFound } from '../../errors.js';
import { presentVendor } from '../../presenters/refill.js';
import { fieldError, lendingError } from '../equipment/lending-error.js';

type VendorBody = z.output<typeof vendorBody>;

const nameTaken = (error: unknown): never => {
  if (uniqueViolation(error) === 'refill_vendors_organisation_name_idx') throw fieldError('name', 'name_taken');
  throw error;
};

async function vendorView(db: DbOrTx, vendorId: string): Promise<VendorView> {
  const [row] = await db
    .select({ row: refillVendors, organisationName: organisations.name })
    .from(refillVendors)
    .innerJoin(organisations, eq(organisations.id, refillVendors.organisationId))
    .where(eq(refillVendors.id, vendorId));
  if (!row) throw notFound();
  const directory = await districtDirectory(db);
  return presentVendor(
    row.row,
    row.organisationName,
    row.row.districtCode ? directory.get(row.row.districtCode) : undefined,
  );
}

export async function createVendor(db: Db, actor: Actor, body: VendorBody): Promise<VendorView> {
  if (!canUseLending(actor)) throw forbidden();
  const place = { organisationId: body.organisationId, districtCode: body.district };
  if (lendingAbilities(actor, place).manageVendors !== true) throw forbidden();
  if (checkRefillPrices(body.prices)) throw fieldError('prices', 'invalid');
  const [organisation] = await db
    .select({ districts: organisations.districts })
    .from(organisations)
    .where(eq(organisations.id, body.organisationId));
  // An admin may name any organisation: one that does not exist is said on its field, not left to the foreign key.
  if (!organisation) throw fieldError('organisationId', 'unavailable');
  if (body.district && !organisation.districts.includes(body.district)) {
    throw fieldError('district', 'district_not_served');
  }
  const now = new Date();
  const [row] = await db
    .insert(refillVendors)
    .values({
      organisationId: body.organisationId,
      districtCode: body.district,
      name: body.name,
      phone: body.phone,
      address: body.address,
      prices: body.prices,
      createdById: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: refillVendors.id })
    .catch(nameTaken);
  if (!row) throw new Error('no vendor');
  return vendorView(db, row.id);
}

export async function updateVendor(
  db: Db,
  actor: Actor,
  vendorId: string,
  body: UpdateVendorBody,
): Promise<VendorView> {
  if (!canUseLending(actor)) throw forbidden();
  await db
    .transaction(async (tx) => {
      const [row] = await tx.select().from(refillVendors).where(eq(refillVendors.id, vendorId)).for('update');
      if (!row) throw notFound();
      const verdict = lendingAbilities(actor, row).manageVendors;
      if (verdict !== true) throw lendingError(verdict);
      if (body.prices && checkRefillPrices(body.prices)) throw fieldError('prices', 'invalid');
      await tx
        .update(refillVendors)
        .set({ ...body, updatedAt: new Date() })
        .where(eq(refillVendors.id, vendorId));
    })
    .catch(nameTaken);
  return vendorView(db, vendorId);
}
