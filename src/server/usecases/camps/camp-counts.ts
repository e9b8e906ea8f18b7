// A camp's counts (registered, came, donated, deferred, cancelled, units) and its slots' taken places, each read in
// one grouped statement for any number of camps.
import { and, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { CampCounts } from '../../../shared/contracts/camps.js';
import type { DbOrTx } from '../../db/client.js';
import { campRegistrations } from '../../db/schema/index.js';

export const noCounts: CampCounts = { registered: 0, checkedIn: 0, donated: 0, deferred: 0, cancelled: 0, units: 0 };

export async function campCountsOf(db: DbOrTx, campIds: readonly string[]): Promise<Map<string, CampCounts>> {
  if (campIds.length === 0) return new Map();
  const rows = await db
    .select({
      campId: campRegistrations.campId,
      state: campRegistrations.state,
      n: sql<number>`count(*)::int`,
      units: sql<number>`coalesce(sum(${campRegistrations.units}) filter (where ${campRegistrations.state} = 'donated'), 0)::int`,
    })
    .from(campRegistrations)
    .where(inArray(campRegistrations.campId, [...campIds]))
    .groupBy(campRegistrations.campId, campRegistrations.state);
  const counts = new Map<string, CampCounts>();
  for (const r of rows) {
    const c = counts.get(r.campId) ?? { ...noCounts };
    if (r.state === 'cancelled') c.cancelled += r.n;
    else c.registered += r.n;
    if (r.state === 'checked_in' || r.state === 'donated' || r.state === 'deferred') c.checkedIn += r.n;
    if (r.state === 'donated') c.donated += r.n;
    if (r.state === 'deferred') c.deferred += r.n;
    c.units += r.units;
    counts.set(r.campId, c);
  }
  return counts;
}

/** Live registrations per slot start (ISO instant) of one camp. */
export async function takenBySlot(db: DbOrTx, campId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ slotAt: campRegistrations.slotAt, n: sql<number>`count(*)::int` })
    .from(campRegistrations)
    .where(
      and(
        sql`${campRegistrations.campId} = ${campId}::uuid`,
        ne(campRegistrations.state, 'cancelled'),
        isNotNull(campRegistrations.slotAt),
      ),
    )
    .groupBy(campRegistrations.slotAt);
  return new Map(rows.flatMap((r) => (r.slotAt ? [[new Date(r.slotAt).toISOString(), r.n] as const] : [])));
}
