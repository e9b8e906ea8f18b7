import { doublePrecision, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

export const states = pgTable('states', {
  code: text('code').primaryKey(),
  lgd: integer('lgd'),
  name: text('name').notNull(),
  nameHi: text('name_hi').notNull(),
  kind: text('kind', { enum: ['state', 'union_territory'] }).notNull(),
  lat: doublePrecision('lat').notNull(),
  lon: doublePrecision('lon').notNull(),
});

export const districts = pgTable(
  'districts',
  {
    code: text('code').primaryKey(),
    lgd: integer('lgd'),
    stateCode: text('state_code')
      .notNull()
      .references(() => states.code),
    name: text('name').notNull(),
    nameHi: text('name_hi').notNull(),
    aliases: text('aliases').array().notNull().default([]),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
  },
  (t) => [index('districts_state_idx').on(t.stateCode)],
);

/** Which version of the bundled reference data is loaded, so start-up reloads it only when it changed. */
export const referenceData = pgTable('reference_data', {
  name: text('name').primaryKey(),
  hash: text('hash').notNull(),
});
