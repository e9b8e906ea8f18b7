// The demo reproduces the Kanpur police's figure (issue #12): 36 units, 31 blood + 5 plasma, from 21 citizens and
// 15 police personnel, in April–May 2021 — from records, through the figures API — and its donors' next eligible
// days follow from their donations by the eligibility rules.
import { and, between, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kanpurDrive } from '../../src/server/db/demo/demo-donors.js';
import { demoPassword, demoPeople } from '../../src/server/db/demo/demo-people.js';
import { seedDemo } from '../../src/server/db/demo/seed-demo.js';
import { donations, donors, organisations } from '../../src/server/db/schema/index.js';
import { addDays, kolkataDay } from '../../src/server/domain/blood/calendar.js';
import type { BloodFigures } from '../../src/shared/contracts/blood-reports.js';
import { createTestApp, signIn, type TestContext } from '../support/app.js';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
  await seedDemo(ctx.database.db);
});
afterAll(async () => ctx.close());

const coordinatorOfKanpur = () => {
  const person = demoPeople.find((p) => p.email === 'coordinator.kanpur@sahayata.example');
  if (!person) throw new Error('no demo Kanpur coordinator');
  return signIn(ctx.app, person.phone, demoPassword);
};

describe('the demo’s blood donors', () => {
  it('give the Kanpur police’s figure exactly: 36 units, 31 blood + 5 plasma, 21 citizens + 15 police', async () => {
    const client = await coordinatorOfKanpur();
    const response = await client.request({
      method: 'GET',
      url: `/api/v1/reports/blood?from=${kanpurDrive.period.from}&to=${kanpurDrive.period.to}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const figures = response.json() as BloodFigures;
    expect(figures.organisations).toHaveLength(1);
    expect(figures.organisations[0]?.name).toBe('Kanpur Nagar Police Commissionerate');
    expect(figures.totals).toEqual({
      units: 36,
      donations: 36,
      donors: 36,
      unitsByProduct: { whole_blood: 31, platelets: 0, plasma: 5 },
      unitsByCategory: {
        citizen: 21,
        police: 15,
        ngo_volunteer: 0,
        party_volunteer: 0,
        staff: 0,
        family_replacement: 0,
      },
      donorsByCategory: {
        citizen: 21,
        police: 15,
        ngo_volunteer: 0,
        party_volunteer: 0,
        staff: 0,
        family_replacement: 0,
      },
    });
    expect(figures.monthly.map((m) => m.month)).toEqual(['2021-04', '2021-05']);
  });

  it('are a few hundred over the demo districts, Kanpur Nagar the densest, B+ the commonest group', async () => {
    const db = ctx.database.db;
    const byDistrict = await db
      .select({ district: donors.districtCode, n: count() })
      .from(donors)
      .groupBy(donors.districtCode)
      .orderBy(sql`count(*) desc`);
    const total = byDistrict.reduce((sum, row) => sum + row.n, 0);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(byDistrict[0]?.district).toBe('UP-KANPUR-NAGAR');
    const byGroup = await db
      .select({ group: donors.bloodGroup, n: count() })
      .from(donors)
      .groupBy(donors.bloodGroup)
      .orderBy(sql`count(*) desc`);
    expect(byGroup[0]?.group).toBe('B+');
    const located = await db
      .select({ source: donors.locationSource, n: count() })
      .from(donors)
      .groupBy(donors.locationSource);
    // Every demo donor has a PIN code or a locality the gazetteer knows, never only a district.
    expect(located.map((r) => r.source).sort()).not.toContain('district');
    const [verified] = await db
      .select({ n: count() })
      .from(donors)
      .where(sql`${donors.verifiedAt} is not null`);
    expect(verified?.n).toBeGreaterThan(0);
    expect(verified?.n).toBeLessThan(total);
  });

  it('have their next eligible day from their donations (90 days for men, 120 for women, 48 h after plasma)', async () => {
    const db = ctx.database.db;
    const [kanpur] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, 'Kanpur Nagar Police Commissionerate'));
    const given = await db
      .select({
        sex: donors.sex,
        product: donations.product,
        donatedOn: donations.donatedOn,
        lastDonatedOn: donors.lastDonatedOn,
        wholeBloodFrom: donors.eligibleWholeBloodFrom,
        plasmaFrom: donors.eligiblePlasmaFrom,
      })
      .from(donations)
      .innerJoin(donors, eq(donors.id, donations.donorId))
      .where(
        and(
          eq(donations.organisationId, kanpur?.id ?? ''),
          eq(donors.source, 'demo'),
          // The drive's; the demo's thalassemia rosters and camp (seed-demo-thalassemia.ts) gave recently.
          between(donations.donatedOn, kanpurDrive.period.from, kanpurDrive.period.to),
        ),
      );
    expect(given).toHaveLength(36);
    // Eligibility is decided on the Kolkata day, which starts at 18:30 UTC.
    const today = kolkataDay(new Date());
    for (const row of given) {
      expect(row.lastDonatedOn).toBe(row.donatedOn);
      if (row.product === 'whole_blood') {
        // Long past by now: eligible again today, never before the interval ended.
        expect(row.wholeBloodFrom).not.toBeNull();
        expect(row.wholeBloodFrom! >= addDays(row.donatedOn, row.sex === 'female' ? 120 : 90)).toBe(true);
        expect(row.wholeBloodFrom! <= today).toBe(true);
      } else {
        expect(row.plasmaFrom).not.toBeNull();
      }
    }
    // Police Mitra Prayagraj's donors who gave in the last months are not eligible again yet.
    const [waiting] = await db
      .select({ n: count() })
      .from(donors)
      .where(sql`${donors.eligibleWholeBloodFrom} > ${today} and ${donors.lastDonatedOn} is not null`);
    expect(waiting?.n).toBeGreaterThan(0);
  });

  it('are seeded once: seeding again adds nobody', async () => {
    const db = ctx.database.db;
    const before = await db.select({ n: count() }).from(donors);
    const beforeDonations = await db.select({ n: count() }).from(donations);
    await seedDemo(db);
    expect(await db.select({ n: count() }).from(donors)).toEqual(before);
    expect(await db.select({ n: count() }).from(donations)).toEqual(beforeDonations);
  });
});
