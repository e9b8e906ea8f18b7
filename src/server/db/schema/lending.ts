// Oxygen and equipment lending (issue #13): depots and the items kept there, each item's ledger of movements,
// sponsors, loans with their events and documents, refill vendors and orders, oxygen stock sites and their entries,
// and each organisation's lending policy. Every row belongs to an organisation (and a district where it has a place).
// The item row carries its status and current loan, denormalised from the ledger (domain/lending/item-ledger.ts)
// for fast reads and so that lending is one conditional UPDATE; the ledger stays the history.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  borrowerIdKinds,
  channels,
  cylinderTypes,
  depositModes,
  depotKinds,
  gateOutcomes,
  itemConditions,
  itemKinds,
  itemStatuses,
  languages,
  loanDocumentKinds,
  loanDocumentTypes,
  loanEventTypes,
  loanReminderKinds,
  loanStatuses,
  lossReasons,
  movementKinds,
  refillItemStatuses,
  refillOrderStatuses,
  sponsorKinds,
  sponsorshipKinds,
  spo2Bands,
  stockAlertStates,
  stockEntryKinds,
  stockSiteKinds,
  type AccessoryKind,
  type CylinderType,
} from '../../../shared/enums.js';
import { caseNeeds, cases } from './cases.js';
import { districts } from './geography.js';
import { organisations } from './organisations.js';
import { users } from './users.js';

const organisationId = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id);
const districtCode = () =>
  text('district_code')
    .notNull()
    .references(() => districts.code);
const at = (name: string) => timestamp(name, { withTimezone: true });

/** Where items are kept: an NGO office, a police station, a hospital store. */
export const depots = pgTable(
  'depots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    districtCode: districtCode(),
    name: text('name').notNull(),
    kind: text('kind', { enum: depotKinds }).notNull(),
    address: text('address').notNull(),
    /** Null until placed on the map; such a depot is listed after the placed ones on the lending panel. */
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    /** Who answers at the depot (E.164). */
    contactPhone: text('contact_phone'),
    /** A closed depot keeps its history; nothing new is received there. */
    active: boolean('active').notNull().default(true),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('depots_organisation_name_idx').on(t.organisationId, t.name),
    index('depots_district_idx').on(t.organisationId, t.districtCode),
  ],
);

/** A person or company that owns or funded items; their page is reached by a private link (only its hash is kept). */
export const sponsors = pgTable(
  'sponsors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    name: text('name').notNull(),
    kind: text('kind', { enum: sponsorKinds }).notNull(),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    note: text('note'),
    /** SHA-256 (hex) of the private link's token; null: no link (or revoked). */
    linkTokenHash: text('link_token_hash'),
    linkCreatedAt: at('link_created_at'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sponsors_organisation_name_idx').on(t.organisationId, t.name),
    uniqueIndex('sponsors_link_idx')
      .on(t.linkTokenHash)
      .where(sql`link_token_hash is not null`),
  ],
);

/** One item: a cylinder, a concentrator, or an accessory lent with them. */
export const equipmentItems = pgTable(
  'equipment_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    /** The district of the item's depot (kept with it for scoping: a Bilaspur operator never reaches it). */
    districtCode: districtCode(),
    depotId: uuid('depot_id')
      .notNull()
      .references(() => depots.id),
    kind: text('kind', { enum: itemKinds }).notNull(),
    /** Cylinders: the type label; the litres below are what count. */
    cylinderType: text('cylinder_type', { enum: cylinderTypes }),
    /** Cylinders: water capacity (L) and oxygen when full (L of gas at ≈150 bar). */
    waterLitres: real('water_litres'),
    gasLitres: integer('gas_litres'),
    /** Concentrators: the most litres per minute it gives. */
    flowLpm: real('flow_lpm'),
    serial: text('serial'),
    /** The sticker's short name ("KNP-B-014") printed on the QR label. */
    label: text('label').notNull(),
    /** The random token the QR code carries (/equipment/scan/<token>): unguessable, not the id. */
    qrToken: text('qr_token').notNull(),
    sponsorId: uuid('sponsor_id').references(() => sponsors.id),
    sponsorship: text('sponsorship', { enum: sponsorshipKinds }),
    // Derived from the ledger (item-ledger.ts) and changed in the same transaction as the movement.
    status: text('status', { enum: itemStatuses }).notNull(),
    currentLoanId: uuid('current_loan_id').references((): AnyPgColumn => loans.id),
    statusChangedAt: at('status_changed_at').notNull().defaultNow(),
    note: text('note'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('equipment_items_serial_idx')
      .on(t.organisationId, t.serial)
      .where(sql`serial is not null`),
    uniqueIndex('equipment_items_label_idx').on(t.organisationId, t.label),
    uniqueIndex('equipment_items_qr_idx').on(t.qrToken),
    // The lending panel and the depot's shelf: what is available, per organisation and depot.
    index('equipment_items_available_idx')
      .on(t.organisationId, t.depotId, t.kind, t.cylinderType)
      .where(sql`status = 'available'`),
    index('equipment_items_depot_status_idx').on(t.depotId, t.status),
    index('equipment_items_sponsor_idx')
      .on(t.sponsorId)
      .where(sql`sponsor_id is not null`),
    check('equipment_items_cylinder_litres', sql`kind <> 'cylinder' or (cylinder_type is not null and gas_litres > 0)`),
    check('equipment_items_sponsorship', sql`(sponsor_id is null) = (sponsorship is null)`),
    check('equipment_items_lent_has_loan', sql`(status = 'lent') = (current_loan_id is not null)`),
  ],
);

