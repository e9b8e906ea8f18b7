// The one way a donor enters the registry, whichever door they came through (the public page, the conversation,
// an operator's form, a CSV row, a lead, the demo): checked the same way, located, their eligibility decided and
// kept with its rule-set version, and one donor per phone within an organisation — a second registration updates.
//
// Most registrations are of someone new: registerNewDonor writes them in ONE statement (the donor and their
// history's first event together, so it is still all or nothing) and answers null when the phone is registered
// already; registerDonor, inside the caller's transaction, handles both and is what that case falls back to.
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { DonorRegistration } from '../../../shared/contracts/donor-input.js';
import type { DonorSource } from '../../../shared/enums.js';
import { type DbOrTx } from '../../db/client.js';
import { encodeColumns, insertColumns, PreparedStatement } from '../../db/prepared.js';
import { rowFromRaw } from '../../db/row-from-raw.js';
import { donations, donorEvents, donors, organisationBloodSettings, organisations } from '../../db/schema/index.js';
import { defaultBloodPolicy, resolveBloodPolicy, type BloodPolicy } from '../../domain/blood/blood-policy.js';
import { decideDonorEligibility } from '../../domain/blood/donor-eligibility.js';
import { registrationProblems } from '../../domain/blood/registration-checks.js';
import { locate } from '../../domain/geo/locate.js';
import { AppError, type FieldError } from '../../errors.js';
import { Cache } from '../../infrastructure/cache.js';
import type { DonorEventRow, DonorRow } from '../../presenters/donor.js';

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
  /** What the registration read and wrote, so the caller can present the donor without reading it again. */
  written: {
    row: DonorRow;
    event: DonorEventRow;
    organisationName: string;
    policy: BloodPolicy;
    /** Every donation on record (none for a new donor). */
    given: ReadonlyArray<{ product: DonorRow['products'][number]; donatedOn: string }>;
  };
}

interface RegistrationContext {
  name: string;
  districts: readonly string[];
  policy: BloodPolicy;
}

// Every registration reads its organisation's districts and blood policy; a change to either is an
// `organisation.updated`, which forgets this in every process (record-audit-event.ts).
const registrationContexts = new Cache<string, RegistrationContext>('registration-contexts', 5_000);

/** The organisation's name, districts and blood policy. */
function registrationContext(db: DbOrTx, organisationId: string): Promise<RegistrationContext> {
  return registrationContexts.get(organisationId, async () => {
    const [row] = await db
      .select({
        name: organisations.name,
        districts: organisations.districts,
        policy: organisationBloodSettings.policy,
      })
      .from(organisations)
      .leftJoin(organisationBloodSettings, eq(organisationBloodSettings.organisationId, organisations.id))
      .where(eq(organisations.id, organisationId));
    return {
      name: row?.name ?? '',
      districts: row?.districts ?? [],
      policy: row?.policy ? resolveBloodPolicy(row.policy) : defaultBloodPolicy,
    };
  });
}

/** The problems a registration has in an organisation serving `districts`, as field errors. */
function problemsIn(
  districts: readonly string[],
  input: Pick<DonorRegistration, 'district' | 'dateOfBirth' | 'weightBand' | 'weightKg' | 'lastDonation'>,
  now: Date,
  prefix: string,
): FieldError[] {
  const errors: FieldError[] = registrationProblems(input, now).map((p) => ({
    field: `${prefix}${p.field}`,
    code: p.code,
  }));
  if (!districts.includes(input.district)) errors.push({ field: `${prefix}district`, code: 'district_not_served' });
  return errors;
}

/** The problems with a registration that its shape cannot show, as field errors; nothing is written. */
export async function donorRegistrationErrors(
  db: DbOrTx,
  organisationId: string,
  input: Pick<DonorRegistration, 'district' | 'dateOfBirth' | 'weightBand' | 'weightKg' | 'lastDonation'>,
  now: Date,
  prefix = '',
): Promise<FieldError[]> {
  const [org] = await db
    .select({ districts: organisations.districts })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return problemsIn(org?.districts ?? [], input, now, prefix);
}

/** What a registered donor's row is made of, whether new or registered again. */
interface Existing {
  id: string;
  bloodGroup: DonorRow['bloodGroup'];
  groupConfirmedAt: Date | null;
  centreDeferralReason: string | null;
  centreDeferralUntil: string | null;
}

