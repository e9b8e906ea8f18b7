// How every bookings action runs: the child locked for the ability (lock-patient.ts: not found outside scope, 403,
// 409), the change and its history in one transaction — with every open desk case of the child's transfusions made to
// follow the units they are short now (followTransfusionCases) — then, after commit, outreach started on any desk
// case the change opened because the pool ran out, the desks told of the cases changed, and the child's calendar
// answered as it now stands.
import { inArray, sql } from 'drizzle-orm';
import type { PatientTransfusions } from '../../../shared/contracts/transfusion-bookings.js';
import type { TransfusionBookingState, TransfusionState } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type DbOrTx, type Tx } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { AppError, notFound } from '../../errors.js';
import { caseChange } from '../../events/case-bus.js';
import {
  lockPatientFor,
  readPatientFor,
  recordPatientEvent,
  type PatientAbility,
  type PatientRow,
} from '../transfusion-patients/lock-patient.js';
import { patientTransfusionsFor } from './booking-reads.js';
import { planForPatient, type PlanOutcome } from './plan-patient-bookings.js';
import {
  followTransfusionCases,
  openTransfusionCase,
  startTransfusionOutreach,
  transfusionShortfalls,
  type OutreachDeps,
} from './transfusion-case.js';

export type BookingRefusal =
  'booking_closed' | 'transfusion_closed' | 'transfusion_not_due' | 'day_taken' | 'patient_not_active';

export function bookingError(reason: BookingRefusal): AppError {
  return new AppError('transfusion_unavailable', { reasonKey: `transfusion_booking.${reason}` });
}

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TransfusionRow {
  id: string;
  patient_id: string;
  due_on: string;
  units: number;
  state: TransfusionState;
  case_id: string | null;
}

export interface BookingRow {
  id: string;
  transfusion_id: string;
  donor_id: string;
  state: TransfusionBookingState;
}

/** Locks one transfusion of the child; not found when it is not theirs. */
export async function lockTransfusion(tx: DbOrTx, patientId: string, transfusionId: string): Promise<TransfusionRow> {
  if (!uuidShape.test(transfusionId)) throw notFound();
  const [row] = rowsOf<TransfusionRow>(
    await tx.execute(sql`select id, patient_id, due_on, units, state, case_id from transfusions
      where id = ${transfusionId}::uuid and patient_id = ${patientId}::uuid for update`),
  );
  if (!row) throw notFound();
  return row;
}

/** Locks one booking of the child and its transfusion (transfusion first); not found when it is not theirs. */
export async function lockBooking(
  tx: DbOrTx,
  patientId: string,
  bookingId: string,
): Promise<{ booking: BookingRow; transfusion: TransfusionRow }> {
  if (!uuidShape.test(bookingId)) throw notFound();
  const [found] = rowsOf<{ transfusion_id: string }>(
    await tx.execute(sql`select transfusion_id from transfusion_bookings
      where id = ${bookingId}::uuid and patient_id = ${patientId}::uuid`),
  );
  if (!found) throw notFound();
  const transfusion = await lockTransfusion(tx, patientId, found.transfusion_id);
  const [booking] = rowsOf<BookingRow>(
    await tx.execute(sql`select id, transfusion_id, donor_id, state from transfusion_bookings
      where id = ${bookingId}::uuid for update`),
  );
  if (!booking) throw notFound();
  return { booking, transfusion };
}

export const isOpenTransfusion = (t: Pick<TransfusionRow, 'state'>) => t.state === 'planned' || t.state === 'covered';

/** What an action leaves for after the commit: desk cases whose outreach should start. */
export interface ActionEffects {
  outreachCaseIds: string[];
  /** Desk cases the action closed: the desks are told after the commit. */
  closedCaseIds: string[];
  /** Desk cases whose need the action changed (the units short moved): the desks are told after the commit. */
  changedCaseIds: string[];
}

/** No effects yet. */
export const noEffects = (): ActionEffects => ({ outreachCaseIds: [], closedCaseIds: [], changedCaseIds: [] });

