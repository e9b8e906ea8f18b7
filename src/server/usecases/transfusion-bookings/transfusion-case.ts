// A transfusion the roster cannot cover goes to the desk like any other plea (issue #14): a plea through
// usecases/cases/intake-plea.ts in the caller's transaction — the guardian as requester, the child as patient
// (condition thalassemia, the transfusion's day, so the existing triage rule sets the priority: critical within a
// day, high within three), the centre as the place, and the need: red cells of the child's group, the units still
// without a donor. Intake's deduplication joins an open case of the same guardian instead of opening another ("opens
// or feeds"). The case is stored on the transfusion. Outreach (usecases/outreach/start-outreach.ts) starts after the
// transaction commits, acting as the person who acted or, for the system, as the coordinator who registered the
// child.
//
// How many units it asks for is one rule (domain/thalassemia/units-short.ts), whichever path opens it, and a case
// already open follows that number as bookings change (`followTransfusionCases`).
import { sql } from 'drizzle-orm';
import { closedCaseStatuses, type CaseStatus, type TransfusionBookingState } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db, type DbOrTx } from '../../db/client.js';
import { recentDeskPolicyFor } from '../../db/queries/desk-policies.js';
import { fullYears, kolkataDay } from '../../domain/blood/calendar.js';
import { checkTransition, isOpen } from '../../domain/cases/status-machine.js';
import { allUnitsArranged } from '../../domain/outreach/answer-outcome.js';
import { isWithinShortfallWindow, unitsShort } from '../../domain/thalassemia/units-short.js';
import { AppError } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { channelText } from '../../i18n.js';
import { loadMemberships } from '../auth/load-actor.js';
import { recordCaseEvent } from '../cases/case-context.js';
import { intakePleas } from '../cases/intake-plea.js';
import { unitsArranged } from '../outreach/answer-ask.js';
import { finishOutreach } from '../outreach/answer-close-asks.js';
import type { AnswerLinks } from '../outreach/create-asks.js';
import { startOutreach } from '../outreach/start-outreach.js';
import { stopCaseOutreach } from '../outreach/stop-case-outreach.js';
import { recordPatientEvent, type PatientRow } from '../transfusion-patients/lock-patient.js';
import { spokenDay } from './booking-messages.js';

export interface TransfusionCase {
  transfusionId: string;
  caseId: string;
  reference: string;
  /** True when a new case was opened, false when an open one was fed. */
  opened: boolean;
}

/**
 * Opens (or feeds) the desk case of one transfusion with `missing` units; returns it. A transfusion whose case is
 * still open keeps it.
 */
export async function openTransfusionCase(
  tx: DbOrTx,
  patient: PatientRow,
  transfusion: { id: string; dueOn: string; caseId: string | null },
  missing: number,
  actorId: string | null,
  now: Date,
): Promise<TransfusionCase> {
  if (transfusion.caseId) {
    const [open] = rowsOf<{ id: string; reference: string }>(
      await tx.execute(sql`select id, reference from cases where id = ${transfusion.caseId}::uuid
        and status not in (${sql.join(
          closedCaseStatuses.map((s) => sql`${s}`),
          sql`, `,
        )})`),
    );
    if (open) return { transfusionId: transfusion.id, caseId: open.id, reference: open.reference, opened: false };
  }
  const [result] = await intakePleas(tx, [
    {
      channel: 'api',
      receivedAt: now,
      text: channelText(patient.language, 'transfusion_booking.case_plea', {
        reference: patient.reference,
        date: spokenDay(transfusion.dueOn),
        centre: patient.centre,
        units: missing,
        group: patient.bloodGroup,
      }),
      requester: {
        name: patient.guardianName,
        phones: [patient.guardianPhone, ...(patient.altPhone ? [patient.altPhone] : [])],
        language: patient.language,
        consentToShare: false,
      },
      patient: {
        name: patient.name,
        age: patient.dateOfBirth ? fullYears(patient.dateOfBirth, kolkataDay(now)) : null,
        sex: patient.sex,
        conditions: ['thalassemia'],
        transfusionDate: transfusion.dueOn,
      },
      location: {
        district: patient.districtCode,
        locality: patient.locality,
        address: patient.centreAddress,
        pincode: patient.pincode,
        hospital: patient.centre,
        lat: patient.lat,
        lon: patient.lon,
      },
      needs: [{ resource: 'blood', quantity: missing, bloodGroup: patient.bloodGroup }],
      organisationId: patient.organisationId,
      loggedById: actorId,
    },
  ]);
  if (!result) throw new Error('intake returned nothing');
  await tx.execute(sql`update transfusions set case_id = ${result.caseId}::uuid, updated_at = now()
    where id = ${transfusion.id}::uuid`);
  await recordPatientEvent(tx, patient, {
    type: 'transfusion_case_opened',
    actorId,
    at: now,
    details: {
      transfusionId: transfusion.id,
      dueOn: transfusion.dueOn,
      caseId: result.caseId,
      caseReference: result.reference,
      attached: result.attached,
      unitsMissing: missing,
    },
  });
  return {
    transfusionId: transfusion.id,
    caseId: result.caseId,
    reference: result.reference,
    opened: !result.attached,
  };
}

