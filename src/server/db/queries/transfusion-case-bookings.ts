// The donors a thalassemia child's roster has booked for the transfusions a desk case stands for (the case opened for
// their shortfall, usecases/transfusion-bookings/transfusion-case.ts): outreach on that case must not ask them again.
import { sql } from 'drizzle-orm';
import type { TransfusionBookingState } from '../../../shared/enums.js';
import { holdingBeforeWindow } from '../../domain/thalassemia/units-short.js';
import { rowsOf, type DbOrTx } from '../client.js';
import { textArray } from '../sql-helpers.js';

/** Donor id → the state of their booking (booked, confirmed or donated) for an open transfusion stored on the case. */
export async function transfusionCaseBookings(
  tx: DbOrTx,
  caseId: string,
): Promise<Map<string, TransfusionBookingState>> {
  const rows = rowsOf<{ donor_id: string; state: TransfusionBookingState }>(
    await tx.execute(sql`select b.donor_id, b.state from transfusion_bookings b
      join transfusions t on t.id = b.transfusion_id
      where t.case_id = ${caseId}::uuid and b.state = any(${textArray(holdingBeforeWindow)})
      order by b.donor_id`),
  );
  return new Map(rows.map((r) => [r.donor_id, r.state]));
}
