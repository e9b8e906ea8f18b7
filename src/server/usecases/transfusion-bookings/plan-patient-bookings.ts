// Keeps a child's calendar and bookings up to date, inside the caller's transaction (the child locked): the next
// `bookAhead` transfusions are on the calendar (domain/thalassemia/transfusion-calendar.ts), each unit has a roster
// donor booked (domain/thalassemia/roster-rotation.ts: never while ineligible, never above the monthly contact
// limit of the organisation's blood policy, the load spread, deterministic), each new booking's donor is asked by
// WhatsApp/SMS, and every change is a line in the child's history. What the pool cannot cover comes back as
// shortfalls (and a `pool_exhausted` line, once per transfusion): the callers decide whether the desk takes it now.
//
// Called after every roster change (usecases/transfusion-patients), by "book now", after a decline, a deferral or
// a no-show, and by the roster job for every active child. Donors of the pool are locked (in id order, after the
// child) so two children sharing a donor are never booked for them at once.
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/permissions.js';
import type { Sex, TransfusionBookingState } from '../../../shared/enums.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { bloodPolicyFor } from '../../db/queries/blood-policies.js';
import { addDays, kolkataDay } from '../../domain/blood/calendar.js';
import { planBookings, type PoolDonor } from '../../domain/thalassemia/roster-rotation.js';
import { nextTransfusionDays } from '../../domain/thalassemia/transfusion-calendar.js';
import { holdingBeforeWindow } from '../../domain/thalassemia/units-short.js';
import { lockPatientFor, recordPatientEvent, type PatientRow } from '../transfusion-patients/lock-patient.js';
import { queueBookingAsk, type BookedDonor } from './booking-messages.js';
import { followTransfusionCases } from './transfusion-case.js';

export interface Shortfall {
  transfusionId: string;
  dueOn: string;
  missing: number;
}

export interface PlanOutcome {
  /** Transfusions added to the calendar. */
  planned: number;
  /** Donors newly booked. */
  booked: number;
  bookings: Array<{ bookingId: string; transfusionId: string; donorId: string }>;
  shortfalls: Shortfall[];
}

/** Booking states that hold a unit before the desk's window (domain/thalassemia/units-short.ts), as an SQL list. */
const holding = sql.raw(`(${holdingBeforeWindow.map((state) => `'${state}'`).join(', ')})`);

/**
 * For a person acting (a roster change, "book now"): locks the child for `manageRoster` (not found outside scope,
 * 409 for an ended child) and plans. A paused or ended child gets nothing booked. An open desk case of the child's
 * days then asks for what they are short now (a donor joining the pool may cover them), as the person's change.
 */
export async function planPatientBookings(tx: DbOrTx, actor: Actor, patientId: string): Promise<PlanOutcome> {
  const patient = await lockPatientFor(tx, actor, patientId, 'manageRoster');
  const now = new Date();
  const outcome = await planForPatient(tx, patient, actor.userId, now);
  await followTransfusionCases(tx, patient, actor.userId, now);
  return outcome;
}

interface PoolRow extends BookedDonor {
  sex: Sex | null;
  eligible_whole_blood_from: string | null;
  last_donated_on: string | null;
}

