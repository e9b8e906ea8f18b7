import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { CaseDetail, updateCaseBody } from '../../../shared/contracts/cases.js';
import type { Actor } from '../../../shared/permissions.js';
import { accessTo, scopeFor } from '../../../shared/scope.js';
import { caseRecord } from '../../domain/cases/abilities.js';
import type { Db } from '../../db/client.js';
import type { cases } from '../../db/schema/index.js';
import { caseNeeds, districts } from '../../db/schema/index.js';
import { patientNameKey } from '../../domain/cases/dedup.js';
import { priorityRank } from '../../domain/cases/desk-policy.js';
import { dueTimes } from '../../domain/cases/sla.js';
import { triage } from '../../domain/cases/triage.js';
import { AppError } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { recordCaseEvent, runCaseAction, touchCase, type CaseRow } from './case-context.js';
import { deskPolicyFor } from '../../db/queries/desk-policies.js';

type UpdateCaseInput = z.output<typeof updateCaseBody>;

/** Field edits: each changed field is recorded before → after; triage is re-run on the new facts. */
export async function updateCase(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  input: UpdateCaseInput,
): Promise<CaseDetail> {
  return runCaseAction(deps, actor, caseId, 'edit', async (tx, row) => {
    const set: Partial<typeof cases.$inferInsert> = {};
    const r = input.requester ?? {};
    const p = input.patient ?? {};
    const l = input.location ?? {};
    if (r.name !== undefined) set.requesterName = r.name;
    if (r.phones !== undefined) set.requesterPhones = [...new Set(r.phones)];
    if (r.language !== undefined) set.requesterLanguage = r.language;
    if (r.consentToShare !== undefined) set.consentToShare = r.consentToShare;
    if (p.name !== undefined) {
      set.patientName = p.name;
      set.patientNameKey = patientNameKey(p.name);
    }
    if (p.age !== undefined) set.patientAge = p.age;
    if (p.sex !== undefined) set.patientSex = p.sex;
    if (p.conditions !== undefined) set.conditions = p.conditions;
    if (p.spo2 !== undefined) {
      set.spo2 = p.spo2;
      set.spo2At = p.spo2 === null ? null : new Date();
    }
    if (p.transfusionDate !== undefined) set.transfusionDate = p.transfusionDate;
    if (l.district !== undefined) {
      const [found] = await tx.select({ code: districts.code }).from(districts).where(eq(districts.code, l.district));
      if (!found)
        throw new AppError('unknown_districts', { districts: l.district }, [
          { field: 'location.district', code: 'invalid' },
        ]);
      // Moving a case where the actor cannot work would hand it to people they do not answer for, and lose it
      // from their own desk: refused before anything is written.
      const moved = caseRecord({ ...row, districtCode: l.district });
      if (accessTo(scopeFor(actor, 'cases'), moved) !== 'work') {
        throw new AppError('validation_failed', { count: 1 }, [{ field: 'location.district', code: 'out_of_scope' }]);
      }
      set.districtCode = l.district;
    }
    for (const key of ['locality', 'address', 'pincode', 'hospital', 'lat', 'lon'] as const) {
      if (l[key] !== undefined) (set as Record<string, unknown>)[key] = l[key];
    }
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(set)) {
      const old = (row as Record<string, unknown>)[key];
      if (JSON.stringify(old) !== JSON.stringify(value) && key !== 'patientNameKey' && key !== 'spo2At') {
        before[key] = old instanceof Date ? old.toISOString() : old;
        after[key] = value;
      }
    }
    let resources = (
      await tx.select({ resource: caseNeeds.resource }).from(caseNeeds).where(eq(caseNeeds.caseId, row.id))
    ).map((n) => n.resource);
    if (input.needs) {
      const oldNeeds = await tx.select().from(caseNeeds).where(eq(caseNeeds.caseId, row.id));
      await tx.delete(caseNeeds).where(eq(caseNeeds.caseId, row.id));
      await tx.insert(caseNeeds).values(
        input.needs.map((n, position) => {
          // Keep what was already delivered for a need that stays.
          const kept = oldNeeds.find((o) => o.resource === n.resource && o.bloodGroup === (n.bloodGroup ?? null));
          return {
            caseId: row.id,
            resource: n.resource,
            quantityRequested: n.quantity,
            quantityFulfilled: Math.min(kept?.quantityFulfilled ?? 0, n.quantity),
            bloodGroup: n.bloodGroup ?? null,
            medicine: n.medicine ?? null,
            position,
          };
        }),
      );
      before.needs = oldNeeds.map((n) => ({
        resource: n.resource,
        quantity: n.quantityRequested,
        bloodGroup: n.bloodGroup,
        medicine: n.medicine,
      }));
      after.needs = input.needs.map((n) => ({
        resource: n.resource,
        quantity: n.quantity,
        bloodGroup: n.bloodGroup ?? null,
        medicine: n.medicine ?? null,
      }));
      resources = input.needs.map((n) => n.resource);
    }
    if (Object.keys(after).length === 0) return;
    const retriaged = await retriage(tx, { ...row, ...set } as CaseRow, resources);
    await touchCase(tx, row, actor, { ...set, ...retriaged });
    await recordCaseEvent(tx, { caseId: row.id, actorId: actor.userId, type: 'field_edited', before, after });
    await recordPriorityChange(tx, actor, row, retriaged);
  });
}