/** Checks the registration and decides the donor's row and first event; throws (writing nothing) when it is wrong. */
async function prepare(db: DbOrTx, params: RegisterDonorParams, existing: Existing | null, given: Given) {
  const { organisationId, input, source } = params;
  const now = params.now ?? new Date();
  const context = await registrationContext(db, organisationId);
  const errors = problemsIn(context.districts, input, now, params.fieldPrefix ?? '');
  if (errors.length > 0) throw new AppError('validation_failed', { count: errors.length }, errors);
  // A group a blood centre confirmed is not undone by the donor's own say-so.
  const bloodGroup = existing?.groupConfirmedAt ? existing.bloodGroup : input.bloodGroup;
  const place = locate({
    pincode: input.pincode ?? null,
    locality: input.locality ?? null,
    districtCode: input.district,
  });
  const { policy } = context;
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
    ...decided,
    eligibilityDecidedAt: now,
    updatedAt: now,
  };
  const details = {
    ...params.details,
    source,
    ...(existing?.groupConfirmedAt && input.bloodGroup !== existing.bloodGroup
      ? { declaredGroup: input.bloodGroup, keptConfirmedGroup: existing.bloodGroup }
      : {}),
    eligibility: Object.fromEntries(
      Object.entries(decided.eligibility).map(([product, d]) => [product, { eligible: d.eligible, from: d.from }]),
    ),
    ruleSet: decided.eligibilityRuleSet,
  };
  return { now, context, values, details };
}

type Given = ReadonlyArray<{ product: DonorRow['products'][number]; donatedOn: string }>;

// The donor and their `registered` event in one statement, built once: on the busiest write, building a fifty-column
// insert anew each time cost more than the database took to run it.
const eventValues = new Set(['eventActorId', 'eventAt', 'eventDetails']);
const newDonorStatement = new PreparedStatement<Record<string, unknown>>('register_new_donor', (names) => {
  const columns = names.filter((name) => !eventValues.has(name));
  return sql`with d as (insert into donors ${insertColumns(donors, columns)}
        on conflict (organisation_id, phone) do nothing returning *),
      e as (insert into donor_events (donor_id, organisation_id, type, actor_id, at, details)
        select d.id, d.organisation_id, 'registered', ${sql.placeholder('eventActorId')}::uuid,
          ${sql.placeholder('eventAt')}::timestamptz, ${sql.placeholder('eventDetails')}::jsonb
        from d
        returning id as event_id, at as event_at, details as event_details)
      select d.*, e.event_id, e.event_at, e.event_details from d cross join e`;
});

/**
 * A donor new to the organisation in one statement: the row and the `registered` event, or nothing at all. Null
 * when the phone is registered already (or is being registered by a request a moment ahead): the caller then goes
 * the way of registerDonor, which updates.
 */
export async function registerNewDonor(
  db: DbOrTx,
  params: RegisterDonorParams,
  actorName: string | null,
): Promise<RegisteredDonor | null> {
  const { organisationId, input, source, actorId } = params;
  const { now, context, values, details } = await prepare(db, params, null, []);
  const [raw] = await newDonorStatement.rows<Record<string, unknown>>(db, {
    ...encodeColumns(donors, { organisationId, phone: input.phone, source, createdById: actorId, ...values }),
    eventActorId: actorId,
    eventAt: now.toISOString(),
    eventDetails: JSON.stringify(details),
  });
  if (!raw) return null;
  const row = rowFromRaw(donors, raw);
  return {
    donorId: row.id,
    created: true,
    written: {
      row,
      event: {
        id: Number(raw.event_id),
        type: 'registered',
        at: new Date(raw.event_at as string | Date),
        actorName,
        caseId: null,
        details: typeof raw.event_details === 'string' ? JSON.parse(raw.event_details) : raw.event_details,
      },
      organisationName: context.name,
      policy: context.policy,
      given: [],
    },
  };
}

/** Registers or updates the donor; run inside the caller's transaction so a refusal writes nothing. */
export async function registerDonor(tx: DbOrTx, params: RegisterDonorParams): Promise<RegisteredDonor> {
  const { organisationId, input, source, actorId } = params;
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
  const { now, context, values, details } = await prepare(tx, params, existing ?? null, given);
  const { updatedAt, ...insertValues } = values;
  const [row] = await tx
    .insert(donors)
    .values({ organisationId, phone: input.phone, source, createdById: actorId, ...insertValues, updatedAt })
    .onConflictDoUpdate({ target: [donors.organisationId, donors.phone], set: values })
    .returning({ ...getTableColumns(donors), inserted: sql<boolean>`(xmax = 0)` });
  if (!row) throw new Error('donor upsert returned nothing');
  // Two first registrations at once: the database says which one inserted.
  const { inserted: created, ...written } = row;
  const [event] = await tx
    .insert(donorEvents)
    .values({
      donorId: row.id,
      organisationId,
      type: created ? 'registered' : 'updated',
      actorId,
      at: now,
      details,
    })
    .returning({
      id: donorEvents.id,
      type: donorEvents.type,
      at: donorEvents.at,
      caseId: donorEvents.caseId,
      details: donorEvents.details,
    });
  if (!event) throw new Error('donor event insert returned nothing');
  return {
    donorId: row.id,
    created,
    written: {
      row: written,
      // The history names who did it; the callers that present at once (the operator's form) pass their own name.
      event: { ...event, actorName: null },
      organisationName: context.name,
      policy: context.policy,
      given,
    },
  };
}
