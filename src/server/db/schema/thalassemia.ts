// Thalassemia care (issue #14): children on regular transfusion, each with a fixed roster of donors who give in
// rotation, the calendar of their transfusions and the donors booked ahead for each. Health data: every row belongs
// to an organisation and a district, like cases.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  aboRhGroups,
  channels,
  languages,
  locationSources,
  rarePhenotypes,
  sexes,
  transfusionBookingStates,
  transfusionPatientEventTypes,
  transfusionPatientStates,
  transfusionStates,
  type RhKellAntigens,
} from '../../../shared/enums.js';
import { donations, donors } from './blood.js';
import { cases } from './cases.js';
import { districts } from './geography.js';
import { organisations } from './organisations.js';
import { users } from './users.js';

export const transfusionPatients = pgTable(
  'transfusion_patients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    /** A short reference the desk and the guardian quote ("THAL-0007"), unique within the organisation. */
    reference: text('reference').notNull(),
    name: text('name').notNull(),
    sex: text('sex', { enum: sexes }),
    /** A Kolkata calendar day, YYYY-MM-DD. */
    dateOfBirth: text('date_of_birth'),
    guardianName: text('guardian_name').notNull(),
    /** E.164: messages about the child go here, in `language`. */
    guardianPhone: text('guardian_phone').notNull(),
    altPhone: text('alt_phone'),
    language: text('language', { enum: languages }).notNull().default('hi'),
    preferredChannel: text('preferred_channel', { enum: channels }).notNull().default('whatsapp'),
    bloodGroup: text('blood_group', { enum: aboRhGroups }).notNull(),
    phenotype: text('phenotype', { enum: rarePhenotypes }),
    /** Rh (C, c, E, e) and Kell: roster donors should match where known. */
    antigens: jsonb('antigens').$type<RhKellAntigens>().notNull().default({}),
    phenotypeNotes: text('phenotype_notes'),
    intervalDays: smallint('interval_days').notNull(),
    unitsPerTransfusion: smallint('units_per_transfusion').notNull(),
    /** Hospital or day-care centre where the child is transfused; donors go there. */
    centre: text('centre').notNull(),
    centreAddress: text('centre_address'),
    locality: text('locality'),
    pincode: text('pincode'),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    locationSource: text('location_source', { enum: locationSources }).notNull(),
    /** Kolkata day of the last transfusion given; the calendar runs from it. */
    lastTransfusionOn: text('last_transfusion_on'),
    /** How many transfusions ahead the roster books donors for (default 3). */
    bookAhead: smallint('book_ahead').notNull().default(3),
    /** Pre-transfusion start time at the centre, minutes after midnight (Kolkata): donors are told to come then. */
    arrivalMinute: smallint('arrival_minute').notNull().default(600),
    state: text('state', { enum: transfusionPatientStates }).notNull().default('active'),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    consentBy: text('consent_by').notNull(),
    consentWithdrawnAt: timestamp('consent_withdrawn_at', { withTimezone: true }),
    notes: text('notes'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('transfusion_patients_reference_idx').on(t.organisationId, t.reference),
    index('transfusion_patients_district_idx').on(t.organisationId, t.districtCode),
    check('transfusion_patients_interval_check', sql`${t.intervalDays} between 7 and 120`),
    check('transfusion_patients_units_check', sql`${t.unitsPerTransfusion} between 1 and 4`),
    check('transfusion_patients_book_ahead_check', sql`${t.bookAhead} between 1 and 6`),
  ],
);

export const transfusionPatientEvents = pgTable(
  'transfusion_patient_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => transfusionPatients.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    type: text('type', { enum: transfusionPatientEventTypes }).notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('transfusion_patient_events_patient_idx').on(t.patientId, t.at)],
);

/** A donor in a child's pool. A donor is in at most one active pool unless they agreed to more. */
export const rosterMembers = pgTable(
  'roster_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => transfusionPatients.id, { onDelete: 'cascade' }),
    donorId: uuid('donor_id')
      .notNull()
      .references(() => donors.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The donor agreed to be in more than one child's pool. */
    agreedToMorePools: boolean('agreed_to_more_pools').notNull().default(false),
    addedById: uuid('added_by_id').references(() => users.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
    removedById: uuid('removed_by_id').references(() => users.id),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedReason: text('removed_reason'),
  },
  (t) => [
    uniqueIndex('roster_members_active_idx')
      .on(t.patientId, t.donorId)
      .where(sql`removed_at is null`),
    // The database holds the one-pool rule for donors who did not agree to more, so two coordinators adding the same
    // donor to two children at once get one success.
    uniqueIndex('roster_members_one_pool_idx')
      .on(t.donorId)
      .where(sql`removed_at is null and not agreed_to_more_pools`),
    index('roster_members_donor_idx').on(t.donorId),
  ],
);

/** One transfusion on a child's calendar. */
export const transfusions = pgTable(
  'transfusions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => transfusionPatients.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    /** Kolkata day it is due. */
    dueOn: text('due_on').notNull(),
    units: smallint('units').notNull(),
    state: text('state', { enum: transfusionStates }).notNull().default('planned'),
    /** The desk case opened (or fed) when the transfusion fell due without all its donors. */
    caseId: uuid('case_id').references(() => cases.id),
    doneOn: text('done_on'),
    unitsGiven: smallint('units_given'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('transfusions_patient_due_idx').on(t.patientId, t.dueOn),
    index('transfusions_due_idx')
      .on(t.dueOn)
      .where(sql`state in ('planned', 'covered')`),
    index('transfusions_organisation_idx').on(t.organisationId, t.dueOn),
  ],
);

/** One roster donor booked for one transfusion. */
export const transfusionBookings = pgTable(
  'transfusion_bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    transfusionId: uuid('transfusion_id')
      .notNull()
      .references(() => transfusions.id, { onDelete: 'cascade' }),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => transfusionPatients.id, { onDelete: 'cascade' }),
    donorId: uuid('donor_id')
      .notNull()
      .references(() => donors.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    state: text('state', { enum: transfusionBookingStates }).notNull().default('booked'),
    bookedById: uuid('booked_by_id').references(() => users.id),
    bookedAt: timestamp('booked_at', { withTimezone: true }).notNull().defaultNow(),
    askedAt: timestamp('asked_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answerChannel: text('answer_channel'),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    deferralReason: text('deferral_reason'),
    donationId: uuid('donation_id').references(() => donations.id),
  },
  (t) => [
    uniqueIndex('transfusion_bookings_donor_idx').on(t.transfusionId, t.donorId),
    index('transfusion_bookings_donor_state_idx').on(t.donorId, t.state),
    index('transfusion_bookings_patient_idx').on(t.patientId),
  ],
);
