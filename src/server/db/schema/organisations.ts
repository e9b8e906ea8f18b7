import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisationKinds } from '../../../shared/enums.js';

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull().unique(),
    kind: text('kind', { enum: organisationKinds }).notNull(),
    /** District codes served; membership districts must be a subset. */
    districts: text('districts').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisations_districts_idx').using('gin', t.districts)],
);
