// Everything matching and outreach read about one need, loaded once per action: the case (locked when the action
// changes it), the need and its products, the organisation whose donors are asked and its blood policy, where the
// patient is, how far the need is arranged, its outreach run, and what the actor may do.
import { and, eq, sql } from 'drizzle-orm';
import type { MatchingBlock, Priority } from '../../../shared/enums.js';
import { closedCaseStatuses, type CaseStatus } from '../../../shared/enums.js';
import { canUseDesk } from '../../../shared/case-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { bloodPolicyFor } from '../../db/queries/blood-policies.js';
import { caseNeeds, cases, organisations, outreachRuns } from '../../db/schema/index.js';
import { defaultBloodPolicy, type BloodPolicy } from '../../domain/blood/blood-policy.js';
import type { RecipientType } from '../../domain/blood/compatibility.js';
import { locate } from '../../domain/geo/locate.js';
import {
  donorDistrictsFor,
  outreachAbilities,
  outreachOrganisation,
  type OutreachAbilities,
} from '../../domain/outreach/outreach-abilities.js';
import { needProducts, type NeedProducts } from '../../domain/outreach/need-products.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { abilitiesFor, type CaseRow } from '../cases/case-context.js';
import { loadMemberships } from '../auth/load-actor.js';

export type NeedRow = typeof caseNeeds.$inferSelect;
export type RunRow = typeof outreachRuns.$inferSelect;

export interface NeedContext {
  caseRow: CaseRow;
  need: NeedRow;
  products: NeedProducts | null;
  priority: Priority;
  organisation: { id: string; name: string } | null;
  /** Districts of the organisation whose donors may be read (null: all). */
  donorDistricts: string[] | null;
  policy: BloodPolicy;
  centre: { lat: number; lon: number; source: 'case' | 'pincode' | 'locality' | 'place' | 'district' };
  recipient: RecipientType | null;
  convalescent: boolean;
  unitsArranged: number;
  unitsStillNeeded: number;
  blocked: MatchingBlock | null;
  run: RunRow | null;
  abilities: OutreachAbilities;
}

const refusal: Record<string, () => AppError> = {
  not_visible: notFound,
  forbidden,
  closed: () => new AppError('case_closed'),
  claimed_by_other: () => new AppError('already_claimed'),
};

/** Throws the error an ability's refusal means (404 outside one's scope, 409 with a reason when not possible now). */
export function requireOutreach(verdict: true | string): void {
  if (verdict === true) return;
  const known = refusal[verdict];
  throw known ? known() : new AppError('outreach_unavailable', { reasonKey: `outreach.${verdict}` });
}

export function effectivePriority(row: Pick<CaseRow, 'priorityOverride' | 'computedPriority'>): Priority {
  return row.priorityOverride ?? row.computedPriority;
}

/**
 * Loads a need for `actor` (the person acting, or a run's starter for the background job). With `lock`, the case
 * row is locked first, as every case action does, so asks for one case are made one at a time.
 */
export async function loadNeedContext(
  tx: DbOrTx,
  actor: Actor,
  caseId: string,
  needId: string,
  options: { lock?: boolean; now?: Date } = {},
): Promise<NeedContext> {
  const now = options.now ?? new Date();
  // Matching is desk work: those who never work a desk are refused before anything is looked up.
  if (!canUseDesk(actor)) throw forbidden();
  const query = tx.select().from(cases).where(eq(cases.id, caseId));
  const [caseRow] = options.lock ? await query.for('update') : await query;
  if (!caseRow) throw notFound();
  const caseAbilities = await abilitiesFor(tx, actor, caseRow, now);
  if (!caseAbilities.read) throw notFound();
  const [need] = await tx
    .select()
    .from(caseNeeds)
    .where(and(eq(caseNeeds.id, needId), eq(caseNeeds.caseId, caseId)));
  if (!need) throw notFound();
  const [run] = await tx.select().from(outreachRuns).where(eq(outreachRuns.needId, needId));
  const organisationId = outreachOrganisation(actor, caseRow, run?.organisationId ?? null);
  const [organisation] = organisationId
    ? await tx
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, organisationId))
    : [];
  const policyOwner = organisationId ?? caseRow.organisationId;
  const policy = policyOwner ? await bloodPolicyFor(tx, policyOwner) : defaultBloodPolicy;
  const products = needProducts(need.resource);
  const unitsArranged = await arrangedUnits(tx, need);
  const unitsStillNeeded = Math.max(0, need.quantityRequested - unitsArranged);
  const recipient: RecipientType | null = need.bloodGroup
    ? { group: need.bloodGroup, sex: caseRow.patientSex, age: caseRow.patientAge }
    : null;
  const blocked: MatchingBlock | null = !products
    ? 'not_a_blood_need'
    : (closedCaseStatuses as readonly CaseStatus[]).includes(caseRow.status)
      ? 'case_closed'
      : !recipient
        ? 'recipient_group_unknown'
        : unitsStillNeeded === 0
          ? 'all_units_arranged'
          : null;
  const centre =
    caseRow.lat !== null && caseRow.lon !== null
      ? { lat: caseRow.lat, lon: caseRow.lon, source: 'case' as const }
      : locate({ pincode: caseRow.pincode, locality: caseRow.locality, districtCode: caseRow.districtCode });
  return {
    caseRow,
    need,
    products,
    priority: effectivePriority(caseRow),
    organisation: organisation ?? null,
    donorDistricts: organisation ? donorDistrictsFor(actor, organisation.id) : null,
    policy,
    centre,
    recipient,
    convalescent: products?.product === 'plasma' && policy.convalescentPlasma,
    unitsArranged,
    unitsStillNeeded,
    blocked,
    run: run ?? null,
    abilities: outreachAbilities(actor, caseAbilities, {
      organisationId: organisation?.id ?? null,
      blocked,
      runState: run?.state ?? null,
    }),
  };
}

/** Donors matched for the need plus units recorded as delivered (the contract's `unitsArranged`). */
async function arrangedUnits(tx: DbOrTx, need: NeedRow): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await tx.execute(
      sql`select count(*)::int as n from donor_asks where need_id = ${need.id}::uuid and state = 'matched'`,
    ),
  );
  return (rows[0]?.n ?? 0) + need.quantityFulfilled;
}

/** The actor a run acts as in the background: the person who started it, with their memberships today. */
export async function runStarter(db: Parameters<typeof loadMemberships>[0], run: RunRow): Promise<Actor | null> {
  if (!run.startedById) return null;
  return { userId: run.startedById, memberships: await loadMemberships(db, run.startedById) };
}
