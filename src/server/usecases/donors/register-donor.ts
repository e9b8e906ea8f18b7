// The one way a donor enters the registry, whichever door they came through (the public page, the conversation,
// an operator's form, a CSV row, a lead, the demo): checked the same way, located, their eligibility decided and
// kept with its rule-set version, and one donor per phone within an organisation — a second registration updates.
import { and, eq, sql } from 'drizzle-orm';
import type { DonorRegistration } from '../../../shared/contracts/donor-input.js';
import type { DonorSource } from '../../../shared/enums.js';
import type { DbOrTx } from '../../db/client.js';
import { bloodPolicyFor } from '../../db/queries/blood-policies.js';
import { donations, donorEvents, donors, organisations } from '../../db/schema/index.js';
import { decideDonorEligibility } from '../../domain/blood/donor-eligibility.js';
import { registrationProblems } from '../../domain/blood/registration-checks.js';
import { locate } from '../../domain/geo/locate.js';
import { AppError, type FieldError } from '../../errors.js';

export interface RegisterDonorParams {
  organisationId: string;
  input: DonorRegistration;
  source: DonorSource;
  /** The operator who entered it; null for the donor themselves (public page, conversation). */
  actorId: string | null;
  now?: Date;
  /** Field names are reported under this prefix (a CSV row's errors name the row's column). */
  fieldPrefix?: string;
  /** More for the history event to keep (the lead a donor came from). */
  details?: Record<string, unknown>;
}

export interface RegisteredDonor {
  donorId: string;
  created: boolean;
}

/** The problems with a registration that its shape cannot show, as field errors; nothing is written. */
export async function donorRegistrationErrors(
  db: DbOrTx,
  organisationId: string,
  input: Pick<DonorRegistration, 'district' | 'dateOfBirth' | 'weightBand' | 'weightKg'>,
  now: Date,
  prefix = '',
): Promise<FieldError[]> {
  const errors: FieldError[] = registrationProblems(input, now).map((p) => ({
    field: `${prefix}${p.field}`,
    code: p.code,
  }));
  const [org] = await db
    .select({ districts: organisations.districts })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!org?.districts.includes(input.district)) {
    errors.push({ field: `${prefix}district`, code: 'district_not_served' });
  }
  return errors;
}

/** Registers or updates the donor; run inside the caller's transaction so a refusal writes nothing. */
export async function registerDonor(tx: DbOrTx, params: RegisterDonorParams): Promise<RegisteredDonor> {
  const { organisationId, input, source, actorId } = params;
  const now = params.now ?? new Date();
  const errors = await donorRegistrationErrors(tx, organisationId, input, now, params.fieldPrefix);
  if (errors.length > 0) throw new AppError('validation_failed', { count: errors.length }, errors);

  // Lock the donor's row if they are registered already: their donations decide their eligibility with the rest.
  const [existing] = await tx
    .select({
      id: donors.id,
      bloodGroup: donors.bloodGroup,
      groupConfirmedAt: donors.groupConfirmedAt,
      centreDeferralReason: donors.centreDeferralReason,
      centreDeferralUntil: donors.centreDeferralUntil,
    })
    .from(donors)
    .where(and(eq(donors.organisationId, organisationId), eq(donors.phone, input.phone)))
    .for('update');
  const given = existing
    ? await tx
        .select({ product: donations.product, donatedOn: donations.donatedOn })
        .from(donations)
        .where(eq(donations.donorId, existing.id))
    : [];
  // A group a blood centre confirmed is not undone by the donor's own say-so.
  const bloodGroup = existing?.groupConfirmedAt ? existing.bloodGroup : input.bloodGroup;
  const place = locate({
    pincode: input.pincode ?? null,
    locality: input.locality ?? null,
    districtCode: input.district,
  });
  const policy = await bloodPolicyFor(tx, organisationId);
  const facts = {
    dateOfBirth: input.dateOfBirth,
    sex: input.sex,
    weightBand: input.weightBand,
    weightKg: input.weightKg ?? null,
    products: input.products,
    firstTimeDonor: input.firstTimeDonor,
    declaredLastDonation: input.lastDonation ?? null,
    deferrals: input.deferrals,
    pregnant: input.pregnant,
    breastFeeding: input.breastFeeding,
    breastFeedingUntil: input.breastFeedingUntil ?? null,
    contestedClauses: policy.contestedClauses.length > 0 ? input.contestedClauses : [],
  };
  const values = {
    name: input.name,
    sex: input.sex,
    dateOfBirth: input.dateOfBirth,
    weightBand: input.weightBand,
    weightKg: facts.weightKg,
    bloodGroup,
    phenotype: input.phenotype ?? null,
    antigens: input.antigens ?? {},
    phenotypeNotes: input.phenotypeNotes ?? null,
    districtCode: input.district,
    locality: input.locality ?? null,
    pincode: input.pincode ?? null,
    lat: place.lat,
    lon: place.lon,
    locationSource: place.source,
    products: [...input.products],
    contactFrom: input.contactFrom,
    contactTo: input.contactTo,
    category: input.category,
    language: input.language,
    preferredChannel: input.preferredChannel,
    consentPurpose: input.consentPurpose,
    consentAt: now,
    consentChannel: source,
    // Registering again is consenting again.
    consentWithdrawnAt: null,
    optedOutAt: null,
    firstTimeDonor: facts.firstTimeDonor,
    declaredLastDonation: facts.declaredLastDonation,
    deferrals: [...facts.deferrals],
    pregnant: facts.pregnant,
    breastFeeding: facts.breastFeeding,
    breastFeedingUntil: facts.breastFeedingUntil,
    contestedClauses: [...facts.contestedClauses],
    updatedAt: now,
  };
  // The centre's deferral is kept as it is: only a blood centre's record sets or clears it.
  const decided = decideDonorEligibility(
    {
      ...facts,
      centreDeferralReason: existing?.centreDeferralReason ?? null,
      centreDeferralUntil: existing?.centreDeferralUntil ?? null,
    },
    given,
    policy,
    now,
  );
  const [row] = await tx
    .insert(donors)
    .values({
      organisationId,
      phone: input.phone,
      source,
      createdById: actorId,
      ...values,
      ...decided,
      eligibilityDecidedAt: now,
    })
    .onConflictDoUpdate({
      target: [donors.organisationId, donors.phone],
      set: { ...values, ...decided, eligibilityDecidedAt: now },
    })
    .returning({ id: donors.id, inserted: sql<boolean>`(xmax = 0)` });
  if (!row) throw new Error('donor upsert returned nothing');
  // Two first registrations at once: the database says which one inserted.
  const created = row.inserted;
  await tx.insert(donorEvents).values({
    donorId: row.id,
    organisationId,
    type: created ? 'registered' : 'updated',
    actorId,
    at: now,
    details: {
      ...params.details,
      source,
      ...(existing?.groupConfirmedAt && input.bloodGroup !== existing.bloodGroup
        ? { declaredGroup: input.bloodGroup, keptConfirmedGroup: existing.bloodGroup }
        : {}),
      eligibility: Object.fromEntries(
        Object.entries(decided.eligibility).map(([product, d]) => [product, { eligible: d.eligible, from: d.from }]),
      ),
      ruleSet: decided.eligibilityRuleSet,
    },
  });
  return { donorId: row.id, created };
}