/**
 * A reading taken elsewhere (the lending gate's SpO2) put on the case as an edit would: recorded before → after,
 * triage re-run on it, so the desk's priority and clock follow. Nothing when the case already holds that reading.
 */
export async function recordCaseSpo2(
  tx: Parameters<typeof deskPolicyFor>[0],
  actor: Actor,
  row: CaseRow,
  spo2: number,
): Promise<boolean> {
  if (row.spo2 === spo2) return false;
  const set = { spo2, spo2At: new Date() };
  const resources = (
    await tx.select({ resource: caseNeeds.resource }).from(caseNeeds).where(eq(caseNeeds.caseId, row.id))
  ).map((n) => n.resource);
  const retriaged = await retriage(tx, { ...row, ...set }, resources);
  await touchCase(tx, row, actor, { ...set, ...retriaged });
  await recordCaseEvent(tx, {
    caseId: row.id,
    actorId: actor.userId,
    type: 'field_edited',
    before: { spo2: row.spo2 },
    after: { spo2 },
  });
  await recordPriorityChange(tx, actor, row, retriaged);
  return true;
}

/**
 * When the facts re-triaged move the priority the desk works by (an operator's override holds over them), the
 * timeline says so, with who and when, as an override does: before → after with the triage's reasons.
 */
async function recordPriorityChange(
  tx: Parameters<typeof deskPolicyFor>[0],
  actor: Actor,
  row: CaseRow,
  retriaged: Retriaged,
): Promise<void> {
  const before = row.priorityOverride ?? row.computedPriority;
  const after = row.priorityOverride ?? retriaged.computedPriority;
  if (before === after) return;
  await recordCaseEvent(tx, {
    caseId: row.id,
    actorId: actor.userId,
    type: 'priority_changed',
    before: { priority: before, reasons: row.priorityReasons },
    after: { priority: after, reasons: retriaged.priorityReasons },
  });
}

type Retriaged = Partial<typeof cases.$inferInsert> &
  Required<Pick<typeof cases.$inferInsert, 'computedPriority' | 'priorityReasons'>>;

async function retriage(
  tx: Parameters<typeof deskPolicyFor>[0],
  row: CaseRow,
  resources: CaseRow['conditions'],
): Promise<Retriaged> {
  const policy = await deskPolicyFor(tx, row.organisationId);
  const { priority, reasons } = triage(
    {
      spo2: row.spo2,
      age: row.patientAge,
      conditions: row.conditions as Parameters<typeof triage>[0]['conditions'],
      resources: resources as Parameters<typeof triage>[0]['resources'],
      transfusionDate: row.transfusionDate,
      // The plea's own words do not change with an edit: a case once raised for saying "urgent" stays so.
      urgency: row.priorityReasons.includes('urgent_words') ? 'urgent' : null,
    },
    policy.triage,
    new Date(),
  );
  const effective = row.priorityOverride ?? priority;
  return {
    computedPriority: priority,
    priorityReasons: reasons,
    priorityRank: priorityRank[effective],
    ...dueTimes(row.firstMessageAt, effective, policy.targets),
  };
}
