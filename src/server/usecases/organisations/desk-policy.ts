// Reading and changing an organisation's desk policy (time targets, triage thresholds, claim idle time).
import { eq } from 'drizzle-orm';
import type { DeskPolicyView, UpdateDeskPolicyBody } from '../../../shared/contracts/organisations.js';
import { isAdmin, visibleOrganisationIds, type Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { organisationDeskSettings, organisations } from '../../db/schema/index.js';
import { deskPolicySchema, resolveDeskPolicy } from '../../domain/cases/desk-policy.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { forgetEverywhere } from '../../infrastructure/cache.js';

function canUpdate(actor: Actor, organisationId: string): boolean {
  return (
    isAdmin(actor) || actor.memberships.some((m) => m.role === 'coordinator' && m.organisationId === organisationId)
  );
}

async function assertVisible(db: Db, actor: Actor, organisationId: string): Promise<void> {
  const visible = visibleOrganisationIds(actor);
  if (visible !== null && !visible.includes(organisationId)) throw notFound();
  const [org] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!org) throw notFound();
}

async function stored(db: Db, organisationId: string): Promise<Record<string, unknown>> {
  const [row] = await db
    .select()
    .from(organisationDeskSettings)
    .where(eq(organisationDeskSettings.organisationId, organisationId));
  return row?.policy ?? {};
}

export async function getDeskPolicy(db: Db, actor: Actor, organisationId: string): Promise<DeskPolicyView> {
  await assertVisible(db, actor, organisationId);
  return { ...resolveDeskPolicy(await stored(db, organisationId)), can: { update: canUpdate(actor, organisationId) } };
}

export async function updateDeskPolicy(
  db: Db,
  actor: Actor,
  organisationId: string,
  input: UpdateDeskPolicyBody,
  ip: string | null = null,
): Promise<DeskPolicyView> {
  await assertVisible(db, actor, organisationId);
  if (!canUpdate(actor, organisationId)) throw forbidden();
  const before = resolveDeskPolicy(await stored(db, organisationId));
  const next = {
    ...before,
    ...(input.claimIdleMinutes !== undefined ? { claimIdleMinutes: input.claimIdleMinutes } : {}),
    ...(input.nearTargetShare !== undefined ? { nearTargetShare: input.nearTargetShare } : {}),
    targets: { ...before.targets, ...input.targets },
    triage: { ...before.triage, ...input.triage },
  };
  const problems: Array<{ field: string; code: string }> = [];
  if (next.triage.highSpo2Below < next.triage.criticalSpo2Below)
    problems.push({ field: 'triage.highSpo2Below', code: 'invalid' });
  for (const p of ['critical', 'high', 'normal'] as const) {
    if (next.targets[p].fulfilMinutes < next.targets[p].firstResponseMinutes)
      problems.push({ field: `targets.${p}.fulfilMinutes`, code: 'invalid' });
  }
  if (problems.length > 0 || !deskPolicySchema.safeParse(next).success) {
    throw new AppError(
      'validation_failed',
      { count: Math.max(1, problems.length) },
      problems.length ? problems : [{ field: 'body', code: 'invalid' }],
    );
  }
  await db.transaction(async (tx) => {
    await tx
      .insert(organisationDeskSettings)
      .values({ organisationId, policy: next })
      .onConflictDoUpdate({
        target: organisationDeskSettings.organisationId,
        set: { policy: next, updatedAt: new Date() },
      });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: 'organisation.updated',
      subjectType: 'organisation',
      subjectId: organisationId,
      organisationIds: [organisationId],
      ip,
      details: { deskPolicy: { before, after: next } },
    });
  });
  await forgetEverywhere(db, 'desk-policies');
  return { ...next, can: { update: true } };
}
