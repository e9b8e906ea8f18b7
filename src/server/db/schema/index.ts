export * from './geography.js';
export * from './organisations.js';
export * from './users.js';
export * from './sessions.js';
export * from './audit.js';
export * from './cases.js';
export * from './channels.js';
export * from './public.js';
