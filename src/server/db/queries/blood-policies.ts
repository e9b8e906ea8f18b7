import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { organisationBloodSettings } from '../schema/index.js';
import { defaultBloodPolicy, resolveBloodPolicy, type BloodPolicy } from '../../domain/blood/blood-policy.js';

/** An organisation's blood policy, or the defaults. */
export async function bloodPolicyFor(db: DbOrTx, organisationId: string): Promise<BloodPolicy> {
  const [row] = await db
    .select({ policy: organisationBloodSettings.policy })
    .from(organisationBloodSettings)
    .where(eq(organisationBloodSettings.organisationId, organisationId));
  return row ? resolveBloodPolicy(row.policy) : defaultBloodPolicy;
}
