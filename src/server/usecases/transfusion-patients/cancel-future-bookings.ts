// Taking a child's future off the calendar, for one donor (they left the pool) or all (the child's care paused or
// ended): their `booked` and `confirmed` bookings for transfusions due today or later become `cancelled`. One
// statement each, inside the caller's transaction (the child is locked by it).
import { sql } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../../db/client.js';

/** Cancels the future bookings of the child (of one donor when given); returns how many. */
export async function cancelFutureBookings(
  tx: DbOrTx,
  patientId: string,
  today: string,
  donorId: string | null = null,
): Promise<number> {
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`update transfusion_bookings b set state = 'cancelled'
      from transfusions t
      where t.id = b.transfusion_id and b.patient_id = ${patientId}::uuid
        and t.due_on >= ${today} and t.state in ('planned', 'covered')
        and b.state in ('booked', 'confirmed')
        ${donorId === null ? sql`` : sql`and b.donor_id = ${donorId}::uuid`}
      returning b.id`),
  );
  if (rows.length > 0) {
    // A transfusion that lost a booked donor is no longer covered.
    await tx.execute(sql`update transfusions t set state = 'planned', updated_at = now()
      where t.patient_id = ${patientId}::uuid and t.due_on >= ${today} and t.state = 'covered'
        and (select count(*) from transfusion_bookings b
             where b.transfusion_id = t.id and b.state in ('booked', 'confirmed', 'donated')) < t.units`);
  }
  return rows.length;
}

/** Takes the child's future transfusions off the calendar (care paused or ended); returns how many. */
export async function cancelFutureTransfusions(tx: DbOrTx, patientId: string, today: string): Promise<number> {
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`update transfusions set state = 'cancelled', updated_at = now()
      where patient_id = ${patientId}::uuid and due_on >= ${today} and state in ('planned', 'covered')
      returning id`),
  );
  return rows.length;
}
