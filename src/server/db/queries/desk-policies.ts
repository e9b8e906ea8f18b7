import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { organisationDeskSettings } from '../schema/index.js';
import { defaultDeskPolicy, resolveDeskPolicy, type DeskPolicy } from '../../domain/cases/desk-policy.js';
import { Cache } from '../../infrastructure/cache.js';

/** The desk policy of the organisation that took a case in, or the defaults. */
export async function deskPolicyFor(db: DbOrTx, organisationId: string | null): Promise<DeskPolicy> {
  if (!organisationId) return defaultDeskPolicy;
  const [row] = await db
    .select({ policy: organisationDeskSettings.policy })
    .from(organisationDeskSettings)
    .where(eq(organisationDeskSettings.organisationId, organisationId));
  return row ? resolveDeskPolicy(row.policy) : defaultDeskPolicy;
}

/** Policies for many organisations at once (list views). */
export async function deskPoliciesFor(
  db: DbOrTx,
  organisationIds: readonly (string | null)[],
): Promise<(organisationId: string | null) => DeskPolicy> {
  const ids = [...new Set(organisationIds.filter((id): id is string => id !== null))];
  const rows =
    ids.length === 0
      ? []
      : await db.select().from(organisationDeskSettings).where(inArray(organisationDeskSettings.organisationId, ids));
  const found = new Map(rows.map((r) => [r.organisationId, resolveDeskPolicy(r.policy)]));
  return (id) => (id ? (found.get(id) ?? defaultDeskPolicy) : defaultDeskPolicy);
}

const recentPolicies = new Cache<string, DeskPolicy>('desk-policies', 5_000);

/** The same, remembered for a few seconds: intake reads it for every plea, and it changes rarely. */
export function recentDeskPolicyFor(db: DbOrTx, organisationId: string | null): Promise<DeskPolicy> {
  if (!organisationId) return Promise.resolve(defaultDeskPolicy);
  return recentPolicies.get(organisationId, () => deskPolicyFor(db, organisationId));
}