/** What a loan lends besides its device: tracked accessory items (their own ledgers) and consumables by count. */
export interface LoanAccessory {
  kind: AccessoryKind;
  /** A tracked accessory (an oximeter, a regulator with a serial); null for a consumable (a mask, a cannula). */
  itemId: string | null;
  quantity: number;
}

export const loans = pgTable(
  'loans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    /** The case's district (the patient's place): scopes the loan. */
    districtCode: districtCode(),
    /** Short, typed by the borrower in `RETURN <ref>` (domain/lending/return-command.ts). */
    reference: text('reference').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    needId: uuid('need_id').references(() => caseNeeds.id, { onDelete: 'set null' }),
    /** The device lent (a cylinder or a concentrator). */
    itemId: uuid('item_id')
      .notNull()
      .references(() => equipmentItems.id),
    /** The depot it left from. */
    depotId: uuid('depot_id')
      .notNull()
      .references(() => depots.id),
    accessories: jsonb('accessories').$type<LoanAccessory[]>().notNull().default([]),
    status: text('status', { enum: loanStatuses }).notNull().default('active'),
    // The patient, and the borrower who speaks for them (a relative) when another person.
    patientName: text('patient_name').notNull(),
    /** E.164: the one-device rule is per patient phone within the organisation. */
    patientPhone: text('patient_phone').notNull(),
    borrowerName: text('borrower_name'),
    borrowerPhone: text('borrower_phone'),
    address: text('address').notNull(),
    /** Reminders go in this language on this channel, to the borrower's phone (else the patient's). */
    language: text('language', { enum: languages }).notNull().default('hi'),
    channel: text('channel', { enum: channels }).notNull().default('whatsapp'),
    idSeen: text('id_seen', { enum: borrowerIdKinds }),
    // The gate (domain/lending/lending-gate.ts) as answered when lent.
    covidPositive: boolean('covid_positive'),
    hasPrescription: boolean('has_prescription'),
    homeIsolation: boolean('home_isolation'),
    spo2: smallint('spo2'),
    spo2Band: text('spo2_band', { enum: spo2Bands }).notNull(),
    gateOutcome: text('gate_outcome', { enum: gateOutcomes }).notNull(),
    /** A coordinator's override of one device per patient; such a loan is outside the one-device index. */
    overrideReason: text('override_reason'),
    overrideById: uuid('override_by_id').references(() => users.id),
    // The deposit, whole rupees; refunded + deducted never exceed the amount (domain/lending/deposits.ts).
    depositAmount: integer('deposit_amount').notNull().default(0),
    depositMode: text('deposit_mode', { enum: depositModes }).notNull(),
    depositReceipt: text('deposit_receipt'),
    depositWaiveReason: text('deposit_waive_reason'),
    depositRefunded: integer('deposit_refunded').notNull().default(0),
    depositDeducted: integer('deposit_deducted').notNull().default(0),
    // The calendar (domain/lending/loan-schedule.ts): a Kolkata day.
    dueOn: text('due_on').notNull(),
    extensions: smallint('extensions').notNull().default(0),
    /** Reminders sent for the current due date (an extension clears it). */
    remindersSent: text('reminders_sent', { enum: loanReminderKinds }).array().notNull().default([]),
    /** The due date the overdue escalation was raised for (one per due date). */
    escalatedForDueOn: text('escalated_for_due_on'),
    lentById: uuid('lent_by_id').references(() => users.id),
    lentAt: at('lent_at').notNull().defaultNow(),
    // The hand-over: who delivered (a user, or a named volunteer or police driver) and when; the minutes since the
    // person's first message on the case are kept as they were then (the seeds' "half an hour").
    handedOverById: uuid('handed_over_by_id').references(() => users.id),
    handedOverByName: text('handed_over_by_name'),
    handedOverAt: at('handed_over_at'),
    firstMessageAt: at('first_message_at'),
    minutesToHandOver: integer('minutes_to_hand_over'),
    /** The borrower asked for a pick-up (`RETURN <ref>`, or a call). */
    pickupRequestedAt: at('pickup_requested_at'),
    pickupAssigneeId: uuid('pickup_assignee_id').references(() => users.id),
    returnedAt: at('returned_at'),
    returnedToId: uuid('returned_to_id').references(() => users.id),
    returnDepotId: uuid('return_depot_id').references(() => depots.id),
    returnCondition: text('return_condition', { enum: itemConditions }),
    accessoriesMissing: jsonb('accessories_missing').$type<LoanAccessory[]>().notNull().default([]),
    lostAt: at('lost_at'),
    lossReason: text('loss_reason', { enum: lossReasons }),
    closedNote: text('closed_note'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('loans_reference_idx').on(t.organisationId, t.reference),
    // One device per patient: two racing lends to one phone cannot both hold an active loan (an override is exempt).
    uniqueIndex('loans_one_device_idx')
      .on(t.organisationId, t.patientPhone)
      .where(sql`status = 'active' and override_reason is null`),
    // One active loan per item, whatever happened to the item row.
    uniqueIndex('loans_active_item_idx')
      .on(t.itemId)
      .where(sql`status = 'active'`),
    // Reminders, overdue and escalation: an organisation's active loans by due date.
    index('loans_due_idx')
      .on(t.organisationId, t.dueOn)
      .where(sql`status = 'active'`),
    index('loans_case_idx').on(t.caseId),
    index('loans_patient_idx').on(t.organisationId, t.patientPhone),
    check(
      'loans_deposit_not_negative',
      sql`deposit_amount >= 0 and deposit_refunded >= 0 and deposit_deducted >= 0 and deposit_refunded + deposit_deducted <= deposit_amount`,
    ),
    check('loans_waive_reason', sql`deposit_mode <> 'waived' or deposit_waive_reason is not null`),
    check('loans_spo2_range', sql`spo2 is null or spo2 between 30 and 100`),
  ],
);

/** An item's ledger: every movement with who, when, from, to, condition and note. */
export const itemMovements = pgTable(
  'item_movements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organisationId: organisationId(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => equipmentItems.id),
    kind: text('kind', { enum: movementKinds }).notNull(),
    /** Null for `received` (the first row). */
    fromStatus: text('from_status', { enum: itemStatuses }),
    toStatus: text('to_status', { enum: itemStatuses }).notNull(),
    fromDepotId: uuid('from_depot_id').references(() => depots.id),
    toDepotId: uuid('to_depot_id')
      .notNull()
      .references(() => depots.id),
    loanId: uuid('loan_id').references(() => loans.id),
    refillOrderId: uuid('refill_order_id').references((): AnyPgColumn => refillOrders.id),
    condition: text('condition', { enum: itemConditions }),
    lossReason: text('loss_reason', { enum: lossReasons }),
    note: text('note'),
    actorId: uuid('actor_id').references(() => users.id),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [
    index('item_movements_item_idx').on(t.itemId, t.id),
    index('item_movements_loan_idx')
      .on(t.loanId)
      .where(sql`loan_id is not null`),
  ],
);

/** A loan's history: lent, handed over, extended, reminded, escalated, returned, deposit settled, written off. */
export const loanEvents = pgTable(
  'loan_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    type: text('type', { enum: loanEventTypes }).notNull(),
    /** Null: the borrower (a `RETURN` message) or the system (a reminder, an escalation). */
    actorId: uuid('actor_id').references(() => users.id),
    at: at('at').notNull().defaultNow(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('loan_events_loan_idx').on(t.loanId, t.id)],
);

/** A document kept with a loan (prescription, oximeter photo, ID): stored in the data folder or a bucket. */
export const loanDocuments = pgTable(
  'loan_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => loans.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    kind: text('kind', { enum: loanDocumentKinds }).notNull(),
    /** Checked from the content's first bytes, not the name the phone gave it. */
    contentType: text('content_type', { enum: loanDocumentTypes }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storage: text('storage', { enum: ['data_dir', 'bucket'] }).notNull(),
    /** The path under the data folder, or the object key in the bucket. */
    storageKey: text('storage_key').notNull(),
    uploadedById: uuid('uploaded_by_id').references(() => users.id),
    uploadedAt: at('uploaded_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('loan_documents_loan_sha_idx').on(t.loanId, t.sha256),
    check('loan_documents_size', sql`size_bytes > 0`),
  ],
);

/** A refill vendor and its price per cylinder type (whole rupees). */
export const refillVendors = pgTable(
  'refill_vendors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    /** Null: serves all the organisation's districts. */
    districtCode: text('district_code').references(() => districts.code),
    name: text('name').notNull(),
    phone: text('phone'),
    address: text('address'),
    prices: jsonb('prices').$type<Partial<Record<CylinderType, number>>>().notNull().default({}),
    active: boolean('active').notNull().default(true),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('refill_vendors_organisation_name_idx').on(t.organisationId, t.name)],
);

/** A depot's empty cylinders sent to a vendor; prices are copied from the vendor when the order is made. */
export const refillOrders = pgTable(
  'refill_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    districtCode: districtCode(),
    depotId: uuid('depot_id')
      .notNull()
      .references(() => depots.id),
    vendorId: uuid('vendor_id')
      .notNull()
      .references(() => refillVendors.id),
    status: text('status', { enum: refillOrderStatuses }).notNull().default('open'),
    prices: jsonb('prices').$type<Partial<Record<CylinderType, number>>>().notNull(),
    /** Whole rupees: for every cylinder sent, and for those that came back filled (domain/lending/refills.ts). */
    estimatedCost: integer('estimated_cost').notNull().default(0),
    cost: integer('cost').notNull().default(0),
    note: text('note'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
    sentAt: at('sent_at'),
    closedAt: at('closed_at'),
    cancelReason: text('cancel_reason'),
  },
  (t) => [
    index('refill_orders_open_idx')
      .on(t.organisationId, t.depotId)
      .where(sql`status in ('open', 'sent', 'partly_returned')`),
  ],
);

export const refillOrderItems = pgTable(
  'refill_order_items',
  {
    orderId: uuid('order_id')
      .notNull()
      .references(() => refillOrders.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => equipmentItems.id),
    cylinderType: text('cylinder_type', { enum: cylinderTypes }).notNull(),
    status: text('status', { enum: refillItemStatuses }).notNull().default('sent'),
    settledById: uuid('settled_by_id').references(() => users.id),
    settledAt: at('settled_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orderId, t.itemId] }),
    // A cylinder is out on one order at a time.
    uniqueIndex('refill_order_items_out_idx')
      .on(t.itemId)
      .where(sql`status = 'sent'`),
  ],
);

/**
 * A facility's or war room's oxygen stock. The running level and the alert state are kept on the row (changed with
 * each entry, under the row's lock); the entries are the ledger (domain/lending/oxygen-stock.ts).
 */
export const stockSites = pgTable(
  'stock_sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    districtCode: districtCode(),
    name: text('name').notNull(),
    kind: text('kind', { enum: stockSiteKinds }).notNull(),
    address: text('address'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    /** Null: the organisation's policy (8 hours by default). */
    alertHours: smallint('alert_hours'),
    litres: doublePrecision('litres').notNull().default(0),
    cylinders: jsonb('cylinders').$type<Partial<Record<CylinderType, number>>>().notNull().default({}),
    lastEntryAt: at('last_entry_at'),
    alertState: text('alert_state', { enum: stockAlertStates }).notNull().default('no_data'),
    alertChangedAt: at('alert_changed_at'),
    active: boolean('active').notNull().default(true),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('stock_sites_organisation_name_idx').on(t.organisationId, t.name),
    index('stock_sites_low_idx')
      .on(t.organisationId)
      .where(sql`alert_state = 'low'`),
    check('stock_sites_litres', sql`litres >= 0`),
  ],
);

export const stockEntries = pgTable(
  'stock_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => stockSites.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    kind: text('kind', { enum: stockEntryKinds }).notNull(),
    litres: doublePrecision('litres').notNull(),
    cylinders: jsonb('cylinders').$type<Partial<Record<CylinderType, number>>>().notNull().default({}),
    reason: text('reason'),
    /** When it happened (a count taken at 06:00 entered at 07:30); the burn rate reads this. */
    at: at('at').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    recordedAt: at('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('stock_entries_site_idx').on(t.siteId, t.at)],
);

/** An organisation's lending policy overrides (shared/contracts/lending-policy.ts). */
export const organisationLendingSettings = pgTable('organisation_lending_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  policy: jsonb('policy').$type<Record<string, unknown>>().notNull(),
  updatedById: uuid('updated_by_id').references(() => users.id),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
