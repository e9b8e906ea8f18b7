// Seeds the demo organisations, people, blood donors, lending, thalassemia care and camp once (idempotent:
// existing ones are left as they are).
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.js';
import { districts, memberships, organisations, users } from '../schema/index.js';
import { hashPassword } from '../../domain/auth/passwords.js';
import { recordAuditEvent } from '../../usecases/audit/record-audit-event.js';
import { demoOrganisations, demoPassword, demoPeople, type DemoOrganisation } from './demo-people.js';
import { seedDemoDonors } from './seed-demo-donors.js';
import { seedDemoLending } from './seed-demo-lending.js';
import { seedDemoThalassemia } from './seed-demo-thalassemia.js';

async function districtCodes(db: Db, spec: DemoOrganisation['districts']): Promise<string[]> {
  if ('all' in spec) {
    const rows = await db.select({ code: districts.code }).from(districts).where(eq(districts.stateCode, spec.state));
    return rows.map((r) => r.code);
  }
  const codes: string[] = [];
  for (const { state, name } of spec) {
    const [row] = await db
      .select({ code: districts.code })
      .from(districts)
      .where(and(eq(districts.stateCode, state), eq(districts.name, name)));
    if (!row) throw new Error(`demo data: district ${name} (${state}) is not in the geography data`);
    codes.push(row.code);
  }
  return codes;
}

export async function seedDemo(db: Db): Promise<{ created: number }> {
  const orgIds = new Map<string, { id: string; name: string; districts: string[] }>();
  for (const org of demoOrganisations) {
    const codes = await districtCodes(db, org.districts);
    const [existing] = await db.select().from(organisations).where(eq(organisations.name, org.name));
    const row =
      existing ??
      (await db.insert(organisations).values({ name: org.name, kind: org.kind, districts: codes }).returning())[0];
    if (!row) throw new Error(`demo data: could not create ${org.name}`);
    orgIds.set(org.key, { id: row.id, name: row.name, districts: row.districts });
  }
  const passwordHash = await hashPassword(demoPassword);
  let created = 0;
  for (const person of demoPeople) {
    const [existing] = await db
      .select({ id: users.id, isActive: users.isActive })
      .from(users)
      .where(eq(users.phone, person.phone));
    // Starting in demo mode again after `sahayata demo remove` brings the demo logins back.
    if (existing && !existing.isActive) {
      await db.update(users).set({ isActive: true, updatedAt: new Date() }).where(eq(users.id, existing.id));
    }
    if (existing) continue;
    const org = person.organisation ? orgIds.get(person.organisation) : undefined;
    const personDistricts =
      org && person.districts.length > 0
        ? (
            await db
              .select({ code: districts.code })
              .from(districts)
              .where(and(inArray(districts.code, org.districts), inArray(districts.name, person.districts)))
          ).map((r) => r.code)
        : [];
    await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          name: person.name,
          phone: person.phone,
          email: person.email,
          preferredLanguage: person.language,
          passwordHash,
        })
        .returning({ id: users.id });
      if (!user) throw new Error('insert returned nothing');
      const stored = { role: person.role, organisationId: org?.id ?? null, districts: personDistricts };
      await tx.insert(memberships).values({ userId: user.id, ...stored });
      const organisationIds = org ? [org.id] : [];
      await recordAuditEvent(tx, {
        actorId: null,
        action: 'user.created',
        subjectType: 'user',
        subjectId: user.id,
        organisationIds,
        details: { source: 'demo seed', name: person.name, membership: stored },
      });
    });
    created += 1;
  }
  // After the people: they verify the donors and record their donations.
  await seedDemoDonors(db, orgIds);
  await seedDemoLending(db, orgIds);
  // After the donors: the children's rosters and the camp's donors are drawn from them.
  await seedDemoThalassemia(db, orgIds);
  return { created };
}
