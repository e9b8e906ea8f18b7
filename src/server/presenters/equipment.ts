// Equipment rows → the API's JSON: an item with its place, sponsor and current loan (no patient: that is on the
// loan), its ledger rows, and `can` from the same abilities the use cases guard with.
import type { ItemDetail, ItemView, MovementView } from '../../shared/contracts/equipment.js';
import type { ItemRef } from '../../shared/contracts/lending-common.js';
import type { DistrictEntry } from '../db/queries/districts.js';
import type { equipmentItems, itemMovements } from '../db/schema/index.js';
import { presentCan, type Abilities } from '../domain/lending/abilities.js';
import type { ItemCan } from '../../shared/contracts/lending-can.js';

export type ItemRow = typeof equipmentItems.$inferSelect;
export type MovementRow = typeof itemMovements.$inferSelect;

export const presentDistrict = (code: string, district: DistrictEntry | undefined) => ({
  code,
  name: district?.name ?? code,
  nameHi: district?.nameHi ?? district?.name ?? code,
});

/** What an item's view needs beside its row (names joined in one read). */
export interface ItemContext {
  organisationName: string;
  depotName: string;
  sponsorName: string | null;
  loan: { reference: string; dueOn: string } | null;
  district: DistrictEntry | undefined;
}

export function presentItem(row: ItemRow, context: ItemContext, abilities: Abilities<ItemCan>): ItemView {
  return {
    id: row.id,
    organisation: { id: row.organisationId, name: context.organisationName },
    district: presentDistrict(row.districtCode, context.district),
    depot: { id: row.depotId, name: context.depotName },
    kind: row.kind,
    cylinderType: row.cylinderType,
    waterLitres: row.waterLitres,
    gasLitres: row.gasLitres,
    flowLpm: row.flowLpm,
    serial: row.serial,
    label: row.label,
    sponsor: row.sponsorId && context.sponsorName ? { id: row.sponsorId, name: context.sponsorName } : null,
    sponsorship: row.sponsorship,
    status: row.status,
    statusChangedAt: row.statusChangedAt.toISOString(),
    currentLoan:
      row.currentLoanId && context.loan
        ? { id: row.currentLoanId, reference: context.loan.reference, dueOn: context.loan.dueOn }
        : null,
    note: row.note,
    can: presentCan(abilities),
  };
}

/** One ledger row with the names it points to. */
export interface MovementContext {
  fromDepotName: string | null;
  toDepotName: string;
  loanReference: string | null;
  actorName: string | null;
}

export function presentMovement(row: MovementRow, context: MovementContext): MovementView {
  return {
    id: String(row.id),
    kind: row.kind,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    fromDepot: row.fromDepotId ? { id: row.fromDepotId, name: context.fromDepotName ?? '' } : null,
    toDepot: { id: row.toDepotId, name: context.toDepotName },
    loan: row.loanId && context.loanReference ? { id: row.loanId, reference: context.loanReference } : null,
    refillOrderId: row.refillOrderId,
    condition: row.condition,
    lossReason: row.lossReason,
    note: row.note,
    actorName: context.actorName,
    at: row.at.toISOString(),
  };
}

export function presentItemDetail(view: ItemView, scanUrl: string, ledger: MovementView[]): ItemDetail {
  return { ...view, scanUrl, ledger };
}

/** The short reference other views use (a depot's empties, a refill line, a loan's device). */
export function presentItemRef(
  row: Pick<ItemRow, 'id' | 'kind' | 'label' | 'cylinderType' | 'gasLitres' | 'status'>,
): ItemRef {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    cylinderType: row.cylinderType,
    gasLitres: row.gasLitres,
    status: row.status,
  };
}

/** The web page a label's QR code opens (it reads GET /api/v1/equipment/scan/{qrToken}). */
export function scanUrlFor(publicUrl: string, qrToken: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/equipment/scan/${encodeURIComponent(qrToken)}`;
}
