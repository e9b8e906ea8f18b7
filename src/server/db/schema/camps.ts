// Blood donation camps and donors' certificates (issue #14): a camp is planned by an organisation (with partners),
// donors register (page, WhatsApp/SMS, invitation, walk-in), check in by QR code or phone, are screened and give
// or are deferred; each donation gets a certificate anyone can verify by its number.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  aboRhGroups,
  campEventTypes,
  campRegistrationSources,
  campRegistrationStates,
  campStates,
  donorCategories,
  donorProducts,
  languages,
  locationSources,
} from '../../../shared/enums.js';
import { donations, donors } from './blood.js';
import { districts } from './geography.js';
import { organisations } from './organisations.js';
import { users } from './users.js';

const bytea = customType<{ data: Buffer }>({
  dataType() {
    return 'bytea';
  },
});

export const camps = pgTable(
  'camps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    /** Short code people type to register by WhatsApp/SMS ("CAMP K7Q2") and the public page's address. */
    code: text('code').notNull().unique(),
    title: text('title').notNull(),
    venue: text('venue').notNull(),
    venueAddress: text('venue_address'),
    locality: text('locality'),
    pincode: text('pincode'),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    locationSource: text('location_source', { enum: locationSources }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Registration time slots: their length and how many donors each takes. */
    slotMinutes: smallint('slot_minutes').notNull().default(30),
    slotCapacity: smallint('slot_capacity').notNull().default(10),
    partnerCentre: text('partner_centre').notNull(),
    targetUnits: smallint('target_units').notNull(),
    /** Names of co-organising bodies (e.g. "Rotary Club Kanpur"), shown on the page and the report. */
    coOrganisers: text('co_organisers').array().notNull().default([]),
    state: text('state', { enum: campStates }).notNull().default('planned'),
    thankedAt: timestamp('thanked_at', { withTimezone: true }),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('camps_organisation_idx').on(t.organisationId, t.startsAt),
    index('camps_district_idx').on(t.districtCode, t.startsAt),
    check('camps_hours_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('camps_target_check', sql`${t.targetUnits} > 0`),
  ],
);

export const campRegistrations = pgTable(
  'camp_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campId: uuid('camp_id')
      .notNull()
      .references(() => camps.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The registry donor this person is (linked or created at registration or check-in). */
    donorId: uuid('donor_id').references(() => donors.id),
    name: text('name').notNull(),
    /** E.164; one registration per phone per camp. */
    phone: text('phone').notNull(),
    bloodGroup: text('blood_group', { enum: aboRhGroups }),
    category: text('category', { enum: donorCategories }).notNull().default('citizen'),
    language: text('language', { enum: languages }).notNull().default('hi'),
    source: text('source', { enum: campRegistrationSources }).notNull(),
    /** The slot's start; null for a walk-in. */
    slotAt: timestamp('slot_at', { withTimezone: true }),
    state: text('state', { enum: campRegistrationStates }).notNull().default('registered'),
    /** Random token in the QR code the donor shows at check-in. */
    checkInToken: text('check_in_token').notNull().unique(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    checkedInById: uuid('checked_in_by_id').references(() => users.id),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    outcomeById: uuid('outcome_by_id').references(() => users.id),
    deferralReason: text('deferral_reason'),
    deferralUntil: text('deferral_until'),
    product: text('product', { enum: donorProducts }),
    units: smallint('units'),
    bagNumber: text('bag_number'),
    donationId: uuid('donation_id').references(() => donations.id),
    thankedAt: timestamp('thanked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('camp_registrations_phone_idx').on(t.campId, t.phone),
    index('camp_registrations_slot_idx').on(t.campId, t.slotAt),
    index('camp_registrations_donor_idx').on(t.donorId),
  ],
);

/**
 * A donor invited to a camp: one row per camp and phone. An invitation asks the donor to give blood, so it counts
 * with the donor's asks (donor_asks) for the contact limit (domain/outreach/fatigue.ts), read by the phone as they
 * are (db/queries/donor-candidates.ts, askCountsJoin).
 */
export const campInvitations = pgTable(
  'camp_invitations',
  {
    campId: uuid('camp_id')
      .notNull()
      .references(() => camps.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    donorId: uuid('donor_id')
      .notNull()
      .references(() => donors.id),
    /** E.164, as the message went to it: asks are counted by phone, across organisations. */
    phone: text('phone').notNull(),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campId, t.phone] }), index('camp_invitations_phone_idx').on(t.phone, t.invitedAt)],
);

export const campEvents = pgTable(
  'camp_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    campId: uuid('camp_id')
      .notNull()
      .references(() => camps.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    type: text('type', { enum: campEventTypes }).notNull(),
    registrationId: uuid('registration_id').references(() => campRegistrations.id, { onDelete: 'set null' }),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('camp_events_camp_idx').on(t.campId, t.at)],
);

/** How an organisation's certificates look: its name in both languages, signatory, logo, number prefix. */
export const organisationCertificateSettings = pgTable('organisation_certificate_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  nameEn: text('name_en').notNull(),
  nameHi: text('name_hi').notNull(),
  /** e.g. "Police Commissioner, Kanpur Nagar" / "पुलिस आयुक्त, कानपुर नगर". */
  signatoryEn: text('signatory_en').notNull(),
  signatoryHi: text('signatory_hi').notNull(),
  /** Letters and digits that begin every number ("KNP"). */
  numberPrefix: text('number_prefix').notNull(),
  /** PNG or JPEG, at most 200 KB. */
  logo: bytea('logo'),
  logoType: text('logo_type'),
  updatedById: uuid('updated_by_id').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The next certificate number per organisation and year: taken with one UPDATE … RETURNING, so numbers never repeat. */
export const certificateCounters = pgTable(
  'certificate_counters',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    last: integer('last').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.year] })],
);

/** One certificate per donation: what it says is fixed when issued, so a later edit never changes a printed one. */
export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Public, printed and in the QR code: PREFIX-YEAR-NNNNN plus a check letter. */
    number: text('number').notNull().unique(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    donationId: uuid('donation_id')
      .notNull()
      .unique()
      .references(() => donations.id),
    donorId: uuid('donor_id')
      .notNull()
      .references(() => donors.id),
    campId: uuid('camp_id').references(() => camps.id),
    donorName: text('donor_name').notNull(),
    bloodGroup: text('blood_group', { enum: aboRhGroups }),
    product: text('product', { enum: donorProducts }).notNull(),
    units: smallint('units').notNull(),
    donatedOn: text('donated_on').notNull(),
    /** The camp's title and venue, or the blood centre. */
    place: text('place').notNull(),
    organisationNameEn: text('organisation_name_en').notNull(),
    organisationNameHi: text('organisation_name_hi').notNull(),
    signatoryEn: text('signatory_en').notNull(),
    signatoryHi: text('signatory_hi').notNull(),
    language: text('language', { enum: languages }).notNull(),
    issuedById: uuid('issued_by_id').references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedById: uuid('revoked_by_id').references(() => users.id),
    revokedReason: text('revoked_reason'),
  },
  (t) => [
    index('certificates_organisation_idx').on(t.organisationId, t.issuedAt),
    index('certificates_camp_idx').on(t.campId),
  ],
);
