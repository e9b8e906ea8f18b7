// Closed sets shared by database, API and UI, one file per area under enums/ (a new module adds its own file and a
// line here). Values are stored as text, so never rename one in place.
export * from './enums/audit.js';
export * from './enums/auth.js';
export * from './enums/blood.js';
export * from './enums/cases.js';
export * from './enums/channels.js';
export * from './enums/jobs.js';
export * from './enums/lending.js';
export * from './enums/organisations.js';
export * from './enums/outreach.js';
export * from './enums/thalassemia.js';