/**
 * Every open desk case of the child's transfusions asks for what they are short now (transfusion-case.ts), in the
 * action's transaction; the cases changed or closed are told to the desks after the commit.
 */
export async function followCases(
  tx: DbOrTx,
  patient: PatientRow,
  actorId: string | null,
  now: Date,
  effects: ActionEffects,
): Promise<void> {
  const followed = await followTransfusionCases(tx, patient, actorId, now);
  effects.changedCaseIds.push(...followed.changed);
  effects.closedCaseIds.push(...followed.closed);
}

/**
 * Books the next in the pool for a transfusion that lost a donor (a decline, a deferral, a no-show). When the pool
 * cannot cover it, the transfusion opens (or feeds) a desk case for the units it is short (the one rule,
 * domain/thalassemia/units-short.ts: within the window only confirmed donors count, as the roster job counts them)
 * and outreach starts after the commit; the rebooking is a `booking_rebooked` line in the child's history. A case
 * already open follows the new number through the action's `followCases`.
 */
export async function rebook(
  tx: DbOrTx,
  patient: PatientRow,
  transfusion: TransfusionRow,
  replacedDonorId: string,
  actorId: string | null,
  now: Date,
  effects: ActionEffects,
): Promise<PlanOutcome> {
  const outcome = await planForPatient(tx, patient, actorId, now);
  const shortfall = outcome.shortfalls.find((s) => s.transfusionId === transfusion.id);
  const booked = outcome.bookings.filter((b) => b.transfusionId === transfusion.id);
  const short = shortfall
    ? ((await transfusionShortfalls(tx, patient, now)).find((t) => t.id === transfusion.id)?.short ?? shortfall.missing)
    : 0;
  let caseId: string | null = null;
  if (shortfall && short > 0 && patient.state === 'active') {
    const opened = await openTransfusionCase(
      tx,
      patient,
      { id: transfusion.id, dueOn: transfusion.due_on, caseId: transfusion.case_id },
      short,
      actorId,
      now,
    );
    caseId = opened.caseId;
    effects.outreachCaseIds.push(opened.caseId);
  }
  await recordPatientEvent(tx, patient, {
    type: 'booking_rebooked',
    actorId,
    at: now,
    details: {
      transfusionId: transfusion.id,
      dueOn: transfusion.due_on,
      replacedDonorId,
      bookedDonorIds: booked.map((b) => b.donorId),
      poolExhausted: Boolean(shortfall),
      unitsMissing: short,
      caseId,
    },
  });
  return outcome;
}

/** Runs one action for a person, then starts outreach where the pool ran out, then answers the calendar. */
export async function runBookingAction<T extends object = object>(
  deps: OutreachDeps,
  actor: Actor,
  patientId: string,
  ability: PatientAbility,
  change: (tx: Tx, patient: PatientRow, now: Date, effects: ActionEffects) => Promise<T | void>,
): Promise<PatientTransfusions & Partial<T>> {
  const now = new Date();
  const effects = noEffects();
  const { patient, extra } = await deps.db.transaction(async (tx) => {
    const row = await lockPatientFor(tx, actor, patientId, ability);
    const result = await change(tx, row, now, effects);
    await followCases(tx, row, actor.userId, now, effects);
    return { patient: row, extra: result ?? undefined };
  });
  for (const caseId of new Set(effects.outreachCaseIds)) {
    await startTransfusionOutreach(deps, actor, patient, caseId);
  }
  const told = [...new Set([...effects.closedCaseIds, ...effects.changedCaseIds])];
  if (deps.bus && told.length > 0) {
    const changed = await deps.db.select().from(cases).where(inArray(cases.id, told));
    for (const row of changed) deps.bus.publish(caseChange(row));
  }
  const view = await patientTransfusionsFor(deps.db, actor, await readPatientFor(deps.db, actor, patientId));
  return { ...view, ...(extra ?? {}) } as PatientTransfusions & Partial<T>;
}

export const todayOf = (now: Date) => kolkataDay(now);
