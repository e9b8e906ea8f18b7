// The demo people the server seeds with DEMO=1, picked out for specs.
import { demoPassword, demoPeople, type DemoPerson } from '../../../src/server/db/demo/demo-people.js';

export { demoPassword };

export interface Credentials {
  identifier: string;
  password: string;
}

export function demoPerson(email: string): DemoPerson {
  const person = demoPeople.find((p) => p.email === email);
  if (!person) throw new Error(`no demo person ${email} in demo-people.ts`);
  return person;
}

export function credentialsOf(person: DemoPerson): Credentials {
  return { identifier: person.email, password: demoPassword };
}

/** A phone number no seeded person has, for people the specs create. */
export function uniquePhone(): string {
  return `+9197${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}
