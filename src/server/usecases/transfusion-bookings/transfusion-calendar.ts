// GET /api/v1/transfusion-calendar: the organisation's calendar page — the transfusions of the children in the
// reader's scope (area `health`, the same SQL rule as the children's list) from `from` to `to`, by day, with how
// many units have a donor booked and confirmed.
import { and, sql } from 'drizzle-orm';
import type {
  CalendarTransfusion,
  TransfusionCalendar,
  TransfusionCalendarQuery,
} from '../../../shared/contracts/transfusion-bookings.js';
import type { AboRhGroup, TransfusionState } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../db/scope-condition.js';
import { recentDeskPolicyFor } from '../../db/queries/desk-policies.js';
import { addDays, kolkataDay, type IsoDay } from '../../domain/blood/calendar.js';
import { holdingBeforeWindow, holdingWithinWindow, unitsShortOfCounts } from '../../domain/thalassemia/units-short.js';
import { textArray } from '../../db/sql-helpers.js';
import { requireThalassemia } from '../transfusion-patients/lock-patient.js';

export async function listTransfusionCalendar(
  db: DbOrTx,
  actor: Actor,
  query: TransfusionCalendarQuery,
): Promise<TransfusionCalendar> {
  requireThalassemia(actor);
  const from = query.from ?? kolkataDay(new Date());
  const to = query.to ?? addDays(from, 27);
  const scope = scopeCondition(
    scopeFor(actor, 'health'),
    { organisationId: sql.raw('p.organisation_id'), districtCode: sql.raw('p.district_code') },
    'read',
  );
  const where = and(
    sql`t.due_on between ${from} and ${to} and t.state <> 'cancelled' and p.state <> 'ended'`,
    query.district ? sql`p.district_code = ${query.district}` : undefined,
    scope,
  );
  const rows = rowsOf<{
    transfusion_id: string;
    patient_id: string;
    organisation_id: string;
    reference: string;
    name: string;
    blood_group: AboRhGroup;
    centre: string;
    district_code: string;
    due_on: string;
    units: number;
    state: TransfusionState;
    case_id: string | null;
    booked: number;
    confirmed: number;
  }>(
    await db.execute(sql`select t.id as transfusion_id, p.id as patient_id, p.organisation_id, p.reference, p.name, p.blood_group, p.centre,
        p.district_code, t.due_on, t.units, t.state, t.case_id,
        (select count(*)::int from transfusion_bookings b where b.transfusion_id = t.id
          and b.state = any(${textArray(holdingBeforeWindow)})) as booked,
        (select count(*)::int from transfusion_bookings b where b.transfusion_id = t.id
          and b.state = any(${textArray(holdingWithinWindow)})) as confirmed
      from transfusions t join transfusion_patients p on p.id = t.patient_id
      where ${where}
      order by t.due_on, p.reference
      limit 2000`),
  );
  // Each organisation's desk window (the shortfall rule's), read once.
  const now = new Date();
  const windows = new Map<string, number>();
  for (const organisationId of new Set(rows.map((r) => r.organisation_id))) {
    windows.set(organisationId, (await recentDeskPolicyFor(db, organisationId)).triage.highTransfusionHours);
  }
  const days = new Map<string, CalendarTransfusion[]>();
  for (const r of rows) {
    const open = r.state === 'planned' || r.state === 'covered';
    const list = days.get(r.due_on) ?? [];
    list.push({
      transfusionId: r.transfusion_id,
      patientId: r.patient_id,
      patientReference: r.reference,
      patientName: r.name,
      bloodGroup: r.blood_group,
      centre: r.centre,
      districtCode: r.district_code,
      units: r.units,
      state: r.state,
      confirmedUnits: r.confirmed,
      bookedUnits: r.booked,
      unitsShort: open
        ? unitsShortOfCounts({
            unitsNeeded: r.units,
            heldBeforeWindow: r.booked,
            heldWithinWindow: r.confirmed,
            now,
            day: r.due_on as IsoDay,
            windowHours: windows.get(r.organisation_id),
          })
        : 0,
      caseId: r.case_id,
    });
    days.set(r.due_on, list);
  }
  return { from, to, days: [...days.entries()].map(([day, transfusions]) => ({ day, transfusions })) };
}
