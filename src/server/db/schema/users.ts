import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { languages, roles } from '../../../shared/enums.js';
import { organisations } from './organisations.js';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    phone: text('phone').notNull().unique(),
    email: text('email').unique(),
    passwordHash: text('password_hash').notNull(),
    preferredLanguage: text('preferred_language', { enum: languages }).notNull().default('hi'),
    isActive: boolean('is_active').notNull().default(true),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('users_phone_e164', sql`${t.phone} ~ '^\\+[1-9][0-9]{6,14}$'`),
    check('users_language', sql`${t.preferredLanguage} in ('hi','en')`),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Null only for platform admins, who belong to no organisation. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    role: text('role', { enum: roles }).notNull(),
    /** Districts inside the organisation's; empty means all of the organisation's districts. */
    districts: text('districts').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('memberships_user_idx').on(t.userId),
    index('memberships_org_idx').on(t.organisationId),
    uniqueIndex('memberships_unique_role')
      .on(t.userId, t.organisationId, t.role)
      .where(sql`${t.organisationId} is not null`),
    uniqueIndex('memberships_unique_admin')
      .on(t.userId)
      .where(sql`${t.role} = 'admin'`),
    check('memberships_admin_has_no_org', sql`(${t.role} = 'admin') = (${t.organisationId} is null)`),
  ],
);

/** Failed sign-ins per identifier (phone or e-mail as typed, normalised), known account or not. */
export const signInThrottle = pgTable('sign_in_throttle', {
  identifier: text('identifier').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One-time codes that let a person whose sign-in is locked back in (with their password): a second factor
 * sent to their phone, so anonymous guessing cannot keep the real person out. Only a hash is kept.
 */
export const signInCodes = pgTable('sign_in_codes', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  codeHash: text('code_hash').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  /** Wrong codes tried against this one; it stops working after a few. */
  attempts: integer('attempts').notNull().default(0),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  /** Codes sent in the current hour, to bound the messages one person's phone can be sent. */
  sentInWindow: integer('sent_in_window').notNull().default(1),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
});
