import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { organisationLendingSettings } from '../schema/index.js';
import { defaultLendingPolicy, resolveLendingPolicy, type LendingPolicy } from '../../domain/lending/lending-policy.js';

/** An organisation's lending policy: its stored overrides over the defaults (loan days, reminders, stock alert). */
export async function lendingPolicyFor(db: DbOrTx, organisationId: string): Promise<LendingPolicy> {
  const [row] = await db
    .select({ policy: organisationLendingSettings.policy })
    .from(organisationLendingSettings)
    .where(eq(organisationLendingSettings.organisationId, organisationId));
  return row ? resolveLendingPolicy(row.policy) : defaultLendingPolicy;
}