export interface OutreachDeps {
  db: Db;
  bus?: CaseBus | undefined;
  links: AnswerLinks;
}

/**
 * Starts outreach on the case's blood need unless a run exists already (running, or stopped by someone). Acts as
 * `actor`, else as the child's registrar with their memberships today. Returns whether a run started; a refusal
 * (no WhatsApp/SMS number, nobody allowed) leaves the case to the desk.
 */
export async function startTransfusionOutreach(
  deps: OutreachDeps,
  actor: Actor | null,
  patient: Pick<PatientRow, 'createdById'>,
  caseId: string,
): Promise<boolean> {
  const [need] = rowsOf<{ id: string; run: string | null }>(
    await deps.db.execute(sql`select n.id, r.state as run from case_needs n
      left join outreach_runs r on r.need_id = n.id
      where n.case_id = ${caseId}::uuid and n.resource = 'blood'
      order by n.position limit 1`),
  );
  if (!need || need.run !== null) return false;
  const acting =
    actor ??
    (patient.createdById
      ? { userId: patient.createdById, memberships: await loadMemberships(deps.db, patient.createdById) }
      : null);
  if (!acting) return false;
  try {
    await startOutreach(deps, acting, { caseId, needId: need.id });
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/**
 * A transfusion given or missed — or covered again, no unit short any more — ends the desk case opened for its
 * shortfall: closed as no longer needed, its outreach stopped in the same transaction, so no donor is asked (or has
 * their monthly limit used up) for blood the child is no longer waiting for. A case the desk already closed or
 * fulfilled is left as it is. Returns the case closed. `actorId` null: the system (the roster job, a donor's message).
 */
export async function closeTransfusionCase(
  tx: DbOrTx,
  caseId: string | null,
  actorId: string | null,
  ended: 'done' | 'missed' | 'covered',
  now: Date,
): Promise<string | null> {
  if (caseId === null) return null;
  const [row] = rowsOf<{ id: string; status: CaseStatus; close_reason: string | null; was_verified: boolean }>(
    await tx.execute(
      sql`select id, status, close_reason, was_verified from cases where id = ${caseId}::uuid for update`,
    ),
  );
  // The case lifecycle's own rule decides (a case already closed or fulfilled stays as the desk left it).
  const refusal = row
    ? checkTransition({
        from: row.status,
        to: 'closed',
        wasVerified: row.was_verified,
        closeReason: 'no_longer_needed',
      })
    : 'invalid_transition';
  if (!row || refusal) return null;
  await tx.execute(sql`update cases set status = 'closed', close_reason = 'no_longer_needed', closed_at = ${now},
      version = version + 1, updated_at = ${now}
    where id = ${row.id}::uuid`);
  await recordCaseEvent(tx, {
    caseId: row.id,
    actorId,
    type: 'status_changed',
    before: { status: row.status, closeReason: row.close_reason },
    // Why, for whoever reads the record: the transfusion it was opened for was given or missed.
    after: {
      status: 'closed',
      closeReason: 'no_longer_needed',
      transfusion: ended,
      ...(ended === 'covered' ? { unitsShort: 0 } : {}),
    },
    at: now,
  });
  await stopCaseOutreach(tx, row.id, 'closed', actorId, now);
  return row.id;
}

/** One upcoming transfusion of a child (planned or covered, today or later) with the units it is short. */
export interface TransfusionShortfall {
  id: string;
  dueOn: string;
  units: number;
  caseId: string | null;
  /** Units without a donor to count on (domain/thalassemia/units-short.ts). */
  short: number;
  /** Within the desk's triage window: the roster job sends it to the desk when short. */
  withinWindow: boolean;
}

/**
 * Each upcoming transfusion of the child with its units short by the one rule, in due order; the window is the
 * organisation's desk policy (`triage.highTransfusionHours`, as triage and the roster job read it).
 */
export async function transfusionShortfalls(
  tx: DbOrTx,
  patient: Pick<PatientRow, 'id' | 'organisationId'>,
  now: Date,
): Promise<TransfusionShortfall[]> {
  const rows = rowsOf<{
    id: string;
    due_on: string;
    units: number;
    case_id: string | null;
    states: TransfusionBookingState[];
  }>(
    await tx.execute(sql`select t.id, t.due_on, t.units, t.case_id,
        coalesce((select jsonb_agg(b.state) from transfusion_bookings b where b.transfusion_id = t.id),
          '[]'::jsonb) as states
      from transfusions t
      where t.patient_id = ${patient.id}::uuid and t.state in ('planned', 'covered') and t.due_on >= ${kolkataDay(now)}
      order by t.due_on`),
  );
  if (rows.length === 0) return [];
  const windowHours = (await recentDeskPolicyFor(tx, patient.organisationId)).triage.highTransfusionHours;
  return rows.map((t) => {
    const states = typeof t.states === 'string' ? (JSON.parse(t.states) as TransfusionBookingState[]) : t.states;
    return {
      id: t.id,
      dueOn: t.due_on,
      units: t.units,
      caseId: t.case_id,
      short: unitsShort({
        unitsNeeded: t.units,
        bookings: states.map((state) => ({ state })),
        now,
        day: t.due_on,
        windowHours,
      }),
      withinWindow: isWithinShortfallWindow(t.due_on, now, windowHours),
    };
  });
}

export interface FollowedCases {
  /** Cases whose blood need now asks for a different number of units. */
  changed: string[];
  /** Cases closed because no unit is short any more. */
  closed: string[];
}

/**
 * Keeps each open desk case of the child's upcoming transfusions asking for what they are short now (a decline, a
 * confirmation, a donation, a donor joining the pool, the day coming within the window). A case stands for every
 * open transfusion stored on it (intake may have fed one case from two), so its blood need asks for their sum. When
 * the number changes, the need's quantity is written and the timeline gets a `field_edited` line, needs before →
 * after with who (null: the system) and when, as an edit of the need records it (usecases/cases/update-case.ts); what
 * was already delivered never stays above the new quantity, and once the units arranged for it (donors matched by
 * outreach, replacements, units delivered) reach the new quantity its outreach is finished as an answer would finish
 * it. When nothing is short any more the case closes as no longer needed (closeTransfusionCase: only where the case
 * lifecycle allows it). A case already closed or fulfilled, and a number that did not change, write nothing.
 */
export async function followTransfusionCases(
  tx: DbOrTx,
  patient: Pick<PatientRow, 'id' | 'organisationId'>,
  actorId: string | null,
  now: Date,
): Promise<FollowedCases> {
  const followed: FollowedCases = { changed: [], closed: [] };
  const shortBy = new Map<string, number>();
  for (const t of await transfusionShortfalls(tx, patient, now)) {
    if (t.caseId) shortBy.set(t.caseId, (shortBy.get(t.caseId) ?? 0) + t.short);
  }
  // Cases locked in id order, as every multi-case change takes them.
  for (const caseId of [...shortBy.keys()].sort()) {
    const short = shortBy.get(caseId) ?? 0;
    const [row] = rowsOf<{ id: string; status: CaseStatus }>(
      await tx.execute(sql`select id, status from cases where id = ${caseId}::uuid for update`),
    );
    if (!row || !isOpen(row.status)) continue;
    const needs = rowsOf<{
      id: string;
      resource: string;
      quantity_requested: number;
      quantity_fulfilled: number;
      blood_group: string | null;
      medicine: string | null;
    }>(
      await tx.execute(sql`select id, resource, quantity_requested, quantity_fulfilled, blood_group, medicine
        from case_needs where case_id = ${caseId}::uuid order by position`),
    );
    const need = needs.find((n) => n.resource === 'blood');
    if (!need) continue;
    if (short === 0) {
      if (await closeTransfusionCase(tx, caseId, actorId, 'covered', now)) followed.closed.push(caseId);
      continue;
    }
    if (short === need.quantity_requested) continue;
    const fulfilled = Math.min(need.quantity_fulfilled, short);
    await tx.execute(sql`update case_needs set quantity_requested = ${short}, quantity_fulfilled = ${fulfilled}
      where id = ${need.id}::uuid`);
    await tx.execute(sql`update cases set version = version + 1, updated_at = ${now.toISOString()}::timestamptz
      where id = ${caseId}::uuid`);
    const described = (quantityOf: (n: (typeof needs)[number]) => number) =>
      needs.map((n) => ({
        resource: n.resource,
        quantity: quantityOf(n),
        bloodGroup: n.blood_group,
        medicine: n.medicine,
      }));
    await recordCaseEvent(tx, {
      caseId,
      actorId,
      type: 'field_edited',
      before: { needs: described((n) => n.quantity_requested) },
      after: { needs: described((n) => (n.id === need.id ? short : n.quantity_requested)), unitsShort: short },
      at: now,
    });
    followed.changed.push(caseId);
    if (allUnitsArranged(await unitsArranged(tx, need.id, fulfilled), short)) {
      await finishOutreach(tx, caseId, need.id, now);
    }
  }
  return followed;
}
