// Lending factories (issue #13): depots, items (each with its `received` ledger row), sponsors, refill vendors and
// oxygen stock sites, written straight to the database so a test builds only the world it needs.
import { randomBytes } from 'node:crypto';
import type {
  CylinderType,
  DepotKind,
  ItemCondition,
  ItemKind,
  SponsorKind,
  SponsorshipKind,
  StockSiteKind,
} from '../../src/shared/enums.js';
import { cylinderTypeDefaults } from '../../src/shared/enums.js';
import type { DbOrTx } from '../../src/server/db/client.js';
import {
  depots,
  equipmentItems,
  itemMovements,
  refillVendors,
  sponsors,
  stockSites,
} from '../../src/server/db/schema/index.js';
import { statusOnArrival } from '../../src/server/domain/lending/item-ledger.js';

const token = () => randomBytes(6).toString('hex');

export type DepotRow = typeof depots.$inferSelect;
export type ItemRow = typeof equipmentItems.$inferSelect;
export type SponsorRow = typeof sponsors.$inferSelect;
export type VendorRow = typeof refillVendors.$inferSelect;
export type StockSiteRow = typeof stockSites.$inferSelect;

/** A depot of the organisation in the district (an NGO office in Kanpur by default, placed on the map). */
export async function createDepot(
  db: DbOrTx,
  organisationId: string,
  districtCode: string,
  over: Partial<{
    name: string;
    kind: DepotKind;
    address: string;
    lat: number | null;
    lon: number | null;
    contactPhone: string | null;
    active: boolean;
  }> = {},
): Promise<DepotRow> {
  const [row] = await db
    .insert(depots)
    .values({
      organisationId,
      districtCode,
      name: over.name ?? `Depot ${token()}`,
      kind: over.kind ?? 'ngo_office',
      address: over.address ?? 'Kidwai Nagar',
      lat: over.lat === undefined ? 26.45 : over.lat,
      lon: over.lon === undefined ? 80.33 : over.lon,
      contactPhone: over.contactPhone ?? null,
      active: over.active ?? true,
    })
    .returning();
  if (!row) throw new Error('no depot');
  return row;
}

export interface ItemOverrides {
  kind: ItemKind;
  cylinderType: CylinderType | null;
  gasLitres: number | null;
  flowLpm: number | null;
  serial: string | null;
  label: string;
  /** How it arrived: `empty` gives an empty cylinder, `damaged` one in repair (statusOnArrival). */
  condition: ItemCondition;
  sponsorId: string | null;
  sponsorship: SponsorshipKind | null;
  actorId: string | null;
}

/** One item received at the depot (a full B-type cylinder by default), with its `received` ledger row. */
export async function createItem(
  db: DbOrTx,
  depot: Pick<DepotRow, 'id' | 'organisationId' | 'districtCode'>,
  over: Partial<ItemOverrides> = {},
): Promise<ItemRow> {
  const kind = over.kind ?? 'cylinder';
  const cylinderType = over.cylinderType !== undefined ? over.cylinderType : kind === 'cylinder' ? 'B' : null;
  const defaults = cylinderType && cylinderType !== 'other' ? cylinderTypeDefaults[cylinderType] : null;
  const status = statusOnArrival(kind, over.condition ?? 'full');
  const [row] = await db
    .insert(equipmentItems)
    .values({
      organisationId: depot.organisationId,
      districtCode: depot.districtCode,
      depotId: depot.id,
      kind,
      cylinderType,
      waterLitres: defaults?.waterLitres ?? null,
      gasLitres: over.gasLitres !== undefined ? over.gasLitres : (defaults?.gasLitres ?? null),
      flowLpm: over.flowLpm ?? (kind === 'concentrator' ? 5 : null),
      serial: over.serial ?? null,
      label: over.label ?? `T-${token()}`,
      qrToken: randomBytes(18).toString('base64url'),
      sponsorId: over.sponsorId ?? null,
      sponsorship: over.sponsorship ?? (over.sponsorId ? 'owns' : null),
      status,
      createdById: over.actorId ?? null,
    })
    .returning();
  if (!row) throw new Error('no item');
  await db.insert(itemMovements).values({
    organisationId: depot.organisationId,
    itemId: row.id,
    kind: 'received',
    fromStatus: null,
    toStatus: status,
    toDepotId: depot.id,
    condition: over.condition ?? 'full',
    actorId: over.actorId ?? null,
  });
  return row;
}

/** Several items alike (labels made unique). */
export async function createItems(
  db: DbOrTx,
  depot: Pick<DepotRow, 'id' | 'organisationId' | 'districtCode'>,
  count: number,
  over: Partial<Omit<ItemOverrides, 'label' | 'serial'>> = {},
): Promise<ItemRow[]> {
  const rows: ItemRow[] = [];
  for (let i = 0; i < count; i += 1) rows.push(await createItem(db, depot, over));
  return rows;
}

/** A sponsor of the organisation (a company by default, no private link). */
export async function createSponsor(
  db: DbOrTx,
  organisationId: string,
  over: Partial<{ name: string; kind: SponsorKind; linkTokenHash: string | null }> = {},
): Promise<SponsorRow> {
  const [row] = await db
    .insert(sponsors)
    .values({
      organisationId,
      name: over.name ?? `Sponsor ${token()}`,
      kind: over.kind ?? 'company',
      linkTokenHash: over.linkTokenHash ?? null,
      linkCreatedAt: over.linkTokenHash ? new Date() : null,
    })
    .returning();
  if (!row) throw new Error('no sponsor');
  return row;
}

/** A refill vendor with prices per cylinder type (B ₹300, D ₹500 by default), serving all districts. */
export async function createVendor(
  db: DbOrTx,
  organisationId: string,
  over: Partial<{ name: string; districtCode: string | null; prices: Partial<Record<CylinderType, number>> }> = {},
): Promise<VendorRow> {
  const [row] = await db
    .insert(refillVendors)
    .values({
      organisationId,
      districtCode: over.districtCode ?? null,
      name: over.name ?? `Vendor ${token()}`,
      prices: over.prices ?? { B: 300, B_small: 200, D: 500 },
    })
    .returning();
  if (!row) throw new Error('no vendor');
  return row;
}

/** An oxygen stock site with no entries yet (alert state `no_data`). */
export async function createStockSite(
  db: DbOrTx,
  organisationId: string,
  districtCode: string,
  over: Partial<{ name: string; kind: StockSiteKind; alertHours: number | null }> = {},
): Promise<StockSiteRow> {
  const [row] = await db
    .insert(stockSites)
    .values({
      organisationId,
      districtCode,
      name: over.name ?? `Site ${token()}`,
      kind: over.kind ?? 'hospital',
      alertHours: over.alertHours ?? null,
    })
    .returning();
  if (!row) throw new Error('no stock site');
  return row;
}
