// Blood and plasma (issue #12): the donor registry, each donor's history, donations, and the outreach that asks
// donors for a case's need. Every row belongs to an organisation; a donor is one per phone within it.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  point,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  aboRhGroups,
  channels,
  contestedDeferralClauses,
  donorAnswerChannels,
  donorAskKinds,
  donorAskStates,
  donorCategories,
  donorEventTypes,
  donorIdKinds,
  donorProducts,
  donorSources,
  eligibilityRuleSets,
  languages,
  locationSources,
  outreachStates,
  rarePhenotypes,
  sexes,
  weightBands,
  type EventDeferralKind,
  type RhKellAntigens,
} from '../../../shared/enums.js';
import { caseNeeds, cases } from './cases.js';
import { districts } from './geography.js';
import { organisations } from './organisations.js';
import { users } from './users.js';

/** The stored outcome of the eligibility rules for one product: kept with the rule-set version that decided it. */
export interface StoredEligibility {
  eligible: boolean;
  /** The Kolkata day from which the donor may give; null when no day is known (pregnant, ages out, weight). */
  from: string | null;
  reasons: Array<{ code: string; params: Record<string, string | number> }>;
  ruleSet: string;
}

export const donors = pgTable(
  'donors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** E.164: the key within an organisation, so a second registration updates the first. */
    phone: text('phone').notNull(),
    name: text('name').notNull(),
    // Sex, date of birth and weight are null only for a donor who came by WhatsApp or SMS (the conversation asks
    // group, district and last donation) until the verification call fills them in.
    sex: text('sex', { enum: sexes }),
    /** A Kolkata calendar day, YYYY-MM-DD. */
    dateOfBirth: text('date_of_birth'),
    weightBand: text('weight_band', { enum: weightBands }),
    /** When known exactly (a blood centre weighed them): decides the bag size and apheresis. */
    weightKg: smallint('weight_kg'),
    /** Null: the donor does not know; such a donor is matched only once a blood centre confirms it. */
    bloodGroup: text('blood_group', { enum: aboRhGroups }),
    /** Self-declared until a blood centre confirms it (who recorded it, which centre, when). */
    groupConfirmedAt: timestamp('group_confirmed_at', { withTimezone: true }),
    groupConfirmedById: uuid('group_confirmed_by_id').references(() => users.id),
    groupConfirmedCentre: text('group_confirmed_centre'),
    phenotype: text('phenotype', { enum: rarePhenotypes }),
    antigens: jsonb('antigens').$type<RhKellAntigens>().notNull().default({}),
    phenotypeNotes: text('phenotype_notes'),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    locality: text('locality'),
    pincode: text('pincode'),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    /**
     * The place on India's Lambert conformal conic projection, in km (india_lcc, migration 0010): conformal, so the
     * nearest donors by plane distance are the nearest on the ground (scale 0.99–1.04 over India), which lets a GiST
     * index find them nearest-first.
     */
    place: point('place', { mode: 'xy' })
      .generatedAlwaysAs(sql`india_lcc(lat, lon)`)
      .notNull(),
    /**
     * The same place moved 100,000 km east per blood group (donor_match_place): one index then serves every group,
     * each group's donors far from the others', so "the nearest B− donors" is one nearest-first read. Null without a
     * group.
     */
    matchPlace: point('match_place', { mode: 'xy' }).generatedAlwaysAs(sql`donor_match_place(lat, lon, blood_group)`),
    locationSource: text('location_source', { enum: locationSources }).notNull(),
    products: text('products', { enum: donorProducts }).array().notNull().default(['whole_blood']),
    /** Minutes after midnight (Kolkata) between which the donor may be contacted; from > to spans midnight. */
    contactFrom: smallint('contact_from').notNull().default(420),
    contactTo: smallint('contact_to').notNull().default(1320),
    category: text('category', { enum: donorCategories }).notNull(),
    language: text('language', { enum: languages }).notNull().default('hi'),
    /** The channel the donor is asked on; their phone receives it. */
    preferredChannel: text('preferred_channel', { enum: channels }).notNull().default('whatsapp'),
    consentPurpose: text('consent_purpose').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    consentChannel: text('consent_channel', { enum: donorSources }).notNull(),
    consentWithdrawnAt: timestamp('consent_withdrawn_at', { withTimezone: true }),
    /** The donor sent STOP (or asked by phone not to be contacted): never asked again. */
    optedOutAt: timestamp('opted_out_at', { withTimezone: true }),
    source: text('source', { enum: donorSources }).notNull(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedById: uuid('verified_by_id').references(() => users.id),
    idSeen: text('id_seen', { enum: donorIdKinds }),
    // Self-declared answers the eligibility rules read.
    firstTimeDonor: boolean('first_time_donor').notNull().default(false),
    /** The last whole-blood donation the donor told us of (a donation we recorded is in `donations`). */
    declaredLastDonation: text('declared_last_donation'),
    deferrals: jsonb('deferrals').$type<Array<{ kind: EventDeferralKind; date: string }>>().notNull().default([]),
    pregnant: boolean('pregnant').notNull().default(false),
    breastFeeding: boolean('breast_feeding').notNull().default(false),
    breastFeedingUntil: text('breast_feeding_until'),
    /** Only collected where the organisation's policy applies the contested 2017 clauses. */
    contestedClauses: text('contested_clauses', { enum: contestedDeferralClauses }).array().notNull().default([]),
    /** What a blood centre recorded (low haemoglobin, say): wins over the donor's own answers. Null until: open-ended. */
    centreDeferralReason: text('centre_deferral_reason'),
    centreDeferralUntil: text('centre_deferral_until'),
    // The eligibility rules' last decision per product, and the days matching filters on (null: not eligible on any
    // known day, or not a product the donor gives).
    eligibleWholeBloodFrom: text('eligible_whole_blood_from'),
    eligiblePlateletsFrom: text('eligible_platelets_from'),
    eligiblePlasmaFrom: text('eligible_plasma_from'),
    eligibility: jsonb('eligibility').$type<Record<string, StoredEligibility>>().notNull().default({}),
    /** Facts the decision had to assume (not given yet): the verification call confirms them. */
    eligibilityAssumed: text('eligibility_assumed').array().notNull().default([]),
    eligibilityRuleSet: text('eligibility_rule_set', { enum: eligibilityRuleSets }).notNull(),
    eligibilityDecidedAt: timestamp('eligibility_decided_at', { withTimezone: true }).notNull(),
    // How they answered before: ranks reliable donors first.
    timesAsked: integer('times_asked').notNull().default(0),
    timesYes: integer('times_yes').notNull().default(0),
    timesNo: integer('times_no').notNull().default(0),
    lastAskedAt: timestamp('last_asked_at', { withTimezone: true }),
    lastDonatedOn: text('last_donated_on'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('donors_organisation_phone_idx').on(t.organisationId, t.phone),
    // Matching reads the nearest willing donors of each compatible group on this index; the migration adds
    // INCLUDE (id, organisation_id, eligible_*_from, phenotype, district_code), which Drizzle cannot declare, so the
    // read filters on the index alone without visiting the table.
    index('donors_matching_idx')
      .using('gist', t.matchPlace)
      .where(sql`consent_withdrawn_at is null and opted_out_at is null`),
    // When most donors suit the recipient (an AB+ patient takes every group), one nearest-first read of the place with
    // the group as a filter beats one read per group; the migration adds INCLUDE (id, organisation_id, blood_group,
    // eligible_*_from, phenotype, district_code) for the same reason as above.
    index('donors_matching_near_idx')
      .using('gist', t.place)
      .where(sql`consent_withdrawn_at is null and opted_out_at is null`),
    // An RhD-negative patient takes red cells of RhD-negative groups only, 6 % of donors: read from this index, a third
    // or more of what is read suits them, where the index of every group (above) passes over some 16 donors for each
    // that does, and one read per group reads four times over (migration 0016 adds the same INCLUDE).
    index('donors_matching_rh_negative_idx')
      .using('gist', t.place)
      .where(sql`consent_withdrawn_at is null and opted_out_at is null and blood_group in ('A-', 'B-', 'AB-', 'O-')`),
    // Near misses: the nearest donors of any group or wish.
    index('donors_nearby_idx').using('gist', t.place),
    index('donors_district_idx').on(t.organisationId, t.districtCode),
    index('donors_phone_idx').on(t.phone),
  ],
);

/** A donor's history: registration, verification calls, confirmations, asks, answers, donations. */
export const donorEvents = pgTable(
  'donor_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    donorId: uuid('donor_id')
      .notNull()
      .references(() => donors.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    type: text('type', { enum: donorEventTypes }).notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    caseId: uuid('case_id').references(() => cases.id),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('donor_events_donor_idx').on(t.donorId, t.at)],
);

export const donations = pgTable(
  'donations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    donorId: uuid('donor_id')
      .notNull()
      .references(() => donors.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The request it went to, if any (a donation at a camp has none). */
    caseId: uuid('case_id').references(() => cases.id),
    needId: uuid('need_id').references(() => caseNeeds.id, { onDelete: 'set null' }),
    product: text('product', { enum: donorProducts }).notNull(),
    units: smallint('units').notNull().default(1),
    bagNumber: text('bag_number'),
    bloodCentre: text('blood_centre').notNull(),
    /** Kolkata calendar day. */
    donatedOn: text('donated_on').notNull(),
    /** Brought by the patient's family to replace what the centre issued. */
    replacement: boolean('replacement').notNull().default(false),
    /** Where the blood went, in words the donor is told ("a thalassemia child at Hallet Hospital"). */
    reachedNote: text('reached_note'),
    recordedById: uuid('recorded_by_id').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('donations_donor_idx').on(t.donorId, t.donatedOn),
    index('donations_organisation_idx').on(t.organisationId, t.donatedOn),
    uniqueIndex('donations_bag_idx')
      .on(t.bloodCentre, t.bagNumber)
      .where(sql`bag_number is not null`),
  ],
);

/** A need's outreach: how far it reaches now, which wave it is on, and when it widens next. */
export const outreachRuns = pgTable(
  'outreach_runs',
  {
    needId: uuid('need_id')
      .primaryKey()
      .references(() => caseNeeds.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    state: text('state', { enum: outreachStates }).notNull().default('running'),
    radiusKm: real('radius_km').notNull(),
    wave: smallint('wave').notNull().default(0),
    nextWaveAt: timestamp('next_wave_at', { withTimezone: true }),
    startedById: uuid('started_by_id').references(() => users.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    stoppedById: uuid('stopped_by_id').references(() => users.id),
    stoppedAt: timestamp('stopped_at', { withTimezone: true }),
    stopReason: text('stop_reason'),
  },
  (t) => [index('outreach_runs_case_idx').on(t.caseId)],
);

/** One donor asked for one need (at most once per need). Fatigue counts these by phone across organisations. */
export const donorAsks = pgTable(
  'donor_asks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    needId: uuid('need_id')
      .notNull()
      .references(() => caseNeeds.id, { onDelete: 'cascade' }),
    donorId: uuid('donor_id')
      .notNull()
      .references(() => donors.id),
    phone: text('phone').notNull(),
    kind: text('kind', { enum: donorAskKinds }).notNull(),
    state: text('state', { enum: donorAskStates }).notNull(),
    wave: smallint('wave').notNull().default(0),
    distanceKm: real('distance_km'),
    askedById: uuid('asked_by_id').references(() => users.id),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull().defaultNow(),
    /** When a queued ask may go out (the donor's contact hours, the night rule). */
    sendAfter: timestamp('send_after', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answerChannel: text('answer_channel', { enum: donorAnswerChannels }),
    outboxId: uuid('outbox_id'),
  },
  (t) => [
    uniqueIndex('donor_asks_need_donor_idx').on(t.needId, t.donorId),
    index('donor_asks_phone_idx').on(t.phone, t.askedAt),
    index('donor_asks_case_idx').on(t.caseId),
    index('donor_asks_open_idx')
      .on(t.phone)
      .where(sql`state in ('queued', 'sent')`),
  ],
);

/** One-time codes sent to a phone to confirm it (registering on /donate, reading one's own donations). */
export const phoneCodes = pgTable(
  'phone_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    phone: text('phone').notNull(),
    purpose: text('purpose', { enum: ['donor_register', 'donor_history'] }).notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: smallint('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (t) => [index('phone_codes_phone_idx').on(t.phone, t.purpose, t.createdAt)],
);

/** An organisation's blood policy: outreach limits, contested clauses, convalescent plasma (see domain/blood). */
export const organisationBloodSettings = pgTable('organisation_blood_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  policy: jsonb('policy').$type<Record<string, unknown>>().notNull(),
  updatedById: uuid('updated_by_id').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
