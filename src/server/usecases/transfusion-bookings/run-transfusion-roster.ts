// The roster job's work (jobs/transfusion-roster-job.ts), safe under two processes:
//  1. every active child's next transfusions stay on the calendar and booked (planForPatient), each child in a
//     transaction of its own, taken with SKIP LOCKED so two processes never plan one child at once;
//  2. a transfusion falling due within the desk's triage window (desk policy `highTransfusionHours`, 72 h by
//     default) without a confirmed donor for every unit opens or feeds a desk case for the units it is short
//     (domain/thalassemia/units-short.ts, the rule every path uses; transfusion-case.ts; the case id is stored on the
//     transfusion, so the next run feeds the same case and opens nothing new), every open case of the child's
//     transfusions follows what they are short now (followTransfusionCases: the day coming within the window counts
//     only confirmed donors from then on), and outreach starts on it — also for cases a donor's NO by message opened
//     when the pool ran out;
//  3. each confirmed donor of a transfusion due tomorrow gets the reminder with the place and the time once:
//     `reminded_at` is set by a conditional update of rows taken with SKIP LOCKED, in the transaction that queues it.
import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.js';
import { transfusionPatients } from '../../db/schema/index.js';
import { addDays, kolkataDay } from '../../domain/blood/calendar.js';
import type { AnswerLinks } from '../outreach/create-asks.js';
import type { PatientRow } from '../transfusion-patients/lock-patient.js';
import { queueBookingReminder, type BookedDonor } from './booking-messages.js';
import { planForPatient } from './plan-patient-bookings.js';
import {
  followTransfusionCases,
  openTransfusionCase,
  startTransfusionOutreach,
  transfusionShortfalls,
} from './transfusion-case.js';

export interface RosterRun {
  patients: number;
  planned: number;
  booked: number;
  cases: number;
  outreachStarted: number;
  reminded: number;
}

export async function runTransfusionRoster(
  db: Db,
  links: AnswerLinks | undefined,
  now = new Date(),
): Promise<RosterRun> {
  const run: RosterRun = { patients: 0, planned: 0, booked: 0, cases: 0, outreachStarted: 0, reminded: 0 };
  const today = kolkataDay(now);
  const ids = rowsOf<{ id: string }>(
    await db.execute(sql`select id from transfusion_patients where state = 'active' order by id`),
  );
  const outreach: Array<{ patient: PatientRow; caseId: string }> = [];
  for (const { id } of ids) {
    await db.transaction(async (tx) => {
      const [patient] = await tx
        .select()
        .from(transfusionPatients)
        .where(eq(transfusionPatients.id, id))
        .for('update', { skipLocked: true });
      if (!patient || patient.state !== 'active') return;
      run.patients++;
      const outcome = await planForPatient(tx, patient, null, now);
      run.planned += outcome.planned;
      run.booked += outcome.booked;
      for (const t of await transfusionShortfalls(tx, patient, now)) {
        if (t.short === 0) continue;
        let caseId = t.caseId;
        if (t.withinWindow) {
          const opened = await openTransfusionCase(
            tx,
            patient,
            { id: t.id, dueOn: t.dueOn, caseId: t.caseId },
            t.short,
            null,
            now,
          );
          if (opened.caseId !== t.caseId) run.cases++;
          caseId = opened.caseId;
        }
        // Also a case opened earlier when the pool ran out (a donor's NO by message): its outreach starts here.
        if (caseId) outreach.push({ patient, caseId });
      }
      await followTransfusionCases(tx, patient, null, now);
    });
  }
  if (links) {
    for (const { patient, caseId } of outreach) {
      if (await startTransfusionOutreach({ db, links }, null, patient, caseId)) run.outreachStarted++;
    }
  }
  run.reminded = await sendDayBeforeReminders(db, addDays(today, 1), now);
  return run;
}

/** The day-before reminders for transfusions due on `day`; returns how many were queued. */
export async function sendDayBeforeReminders(db: Db, day: string, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const due = rowsOf<{ id: string; patient_id: string; due_on: string; donor_id: string }>(
      await tx.execute(sql`update transfusion_bookings b set reminded_at = ${now.toISOString()}::timestamptz
        from transfusions t
        where b.id in (select b2.id from transfusion_bookings b2 join transfusions t2 on t2.id = b2.transfusion_id
            where b2.state = 'confirmed' and b2.reminded_at is null and t2.due_on = ${day}
              and t2.state in ('planned', 'covered')
            order by b2.id limit 500
            for update of b2 skip locked)
          and t.id = b.transfusion_id and b.reminded_at is null
        returning b.id, b.patient_id, t.due_on, b.donor_id`),
    );
    let queued = 0;
    const patients = new Map<string, PatientRow | undefined>();
    for (const b of due) {
      if (!patients.has(b.patient_id)) {
        const [p] = await tx.select().from(transfusionPatients).where(eq(transfusionPatients.id, b.patient_id));
        patients.set(b.patient_id, p);
      }
      const patient = patients.get(b.patient_id);
      const [donor] = rowsOf<BookedDonor>(
        await tx.execute(sql`select id, name, phone, language, preferred_channel as "preferredChannel",
            contact_from as "contactFrom", contact_to as "contactTo", opted_out_at as "optedOutAt",
            consent_withdrawn_at as "consentWithdrawnAt"
          from donors where id = ${b.donor_id}::uuid`),
      );
      if (patient && donor && (await queueBookingReminder(tx, patient, donor, { id: b.id, dueOn: b.due_on }, now))) {
        queued++;
      }
    }
    return queued;
  });
}
