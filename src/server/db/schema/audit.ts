import { bigserial, index, inet, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { auditActions } from '../../../shared/enums.js';
import { users } from './users.js';

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action', { enum: auditActions }).notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    /** Organisations the event concerns, so coordinators see their own organisation's history. */
    organisationIds: uuid('organisation_ids').array().notNull().default([]),
    ip: inet('ip'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_events_at_idx').on(t.at), index('audit_events_orgs_idx').using('gin', t.organisationIds)],
);
