// Reading and changing an organisation's lending policy (loan days, extensions, reminders, escalation, deposits,
// the stock alert). The desk reads it; its coordinators change it, recorded in the audit log with before and after.
import { eq } from 'drizzle-orm';
import type { LendingPolicy, UpdateLendingPolicyBody } from '../../../shared/contracts/lending-policy.js';
import { lendingPolicy } from '../../../shared/contracts/lending-policy.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { lendingPolicyFor } from '../../db/queries/lending-policies.js';
import { organisationLendingSettings, organisations } from '../../db/schema/index.js';
import { canUseLending, lendingAbilities } from '../../domain/lending/abilities.js';
import { forbidden, notFound } from '../../errors.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { fieldError, lendingError } from '../equipment/lending-error.js';

async function checkOrganisation(db: Db, actor: Actor, organisationId: string) {
  if (!canUseLending(actor)) throw forbidden();
  const abilities = lendingAbilities(actor, { organisationId, districtCode: null });
  if (!abilities.read) throw notFound();
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!organisation) throw notFound();
  return abilities;
}

export async function getLendingPolicy(db: Db, actor: Actor, organisationId: string): Promise<LendingPolicy> {
  await checkOrganisation(db, actor, organisationId);
  return lendingPolicyFor(db, organisationId);
}

export async function updateLendingPolicy(
  db: Db,
  actor: Actor,
  organisationId: string,
  body: UpdateLendingPolicyBody,
  ip: string | null = null,
): Promise<LendingPolicy> {
  const verdict = (await checkOrganisation(db, actor, organisationId)).updatePolicy;
  if (verdict !== true) throw lendingError(verdict);
  return db.transaction(async (tx) => {
    // One change at a time per organisation, so two coordinators' edits do not overwrite each other's fields.
    await tx
      .insert(organisationLendingSettings)
      .values({ organisationId, policy: {} })
      .onConflictDoNothing({ target: organisationLendingSettings.organisationId });
    const [row] = await tx
      .select()
      .from(organisationLendingSettings)
      .where(eq(organisationLendingSettings.organisationId, organisationId))
      .for('update');
    const before = await lendingPolicyFor(tx, organisationId);
    const after = {
      ...before,
      ...body,
      quietHours: { ...before.quietHours, ...body.quietHours },
      suggestedDeposit: { ...before.suggestedDeposit, ...body.suggestedDeposit },
    };
    const parsed = lendingPolicy.safeParse(after);
    if (!parsed.success) throw fieldError(parsed.error.issues[0]?.path.join('.') || 'body', 'invalid');
    await tx
      .update(organisationLendingSettings)
      .set({ policy: { ...(row?.policy ?? {}), ...body }, updatedById: actor.userId, updatedAt: new Date() })
      .where(eq(organisationLendingSettings.organisationId, organisationId));
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: 'organisation.updated',
      subjectType: 'organisation',
      subjectId: organisationId,
      organisationIds: [organisationId],
      ip,
      details: { lendingPolicy: { before, after: parsed.data } },
    });
    return parsed.data;
  });
}
