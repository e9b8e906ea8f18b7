import { and, eq, inArray, min, sql } from 'drizzle-orm';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { caseNeeds, cases, districts, messages } from '../../db/schema/index.js';
import { priorityRank } from '../../domain/cases/desk-policy.js';
import { newReference } from '../../domain/cases/reference.js';
import { dueTimes } from '../../domain/cases/sla.js';
import { triage } from '../../domain/cases/triage.js';
import { AppError } from '../../errors.js';
import { caseChange, type CaseBus } from '../../events/case-bus.js';
import { deskPolicyFor } from '../../db/queries/desk-policies.js';
import { getCase } from './get-case.js';
import { lockCaseFor, recordCaseEvent, touchCase } from './case-context.js';

/**
 * The opposite of a merge: some messages and needs were really another request. They move to a new
 * case (same person and place), whose clock starts at its own earliest message. Returns the new case.
 */
export async function splitCase(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  input: { messageIds: string[]; needIds: string[] },
): Promise<CaseDetail> {
  const created = await deps.db.transaction(async (tx) => {
    const row = await lockCaseFor(tx, actor, caseId, 'edit');
    const allMessages = await tx
      .select({ id: messages.id, receivedAt: messages.receivedAt, channel: messages.channel })
      .from(messages)
      .where(eq(messages.caseId, row.id));
    const allNeeds = await tx.select().from(caseNeeds).where(eq(caseNeeds.caseId, row.id));
    const movingMessages = allMessages.filter((m) => input.messageIds.includes(m.id));
    const movingNeeds = allNeeds.filter((n) => input.needIds.includes(n.id));
    const invalid =
      movingMessages.length !== new Set(input.messageIds).size ||
      movingNeeds.length !== new Set(input.needIds).size ||
      movingMessages.length === allMessages.length ||
      movingNeeds.length === allNeeds.length;
    if (invalid) {
      throw new AppError('validation_failed', { count: 1 }, [{ field: 'messageIds', code: 'invalid' }]);
    }
    const policy = await deskPolicyFor(tx, row.organisationId);
    const clockStart = new Date(Math.min(...movingMessages.map((m) => m.receivedAt.getTime())));
    const { priority, reasons } = triage(
      {
        spo2: row.spo2,
        age: row.patientAge,
        conditions: row.conditions as Parameters<typeof triage>[0]['conditions'],
        resources: movingNeeds.map((n) => n.resource),
        transfusionDate: row.transfusionDate,
        urgency: row.priorityReasons.includes('urgent_words') ? 'urgent' : null,
      },
      policy.triage,
      new Date(),
    );
    const [district] = await tx
      .select({ name: districts.name })
      .from(districts)
      .where(eq(districts.code, row.districtCode));
    const { id, reference, createdAt, updatedAt, version, ...copy } = row;
    let fresh: { id: string; reference: string } | undefined;
    for (let attempt = 0; !fresh && attempt < 8; attempt += 1) {
      [fresh] = await tx
        .insert(cases)
        .values({
          ...copy,
          reference: newReference(district?.name ?? row.districtCode, attempt),
          status: 'new',
          closeReason: null,
          duplicateOfId: null,
          computedPriority: priority,
          priorityReasons: reasons,
          priorityOverride: null,
          priorityOverrideReason: null,
          priorityRank: priorityRank[priority],
          firstMessageAt: clockStart,
          firstResponseAt: null,
          ...dueTimes(clockStart, priority, policy.targets),
          fulfilledAt: null,
          closedAt: null,
          wasVerified: false,
          assigneeId: null,
          claimedAt: null,
          assigneeActiveAt: null,
          messageCount: movingMessages.length,
          channelsUsed: [...new Set(movingMessages.map((m) => m.channel))],
        })
        .onConflictDoNothing({ target: cases.reference })
        .returning({ id: cases.id, reference: cases.reference });
    }
    if (!fresh) throw new Error('could not allocate a case reference');
    await tx.update(messages).set({ caseId: fresh.id }).where(inArray(messages.id, input.messageIds));
    await tx
      .update(caseNeeds)
      .set({ caseId: fresh.id })
      .where(and(eq(caseNeeds.caseId, row.id), inArray(caseNeeds.id, input.needIds)));
    const [remaining] = await tx
      .select({ first: min(messages.receivedAt) })
      .from(messages)
      .where(eq(messages.caseId, row.id));
    const remainingStart = remaining?.first ?? row.firstMessageAt;
    const shift = remainingStart.getTime() - row.firstMessageAt.getTime();
    await touchCase(tx, row, actor, {
      messageCount: sql`${cases.messageCount} - ${movingMessages.length}` as unknown as number,
      channelsUsed: [...new Set(allMessages.filter((m) => !input.messageIds.includes(m.id)).map((m) => m.channel))],
      firstMessageAt: remainingStart,
      responseDueAt: new Date(row.responseDueAt.getTime() + shift),
      fulfilDueAt: new Date(row.fulfilDueAt.getTime() + shift),
    });
    await recordCaseEvent(tx, {
      caseId: row.id,
      actorId: actor.userId,
      type: 'split',
      after: { into: fresh.reference, intoId: fresh.id, messages: movingMessages.length, needs: movingNeeds.length },
    });
    await recordCaseEvent(tx, {
      caseId: fresh.id,
      actorId: actor.userId,
      type: 'split',
      before: { from: row.reference, fromId: row.id },
      after: { priority, reasons },
    });
    return { source: row, fresh };
  });
  deps.bus?.publish(caseChange(created.source));
  deps.bus?.publish(caseChange({ ...created.source, id: created.fresh.id, reference: created.fresh.reference }));
  return getCase(deps.db, actor, created.fresh.id);
}