/** Plans for a child already locked by the caller (the job, the answers); `actorId` null: the system. */
export async function planForPatient(
  tx: DbOrTx,
  patient: PatientRow,
  actorId: string | null,
  now: Date,
): Promise<PlanOutcome> {
  if (patient.state !== 'active') return { planned: 0, booked: 0, bookings: [], shortfalls: [] };
  const today = kolkataDay(now);
  const planned = await extendCalendar(tx, patient, actorId, today, now);

  const upcoming = rowsOf<{ id: string; due_on: string; units: number }>(
    await tx.execute(sql`select id, due_on, units from transfusions
      where patient_id = ${patient.id}::uuid and state in ('planned', 'covered') and due_on >= ${today}
      order by due_on`),
  );
  const bookings = rowsOf<{ transfusion_id: string; donor_id: string; state: TransfusionBookingState }>(
    await tx.execute(sql`select b.transfusion_id, b.donor_id, b.state from transfusion_bookings b
      join transfusions t on t.id = b.transfusion_id
      where b.patient_id = ${patient.id}::uuid and t.state in ('planned', 'covered') and t.due_on >= ${today}`),
  );
  const pool = rowsOf<PoolRow>(
    await tx.execute(sql`select d.id, d.name, d.phone, d.sex, d.language, d.preferred_channel as "preferredChannel",
        d.contact_from as "contactFrom", d.contact_to as "contactTo", d.opted_out_at as "optedOutAt",
        d.consent_withdrawn_at as "consentWithdrawnAt", d.eligible_whole_blood_from, d.last_donated_on
      from roster_members m join donors d on d.id = m.donor_id
      where m.patient_id = ${patient.id}::uuid and m.removed_at is null
        and d.opted_out_at is null and d.consent_withdrawn_at is null
      order by d.id
      for update of d`),
  );
  const shortfalls: Shortfall[] = [];
  const made: PlanOutcome['bookings'] = [];
  if (upcoming.length > 0) {
    const donorIds = pool.map((d) => d.id);
    const loads = await donorLoads(tx, donorIds, today);
    const policy = await bloodPolicyFor(tx, patient.organisationId);
    const plan = planBookings({
      today,
      contactLimitPerMonth: policy.maxAsksPer30Days,
      monthContacts: loads.monthContacts,
      transfusions: upcoming.map((t) => ({
        id: t.id,
        dueOn: t.due_on,
        units: t.units,
        booked: bookings
          .filter((b) => b.transfusion_id === t.id && holdingBeforeWindow.includes(b.state))
          .map((b) => b.donor_id),
      })),
      pool: pool.map<PoolDonor>((d) => ({
        donorId: d.id,
        sex: d.sex,
        eligibleWholeBloodFrom: d.eligible_whole_blood_from,
        lastDonatedOn: d.last_donated_on,
        // Who declined, was deferred or did not come for a transfusion is not booked for it again.
        excludedTransfusionIds: bookings
          .filter((b) => b.donor_id === d.id && ['declined', 'deferred', 'no_show'].includes(b.state))
          .map((b) => b.transfusion_id),
        bookedDays: loads.bookedDays.get(d.id) ?? [],
        load: loads.load.get(d.id) ?? 0,
      })),
    });
    const dueOf = new Map(upcoming.map((t) => [t.id, t.due_on]));
    const donorOf = new Map(pool.map((d) => [d.id, d]));
    for (const b of plan.bookings) {
      const dueOn = dueOf.get(b.transfusionId) ?? today;
      // A booking cancelled before (the date moved, the donor left and came back) is booked again in place.
      const [row] = rowsOf<{ id: string }>(
        await tx.execute(sql`insert into transfusion_bookings (transfusion_id, patient_id, donor_id, organisation_id,
            state, booked_by_id, booked_at)
          values (${b.transfusionId}::uuid, ${patient.id}::uuid, ${b.donorId}::uuid, ${patient.organisationId}::uuid,
            'booked', ${actorId}::uuid, ${now.toISOString()}::timestamptz)
          on conflict (transfusion_id, donor_id) do update set state = 'booked', booked_by_id = excluded.booked_by_id,
            booked_at = excluded.booked_at, asked_at = null, answered_at = null, answer_channel = null,
            reminded_at = null, deferral_reason = null, donation_id = null
          where transfusion_bookings.state = 'cancelled'
          returning id`),
      );
      if (!row) continue;
      const donor = donorOf.get(b.donorId);
      const asked = donor ? await queueBookingAsk(tx, patient, donor, { id: row.id, dueOn }, actorId, now) : false;
      if (asked) {
        await tx.execute(sql`update transfusion_bookings set asked_at = ${now.toISOString()}::timestamptz
          where id = ${row.id}::uuid`);
      }
      await recordPatientEvent(tx, patient, {
        type: 'booking_made',
        actorId,
        at: now,
        details: { transfusionId: b.transfusionId, bookingId: row.id, donorId: b.donorId, dueOn, asked },
      });
      made.push({ bookingId: row.id, transfusionId: b.transfusionId, donorId: b.donorId });
    }
    await refreshTransfusionStates(tx, patient.id, today);
    for (const s of plan.shortfalls) {
      const dueOn = dueOf.get(s.transfusionId) ?? today;
      shortfalls.push({ transfusionId: s.transfusionId, dueOn, missing: s.missing });
      await recordPoolExhaustedOnce(tx, patient, s.transfusionId, dueOn, s.missing, actorId, now);
    }
  }
  return { planned, booked: made.length, bookings: made, shortfalls };
}

