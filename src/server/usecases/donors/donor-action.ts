// What every action on one donor needs: the row locked for it, the ability checked (out of reach → "not found"),
// the change written with the eligibility decided again from the changed record (kept with its rule-set version),
// and one donor_events row saying who did what and when — all in one transaction, so a refusal writes nothing.
import { eq } from 'drizzle-orm';
import type { DonorView } from '../../../shared/contracts/donors.js';
import type { DonorEventType } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db, DbOrTx, Tx } from '../../db/client.js';
import { bloodPolicyFor } from '../../db/queries/blood-policies.js';
import { donations, donorEvents, donors } from '../../db/schema/index.js';
import { donorAbilities, type DonorAbilities, type DonorRefusal } from '../../domain/blood/donor-abilities.js';
import { decideDonorEligibility, type StoredDonorEligibility } from '../../domain/blood/donor-eligibility.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import type { DonorRow } from '../../presenters/donor.js';
import { presentDonorFor } from './get-donor.js';

export type DonorAbility = Exclude<keyof DonorAbilities, 'read'>;

const refusalErrors: Record<DonorRefusal, () => AppError> = {
  not_visible: notFound,
  forbidden,
  consent_withdrawn: () => new AppError('consent_withdrawn'),
};

/** Loads and locks a donor for one action, refused unless the actor may take it. */
export async function lockDonorFor(
  tx: DbOrTx,
  actor: Actor,
  donorId: string,
  ability: DonorAbility,
): Promise<DonorRow> {
  const [row] = await tx.select().from(donors).where(eq(donors.id, donorId)).for('update');
  if (!row) throw notFound();
  const verdict = donorAbilities(actor, row)[ability];
  if (verdict !== true) throw refusalErrors[verdict]();
  return row;
}

export interface DonorChange {
  /** Columns to change (the eligibility columns are decided here, not given). */
  set: Partial<typeof donors.$inferInsert>;
  event: { type: DonorEventType; details: Record<string, unknown>; caseId?: string | null };
}

/** The decision's outline as history keeps it: per product, eligible or from when. */
export function eligibilitySummary(
  decided: StoredDonorEligibility,
): Record<string, { eligible: boolean; from: string | null }> {
  return Object.fromEntries(
    Object.entries(decided.eligibility).map(([product, d]) => [product, { eligible: d.eligible, from: d.from }]),
  );
}

/** The earliest day any product may be given, from a decision; null when none has a known day. */
export function nextEligibleOn(decided: StoredDonorEligibility): string | null {
  return (
    Object.values(decided.eligibility)
      .flatMap((d) => (d.from ? [d.from] : []))
      .sort()[0] ?? null
  );
}

/** Writes the change to a locked donor, decides their eligibility again and records the event. */
export async function applyDonorChange(
  tx: DbOrTx,
  actor: Actor,
  row: DonorRow,
  change: DonorChange,
  now: Date,
): Promise<StoredDonorEligibility> {
  const changed = { ...row, ...change.set } as DonorRow;
  const [given, policy] = await Promise.all([
    tx
      .select({ product: donations.product, donatedOn: donations.donatedOn })
      .from(donations)
      .where(eq(donations.donorId, row.id)),
    bloodPolicyFor(tx, row.organisationId),
  ]);
  const decided = decideDonorEligibility(changed, given, policy, now);
  await tx
    .update(donors)
    .set({ ...change.set, ...decided, eligibilityDecidedAt: now, updatedAt: now })
    .where(eq(donors.id, row.id));
  await tx.insert(donorEvents).values({
    donorId: row.id,
    organisationId: row.organisationId,
    type: change.event.type,
    actorId: actor.userId,
    at: now,
    caseId: change.event.caseId ?? null,
    details: {
      ...change.event.details,
      eligibility: eligibilitySummary(decided),
      nextEligibleOn: nextEligibleOn(decided),
      ruleSet: decided.eligibilityRuleSet,
    },
  });
  return decided;
}

/** Runs one action on one donor and returns the record as the actor now sees it. */
export async function runDonorAction(
  db: Db,
  actor: Actor,
  donorId: string,
  ability: DonorAbility,
  change: (tx: Tx, row: DonorRow, now: Date) => Promise<DonorChange> | DonorChange,
): Promise<DonorView> {
  const now = new Date();
  const row = await db.transaction(async (tx) => {
    const locked = await lockDonorFor(tx, actor, donorId, ability);
    await applyDonorChange(tx, actor, locked, await change(tx, locked, now), now);
    return locked;
  });
  const [fresh] = await db.select().from(donors).where(eq(donors.id, row.id));
  if (!fresh) throw notFound();
  return presentDonorFor(db, actor, fresh);
}
