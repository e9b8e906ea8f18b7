// Reading an organisation's blood policy: everyone of the organisation (as for its desk policy), admins any.
import { eq } from 'drizzle-orm';
import type { BloodPolicyView } from '../../../shared/contracts/blood-reports.js';
import { visibleOrganisationIds, type Actor } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { organisationBloodSettings, organisations } from '../../db/schema/index.js';
import { canUpdateBloodPolicy } from '../../domain/blood/donor-abilities.js';
import { resolveBloodPolicy, type BloodPolicy } from '../../domain/blood/blood-policy.js';
import { notFound } from '../../errors.js';

/** The organisation, if the actor may see it at all; anyone else is told "not found". */
export async function assertOrganisationVisible(db: DbOrTx, actor: Actor, organisationId: string): Promise<void> {
  const visible = visibleOrganisationIds(actor);
  if (visible !== null && !visible.includes(organisationId)) throw notFound();
  const [org] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!org) throw notFound();
}

/** The stored policy laid over the defaults, and when it was stored (null: the defaults, never changed). */
export async function storedBloodPolicy(
  db: DbOrTx,
  organisationId: string,
  lock = false,
): Promise<{ policy: BloodPolicy; updatedAt: Date | null }> {
  const query = db
    .select({ policy: organisationBloodSettings.policy, updatedAt: organisationBloodSettings.updatedAt })
    .from(organisationBloodSettings)
    .where(eq(organisationBloodSettings.organisationId, organisationId));
  const [row] = lock ? await query.for('update') : await query;
  return { policy: resolveBloodPolicy(row?.policy ?? {}), updatedAt: row?.updatedAt ?? null };
}

export function presentBloodPolicy(
  actor: Actor,
  organisationId: string,
  stored: { policy: BloodPolicy; updatedAt: Date | null },
): BloodPolicyView {
  return {
    ...stored.policy,
    updatedAt: stored.updatedAt?.toISOString() ?? null,
    can: { update: canUpdateBloodPolicy(actor, organisationId) },
  };
}

export async function getBloodPolicy(db: DbOrTx, actor: Actor, organisationId: string): Promise<BloodPolicyView> {
  await assertOrganisationVisible(db, actor, organisationId);
  return presentBloodPolicy(actor, organisationId, await storedBloodPolicy(db, organisationId));
}
