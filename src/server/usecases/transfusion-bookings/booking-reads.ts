// The reads of a child's calendar (GET …/transfusions and every answer of a bookings action): the transfusions from
// `pastDays` back onward with every booking, donors masked ("Ramesh K.", +91 98xxx xx345), and what the reader may do.
import { sql } from 'drizzle-orm';
import type {
  PatientTransfusions,
  TransfusionBookingView,
  TransfusionListQuery,
  TransfusionView,
} from '../../../shared/contracts/transfusion-bookings.js';
import type { AboRhGroup, TransfusionBookingState, TransfusionState } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { addDays, kolkataDay } from '../../domain/blood/calendar.js';
import { maskPhone } from '../../domain/privacy/masking.js';
import { presentPatientCan } from '../../domain/thalassemia/patient-abilities.js';
import { transfusionMissable } from '../../domain/thalassemia/transfusion-calendar.js';
import { holdingBeforeWindow, holdingWithinWindow } from '../../domain/thalassemia/units-short.js';
import { shortName } from '../../presenters/transfusion-patient.js';
import { abilitiesOfPatient, type PatientRow } from '../transfusion-patients/lock-patient.js';

const iso = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());

interface TransfusionRow {
  id: string;
  patient_id: string;
  due_on: string;
  units: number;
  state: TransfusionState;
  case_id: string | null;
  case_reference: string | null;
  done_on: string | null;
  units_given: number | null;
}

interface BookingRow {
  id: string;
  transfusion_id: string;
  donor_id: string;
  name: string;
  phone: string;
  blood_group: AboRhGroup | null;
  state: TransfusionBookingState;
  booked_at: Date | string;
  asked_at: Date | string | null;
  answered_at: Date | string | null;
  answer_channel: string | null;
  reminded_at: Date | string | null;
  deferral_reason: string | null;
  donation_id: string | null;
}

export function presentBooking(row: BookingRow): TransfusionBookingView {
  return {
    id: row.id,
    donorId: row.donor_id,
    donorName: shortName(row.name),
    donorPhone: maskPhone(row.phone),
    bloodGroup: row.blood_group,
    state: row.state,
    bookedAt: new Date(row.booked_at).toISOString(),
    askedAt: iso(row.asked_at),
    answeredAt: iso(row.answered_at),
    answerChannel: row.answer_channel,
    remindedAt: iso(row.reminded_at),
    deferralReason: row.deferral_reason,
    donationId: row.donation_id,
  };
}

/** Transfusions of one child with their bookings (ascending by day). */
export async function transfusionViews(
  db: DbOrTx,
  patientId: string,
  options: { fromDay: string; limit: number; ids?: string[] },
): Promise<TransfusionView[]> {
  const today = kolkataDay(new Date());
  const transfusions = rowsOf<TransfusionRow>(
    await db.execute(sql`select t.id, t.patient_id, t.due_on, t.units, t.state, t.case_id, c.reference as case_reference,
        t.done_on, t.units_given
      from transfusions t left join cases c on c.id = t.case_id
      where t.patient_id = ${patientId}::uuid and t.due_on >= ${options.fromDay}
        and (t.state <> 'cancelled' or t.due_on >= ${kolkataDay(new Date())})
      order by t.due_on limit ${options.limit}`),
  );
  if (transfusions.length === 0) return [];
  const ids = sql.join(
    transfusions.map((t) => sql`${t.id}::uuid`),
    sql`, `,
  );
  const bookings = rowsOf<BookingRow>(
    await db.execute(sql`select b.id, b.transfusion_id, b.donor_id, d.name, d.phone, d.blood_group, b.state, b.booked_at,
        b.asked_at, b.answered_at, b.answer_channel, b.reminded_at, b.deferral_reason, b.donation_id
      from transfusion_bookings b join donors d on d.id = b.donor_id
      where b.transfusion_id in (${ids})
      order by b.booked_at, b.id`),
  );
  return transfusions.map((t) => {
    const mine = bookings.filter((b) => b.transfusion_id === t.id);
    return {
      id: t.id,
      patientId: t.patient_id,
      dueOn: t.due_on,
      units: t.units,
      state: t.state,
      caseId: t.case_id,
      caseReference: t.case_reference,
      doneOn: t.done_on,
      unitsGiven: t.units_given,
      confirmedUnits: mine.filter((b) => holdingWithinWindow.includes(b.state)).length,
      bookedUnits: mine.filter((b) => holdingBeforeWindow.includes(b.state)).length,
      bookings: mine.map(presentBooking),
      missable: transfusionMissable({ state: t.state, dueOn: t.due_on }, today),
    };
  });
}

/** The child's calendar as the reader sees it. */
export async function patientTransfusionsFor(
  db: DbOrTx,
  actor: Actor,
  patient: PatientRow,
  query: TransfusionListQuery = {},
): Promise<PatientTransfusions> {
  const pastDays = Number(query.pastDays ?? 30);
  const limit = Number(query.limit ?? 12);
  const today = kolkataDay(new Date());
  const items = await transfusionViews(db, patient.id, { fromDay: addDays(today, -pastDays), limit: limit + pastDays });
  // The past ones, then at most `limit` from today on.
  const past = items.filter((t) => t.dueOn < today);
  const ahead = items.filter((t) => t.dueOn >= today).slice(0, limit);
  return {
    patientId: patient.id,
    items: [...past, ...ahead],
    can: presentPatientCan(abilitiesOfPatient(actor, patient)),
  };
}
