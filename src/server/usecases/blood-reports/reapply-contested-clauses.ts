// When an organisation changes which contested 2017 clauses it applies, its donors' stored eligibility must follow
// at once (matching reads the stored days). Answers to a clause the organisation no longer applies are erased,
// not kept: they are among the most sensitive things a donor can tell, and nothing may use them any more.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { donations, donorEvents, donors } from '../../db/schema/index.js';
import type { BloodPolicy } from '../../domain/blood/blood-policy.js';
import { decideDonorEligibility } from '../../domain/blood/donor-eligibility.js';

/** Recomputes (and trims the answers of) the organisation's donors who answered any clause; returns how many. */
export async function reapplyContestedClauses(
  tx: Tx,
  params: { organisationId: string; policy: BloodPolicy; actorId: string | null; now: Date },
): Promise<number> {
  const { organisationId, policy, actorId, now } = params;
  const answered = await tx
    .select()
    .from(donors)
    .where(and(eq(donors.organisationId, organisationId), sql`cardinality(${donors.contestedClauses}) > 0`))
    .orderBy(donors.id)
    .for('update');
  if (answered.length === 0) return 0;
  const given = await tx
    .select({ donorId: donations.donorId, product: donations.product, donatedOn: donations.donatedOn })
    .from(donations)
    .where(
      inArray(
        donations.donorId,
        answered.map((d) => d.id),
      ),
    );
  for (const donor of answered) {
    const kept = donor.contestedClauses.filter((clause) => policy.contestedClauses.includes(clause));
    const decided = decideDonorEligibility(
      { ...donor, contestedClauses: kept },
      given.filter((g) => g.donorId === donor.id),
      policy,
      now,
    );
    await tx
      .update(donors)
      .set({ contestedClauses: kept, ...decided, eligibilityDecidedAt: now, updatedAt: now })
      .where(eq(donors.id, donor.id));
    // The event says the policy changed the decision; it does not repeat which clause the donor had answered.
    await tx.insert(donorEvents).values({
      donorId: donor.id,
      organisationId,
      type: 'updated',
      actorId,
      at: now,
      details: {
        source: 'blood_policy',
        eligibility: Object.fromEntries(
          Object.entries(decided.eligibility).map(([product, d]) => [product, { eligible: d.eligible, from: d.from }]),
        ),
        ruleSet: decided.eligibilityRuleSet,
      },
    });
  }
  return answered.length;
}
