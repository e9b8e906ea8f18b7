import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { organisationDeskSettings } from '../../db/schema/index.js';
import { defaultDeskPolicy, resolveDeskPolicy, type DeskPolicy } from '../../domain/cases/desk-policy.js';

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

const recent = new Map<string, { at: number; policy: Promise<DeskPolicy> }>();
const recentMs = 5_000;

/** The same, remembered for a few seconds: intake reads it for every plea, and it changes rarely. */
export function recentDeskPolicyFor(db: DbOrTx, organisationId: string | null): Promise<DeskPolicy> {
  if (!organisationId) return Promise.resolve(defaultDeskPolicy);
  const cached = recent.get(organisationId);
  if (cached && Date.now() - cached.at < recentMs) return cached.policy;
  const policy = deskPolicyFor(db, organisationId);
  recent.set(organisationId, { at: Date.now(), policy });
  policy.catch(() => recent.delete(organisationId));
  return policy;
}

/** Call after changing an organisation's desk policy. */
export function forgetDeskPolicies(): void {
  recent.clear();
}