/** Adds the transfusions that bring the calendar to `bookAhead` upcoming ones; returns how many. */
async function extendCalendar(
  tx: DbOrTx,
  patient: PatientRow,
  actorId: string | null,
  today: string,
  now: Date,
): Promise<number> {
  const [state] = rowsOf<{ upcoming: number; latest: string | null }>(
    await tx.execute(sql`select
        count(*) filter (where state in ('planned', 'covered') and due_on >= ${today})::int as upcoming,
        max(greatest(due_on, coalesce(done_on, due_on))) filter (where state <> 'cancelled') as latest
      from transfusions where patient_id = ${patient.id}::uuid`),
  );
  const missing = patient.bookAhead - (state?.upcoming ?? 0);
  if (missing <= 0) return 0;
  const last = [patient.lastTransfusionOn, state?.latest ?? null]
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  const days = nextTransfusionDays({
    lastTransfusionOn: last ?? null,
    intervalDays: patient.intervalDays,
    today,
    count: missing,
  });
  let added = 0;
  for (const dueOn of days) {
    const [row] = rowsOf<{ id: string }>(
      await tx.execute(sql`insert into transfusions (patient_id, organisation_id, district_code, due_on, units, state)
        values (${patient.id}::uuid, ${patient.organisationId}::uuid, ${patient.districtCode}, ${dueOn},
          ${patient.unitsPerTransfusion}, 'planned')
        on conflict (patient_id, due_on) do update set state = 'planned', units = excluded.units, case_id = null,
          done_on = null, units_given = null, updated_at = now()
        where transfusions.state = 'cancelled'
        returning id`),
    );
    if (!row) continue;
    added++;
    await recordPatientEvent(tx, patient, {
      type: 'transfusion_planned',
      actorId,
      at: now,
      details: { transfusionId: row.id, dueOn, units: patient.unitsPerTransfusion },
    });
  }
  return added;
}

interface DonorLoads {
  bookedDays: Map<string, string[]>;
  load: Map<string, number>;
  monthContacts: Record<string, Record<string, number>>;
}

/**
 * What the rotation needs of each pool donor beyond their row, for every child's bookings: the days they are booked
 * to give (from a whole-blood gap back), their bookings within a year either side (the load), and their contacts
 * per calendar month — bookings by the month of their day, outreach asks of their phone by the month asked.
 */
async function donorLoads(tx: DbOrTx, donorIds: string[], today: string): Promise<DonorLoads> {
  const result: DonorLoads = { bookedDays: new Map(), load: new Map(), monthContacts: {} };
  if (donorIds.length === 0) return result;
  const ids = sql.join(
    donorIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = rowsOf<{ donor_id: string; due_on: string }>(
    await tx.execute(sql`select b.donor_id, t.due_on from transfusion_bookings b
      join transfusions t on t.id = b.transfusion_id
      where b.donor_id in (${ids}) and b.state in ${holding} and t.state <> 'cancelled'
        and t.due_on >= ${addDays(today, -365)} and t.due_on <= ${addDays(today, 365)}`),
  );
  const bump = (donorId: string, month: string, by = 1) => {
    const months = (result.monthContacts[donorId] ??= {});
    months[month] = (months[month] ?? 0) + by;
  };
  for (const r of rows) {
    result.load.set(r.donor_id, (result.load.get(r.donor_id) ?? 0) + 1);
    if (r.due_on >= addDays(today, -120)) {
      const days = result.bookedDays.get(r.donor_id) ?? [];
      days.push(r.due_on);
      result.bookedDays.set(r.donor_id, days);
    }
    bump(r.donor_id, r.due_on.slice(0, 7));
  }
  const asks = rowsOf<{ donor_id: string; month: string; n: number }>(
    await tx.execute(sql`select d.id as donor_id,
        to_char(a.asked_at at time zone 'Asia/Kolkata', 'YYYY-MM') as month, count(*)::int as n
      from donors d join donor_asks a on a.phone = d.phone
      where d.id in (${ids}) and a.asked_at >= ${addDays(today, -62)}::date
      group by d.id, month`),
  );
  for (const a of asks) bump(a.donor_id, a.month, a.n);
  return result;
}

/** Each upcoming transfusion of the child: `covered` with a donor holding every unit, else `planned`. */
export async function refreshTransfusionStates(tx: DbOrTx, patientId: string, today: string): Promise<void> {
  await tx.execute(sql`update transfusions t set state = x.next, updated_at = now()
    from (select t2.id, case when (select count(*) from transfusion_bookings b
              where b.transfusion_id = t2.id and b.state in ${holding}) >= t2.units then 'covered' else 'planned' end
            as next
          from transfusions t2
          where t2.patient_id = ${patientId}::uuid and t2.state in ('planned', 'covered') and t2.due_on >= ${today}) x
    where t.id = x.id and t.state <> x.next`);
}

/** `pool_exhausted` in the child's history, once per transfusion (the job re-plans every few minutes). */
async function recordPoolExhaustedOnce(
  tx: DbOrTx,
  patient: PatientRow,
  transfusionId: string,
  dueOn: string,
  missing: number,
  actorId: string | null,
  now: Date,
): Promise<void> {
  const [seen] = rowsOf<{ n: number }>(
    await tx.execute(sql`select count(*)::int as n from transfusion_patient_events
      where patient_id = ${patient.id}::uuid and type = 'pool_exhausted' and details->>'transfusionId' = ${transfusionId}`),
  );
  if ((seen?.n ?? 0) > 0) return;
  await recordPatientEvent(tx, patient, {
    type: 'pool_exhausted',
    actorId,
    at: now,
    details: { transfusionId, dueOn, missing },
  });
}
