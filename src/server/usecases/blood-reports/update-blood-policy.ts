// Changing an organisation's blood policy: its coordinators, or an administrator. The change, the audit event
// (before and after) and the donors whose eligibility follows from it land in one transaction; a refused change
// writes nothing.
import { eq } from 'drizzle-orm';
import type { BloodPolicyView, UpdateBloodPolicyBody } from '../../../shared/contracts/blood-reports.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { organisationBloodSettings } from '../../db/schema/index.js';
import { bloodPolicySchema, type BloodPolicy } from '../../domain/blood/blood-policy.js';
import { canUpdateBloodPolicy } from '../../domain/blood/donor-abilities.js';
import { bloodPolicyProblems } from '../../../shared/blood-policy-checks.js';
import { AppError, forbidden } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { systemActorId } from '../system-actor.js';
import { assertOrganisationVisible, presentBloodPolicy, storedBloodPolicy } from './get-blood-policy.js';
import { reapplyContestedClauses } from './reapply-contested-clauses.js';

/** The change laid over the current policy. */
function merged(before: BloodPolicy, input: UpdateBloodPolicyBody): BloodPolicy {
  return {
    ...before,
    ...(input.asksPerUnit !== undefined ? { asksPerUnit: input.asksPerUnit } : {}),
    ...(input.maxAsksPer30Days !== undefined ? { maxAsksPer30Days: input.maxAsksPer30Days } : {}),
    ...(input.unverifiedOnlyWhenNoVerified !== undefined
      ? { unverifiedOnlyWhenNoVerified: input.unverifiedOnlyWhenNoVerified }
      : {}),
    ...(input.contestedClauses !== undefined ? { contestedClauses: [...input.contestedClauses].sort() } : {}),
    ...(input.convalescentPlasma !== undefined ? { convalescentPlasma: input.convalescentPlasma } : {}),
    widenAfterMinutes: { ...before.widenAfterMinutes, ...input.widenAfterMinutes },
    radiusKm: { ...before.radiusKm, ...input.radiusKm },
    quietHours: { ...before.quietHours, ...input.quietHours },
  };
}

const sameClauses = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().every((clause, i) => clause === [...b].sort()[i]);

export async function updateBloodPolicy(
  db: Db,
  actor: Actor,
  organisationId: string,
  input: UpdateBloodPolicyBody,
  ip: string | null = null,
  now: Date = new Date(),
): Promise<BloodPolicyView> {
  await assertOrganisationVisible(db, actor, organisationId);
  if (!canUpdateBloodPolicy(actor, organisationId)) throw forbidden();
  const actorId = actor.userId === systemActorId ? null : actor.userId;
  const stored = await db.transaction(async (tx) => {
    // The row exists before it is locked, so two changes at once are made one after the other, never lost.
    await tx.insert(organisationBloodSettings).values({ organisationId, policy: {} }).onConflictDoNothing();
    const { policy: before } = await storedBloodPolicy(tx, organisationId, true);
    const after = merged(before, input);
    const problems = bloodPolicyProblems(after);
    if (problems.length > 0 || !bloodPolicySchema.safeParse(after).success) {
      throw new AppError(
        'validation_failed',
        { count: Math.max(1, problems.length) },
        problems.length > 0 ? problems : [{ field: 'body', code: 'invalid' }],
      );
    }
    await tx
      .update(organisationBloodSettings)
      .set({ policy: after, updatedById: actorId, updatedAt: now })
      .where(eq(organisationBloodSettings.organisationId, organisationId));
    const donorsReassessed = sameClauses(before.contestedClauses, after.contestedClauses)
      ? 0
      : await reapplyContestedClauses(tx, { organisationId, policy: after, actorId, now });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: 'organisation.updated',
      subjectType: 'organisation',
      subjectId: organisationId,
      organisationIds: [organisationId],
      ip,
      details: { bloodPolicy: { before, after }, ...(donorsReassessed > 0 ? { donorsReassessed } : {}) },
    });
    return { policy: after, updatedAt: now };
  });
  return presentBloodPolicy(actor, organisationId, stored);
}
