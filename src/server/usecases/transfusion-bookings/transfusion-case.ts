// A transfusion the roster cannot cover goes to the desk like any other plea (issue #14): a plea through
// usecases/cases/intake-plea.ts in the caller's transaction — the guardian as requester, the child as patient
// (condition thalassemia, the transfusion's day, so the existing triage rule sets the priority: critical within a
// day, high within three), the centre as the place, and the need: red cells of the child's group, the units still
// without a donor. Intake's deduplication joins an open case of the same guardian instead of opening another ("opens
// or feeds"). The case is stored on the transfusion. Outreach (usecases/outreach/start-outreach.ts) starts after the
// transaction commits, acting as the person who acted or, for the system, as the coordinator who registered the
// child.
import { sql } from 'drizzle-orm';
import { closedCaseStatuses, type CaseStatus } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type Db, type DbOrTx } from '../../db/client.js';
import { fullYears, kolkataDay } from '../../domain/blood/calendar.js';
import { checkTransition } from '../../domain/cases/status-machine.js';
import { AppError } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { channelText } from '../../i18n.js';
import { loadMemberships } from '../auth/load-actor.js';
import { recordCaseEvent } from '../cases/case-context.js';
import { intakePleas } from '../cases/intake-plea.js';
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
 * A transfusion given or missed ends the desk case opened for its shortfall: closed as no longer needed, its outreach
 * stopped in the same transaction, so no donor is asked (or has their monthly limit used up) for blood the child is
 * no longer waiting for. A case the desk already closed or fulfilled is left as it is. Returns the case closed.
 */
export async function closeTransfusionCase(
  tx: DbOrTx,
  caseId: string | null,
  actorId: string,
  ended: 'done' | 'missed',
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
    after: { status: 'closed', closeReason: 'no_longer_needed', transfusion: ended },
  });
  await stopCaseOutreach(tx, row.id, 'closed', actorId, now);
  return row.id;
}
