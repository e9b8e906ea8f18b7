// SpO2 below 90 at the lending gate: the patient belongs in a hospital, so nothing is lent and the case goes to the
// coordinators responsible for it, as the desk's escalation does (escalate-overdue-cases.ts): an `escalated` case
// event and an in-app notification for each — once per case for this reason, however often the gate is asked.
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/permissions.js';
import type { Tx } from '../../db/client.js';
import { caseEvents, notifications } from '../../db/schema/index.js';
import { recordCaseEvent, touchCase, type CaseRow } from '../cases/case-context.js';
import { coordinatorsOf } from './coordinators-of.js';

export const severeGateReason = 'spo2_below_90';

/** Escalates the locked case for a severe reading; false when it already was for this reason. */
export async function escalateSevereGate(
  tx: Tx,
  actor: Actor,
  row: CaseRow,
  spo2: number,
  now: Date,
): Promise<boolean> {
  const [already] = await tx
    .select({ id: caseEvents.id })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.caseId, row.id),
        eq(caseEvents.type, 'escalated'),
        sql`${caseEvents.after}->>'reason' = ${severeGateReason}`,
      ),
    )
    .limit(1);
  if (already) return false;
  const recipients = await coordinatorsOf(tx, {
    organisationIds: row.organisationId ? [row.organisationId, ...row.referredOrganisationIds] : null,
    districtCode: row.districtCode,
  });
  if (recipients.length > 0) {
    await tx
      .insert(notifications)
      .values(
        recipients.map((userId) => ({
          userId,
          kind: 'escalation' as const,
          caseId: row.id,
          details: { reference: row.reference, reason: severeGateReason, spo2 },
        })),
      )
      .onConflictDoNothing();
  }
  await recordCaseEvent(tx, {
    caseId: row.id,
    actorId: actor.userId,
    type: 'escalated',
    after: { reason: severeGateReason, spo2, coordinators: recipients.length },
    at: now,
  });
  await touchCase(tx, row, actor);
  return true;
}
