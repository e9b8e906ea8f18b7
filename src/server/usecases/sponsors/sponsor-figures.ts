// What a sponsor's items did: items by status, the loans they served (cancelled ones left out) and how many are
// out, the different patients reached, items lost — counted in SQL, so no patient leaves the database.
import { and, count, eq, inArray, ne, sql } from 'drizzle-orm';
import type { SponsorFigures, SponsorPublicView } from '../../../shared/contracts/sponsors.js';
import type { DbOrTx } from '../../db/client.js';
import { equipmentItems, loans } from '../../db/schema/index.js';
import { itemsByStatus } from '../../presenters/depot.js';

export async function sponsorFigures(db: DbOrTx, sponsorIds: readonly string[]): Promise<Map<string, SponsorFigures>> {
  if (sponsorIds.length === 0) return new Map();
  const ids = [...sponsorIds];
  const [items, served] = await Promise.all([
    db
      .select({ sponsorId: equipmentItems.sponsorId, status: equipmentItems.status, count: count() })
      .from(equipmentItems)
      .where(inArray(equipmentItems.sponsorId, ids))
      .groupBy(equipmentItems.sponsorId, equipmentItems.status),
    db
      .select({
        sponsorId: equipmentItems.sponsorId,
        loansServed: count(),
        loansOut: sql<number>`count(*) filter (where ${loans.status} = 'active')::int`,
        patientsServed: sql<number>`count(distinct ${loans.patientPhone})::int`,
      })
      .from(loans)
      .innerJoin(equipmentItems, eq(equipmentItems.id, loans.itemId))
      .where(and(inArray(equipmentItems.sponsorId, ids), ne(loans.status, 'cancelled')))
      .groupBy(equipmentItems.sponsorId),
  ]);
  return new Map(
    ids.map((id) => {
      const mine = items.filter((i) => i.sponsorId === id);
      const byStatus = itemsByStatus(mine);
      const loanCounts = served.find((s) => s.sponsorId === id);
      return [
        id,
        {
          items: mine.reduce((sum, i) => sum + i.count, 0),
          itemsByStatus: byStatus,
          loansServed: loanCounts?.loansServed ?? 0,
          loansOut: loanCounts?.loansOut ?? 0,
          patientsServed: loanCounts?.patientsServed ?? 0,
          itemsLost: byStatus.lost,
        },
      ];
    }),
  );
}

/** The sponsor's items for its public page: label, kind, loans served, whether it is out now. */
export async function sponsorItems(db: DbOrTx, sponsorId: string): Promise<SponsorPublicView['items']> {
  const rows = await db
    .select({
      label: equipmentItems.label,
      kind: equipmentItems.kind,
      cylinderType: equipmentItems.cylinderType,
      status: equipmentItems.status,
      // Spelled out: inside a subquery drizzle would leave the columns unqualified.
      loansServed: sql<number>`(select count(*)::int from loans l where l.item_id = equipment_items.id and l.status <> 'cancelled')`,
    })
    .from(equipmentItems)
    .where(eq(equipmentItems.sponsorId, sponsorId))
    .orderBy(equipmentItems.label)
    .limit(500);
  return rows.map((r) => ({
    label: r.label,
    kind: r.kind,
    cylinderType: r.cylinderType,
    loansServed: r.loansServed,
    out: r.status === 'lent',
  }));
}
