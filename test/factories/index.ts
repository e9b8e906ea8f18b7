// Factories: each test builds the world it needs (an organisation in some districts, people in roles).
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Role } from '../../src/shared/enums.js';
import type { Db } from '../../src/server/db/client.js';
import { districts, memberships, organisations, users } from '../../src/server/db/schema/index.js';
import { hashPassword } from '../../src/server/domain/auth/passwords.js';

export const factoryPassword = 'factory-password-1';
let passwordHash: Promise<string> | null = null;

let sequence = 0;
function nextPhone(): string {
  sequence += 1;
  // 6xxxxxxxxx is a valid Indian mobile range; the random part keeps parallel files apart.
  const random = Number.parseInt(randomBytes(3).toString('hex'), 16) % 100_000;
  return `+916${String(random).padStart(5, '0')}${String(sequence % 10_000).padStart(4, '0')}`;
}

export async function districtCode(db: Db, state: string, name: string): Promise<string> {
  const rows = await db.select().from(districts).where(eq(districts.stateCode, state));
  const found = rows.find((d) => d.name === name);
  if (!found) throw new Error(`no district ${name} in ${state}`);
  return found.code;
}

export async function createOrganisation(
  db: Db,
  options: { districts: string[]; name?: string; kind?: typeof organisations.$inferInsert.kind },
): Promise<typeof organisations.$inferSelect> {
  const [row] = await db
    .insert(organisations)
    .values({
      name: options.name ?? `Org ${randomBytes(4).toString('hex')}`,
      kind: options.kind ?? 'ngo',
      districts: options.districts,
    })
    .returning();
  if (!row) throw new Error('no organisation');
  return row;
}

export interface Person {
  id: string;
  phone: string;
  email: string;
  password: string;
  membershipId: string;
}

export async function createPerson(
  db: Db,
  options: { role: Role; organisationId?: string | null; districts?: string[]; name?: string; language?: 'hi' | 'en' },
): Promise<Person> {
  passwordHash ??= hashPassword(factoryPassword);
  const organisationId =
    options.role === 'admin'
      ? null
      : (options.organisationId ??
        (await createOrganisation(db, { districts: [await districtCode(db, 'UP', 'Kanpur Nagar')] })).id);
  const phone = nextPhone();
  const email = `p${phone.slice(3)}@test.example`;
  const [user] = await db
    .insert(users)
    .values({
      name: options.name ?? `Person ${phone.slice(-4)}`,
      phone,
      email,
      passwordHash: await passwordHash,
      preferredLanguage: options.language ?? 'en',
    })
    .returning();
  if (!user) throw new Error('no user');
  const [membership] = await db
    .insert(memberships)
    .values({
      userId: user.id,
      role: options.role,
      organisationId,
      districts: options.districts ?? [],
    })
    .returning();
  if (!membership) throw new Error('no membership');
  return { id: user.id, phone, email, password: factoryPassword, membershipId: membership.id };
}
