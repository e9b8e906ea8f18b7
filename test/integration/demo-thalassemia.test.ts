// The demo's thalassemia care and camp (issue #14): the Kanpur police with two children on rosters — transfusions
// given, the next three booked by the rotation's rules — and a camp held at the police lines some weeks ago, whose
// donors' certificates verify publicly; the figures count them; seeding twice adds nothing; `demo remove` ends it.
import { and, count, eq, inArray, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDemo } from '../../src/server/db/demo/demo-leftovers.js';
import { demoPassword, demoPeople } from '../../src/server/db/demo/demo-people.js';
import { demoCamp, demoChildren, demoTodaysCamp } from '../../src/server/db/demo/demo-thalassemia.js';
import { seedDemo } from '../../src/server/db/demo/seed-demo.js';
import {
  campRegistrations,
  camps,
  certificates,
  donations,
  donors,
  rosterMembers,
  transfusionBookings,
  transfusionPatients,
  transfusions,
} from '../../src/server/db/schema/index.js';
import { addDays, kolkataDay } from '../../src/server/domain/blood/calendar.js';
import { wholeBloodGapDays } from '../../src/server/domain/thalassemia/pool-size.js';
import type { BloodFigures } from '../../src/shared/contracts/blood-reports.js';
import type { PublicCertificateView } from '../../src/shared/contracts/certificates.js';
import type { PatientTransfusions } from '../../src/shared/contracts/transfusion-bookings.js';
import type { RosterView, TransfusionPatientList } from '../../src/shared/contracts/transfusion-patients.js';
import { createTestApp, signIn, type Client, type TestContext } from '../support/app.js';

let ctx: TestContext;
let coordinator: Client;
const today = kolkataDay(new Date());

beforeAll(async () => {
  ctx = await createTestApp();
  await seedDemo(ctx.database.db);
  const person = demoPeople.find((p) => p.email === 'coordinator.kanpur@sahayata.example');
  if (!person) throw new Error('no demo Kanpur coordinator');
  coordinator = await signIn(ctx.app, person.phone, demoPassword);
}, 120_000);
afterAll(async () => ctx.close());

describe('the demo’s thalassemia children', () => {
  it('are two Kanpur children on rosters of verified, compatible donors, each donor in one pool', async () => {
    const response = await coordinator.request({ method: 'GET', url: '/api/v1/transfusion-patients' });
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json() as TransfusionPatientList;
    expect(list.items.map((c) => [c.reference, c.name, c.bloodGroup, c.intervalDays]).sort()).toEqual([
      ['THAL-0001', 'आरव सिंह', 'B+', 21],
      ['THAL-0002', 'परी कटियार', 'O+', 28],
    ]);
    for (const child of list.items) {
      expect(child.state).toBe('active');
      // Masked in the list: the guardian's number is not shown whole.
      const guardian = demoChildren.find((c) => c.reference === child.reference)?.guardianPhone ?? '';
      expect(child.guardianPhone).not.toContain(guardian.slice(-7));
      expect(child.nextTransfusionOn! >= today).toBe(true);
      const roster = (
        await coordinator.request({ method: 'GET', url: `/api/v1/transfusion-patients/${child.id}/roster` })
      ).json() as RosterView;
      expect(roster.members).toHaveLength(8);
      const groups = new Set(roster.members.map((m) => m.bloodGroup));
      const allowed = child.bloodGroup === 'O+' ? ['O+', 'O-'] : ['B+', 'B-', 'O+', 'O-'];
      expect([...groups].every((g) => g !== null && allowed.includes(g))).toBe(true);
      // The calendar the coordinator sees: the next three transfusions, each with a donor booked per unit.
      const calendar = await coordinator.request({
        method: 'GET',
        url: `/api/v1/transfusion-patients/${child.id}/transfusions?pastDays=0`,
      });
      expect(calendar.statusCode, calendar.body).toBe(200);
      const upcoming = (calendar.json() as PatientTransfusions).items.filter((t) => t.dueOn >= today);
      expect(upcoming).toHaveLength(3);
      for (const t of upcoming) {
        expect(t).toMatchObject({ state: 'covered', bookedUnits: child.unitsPerTransfusion });
        const live = t.bookings.filter((b) => b.state === 'booked' || b.state === 'confirmed');
        expect(live).toHaveLength(child.unitsPerTransfusion);
        expect(live.every((b) => roster.members.some((m) => m.donorId === b.donorId))).toBe(true);
      }
      expect(upcoming[0]?.confirmedUnits).toBe(child.unitsPerTransfusion);
    }
    // Aarav's pool is what his rhythm needs; Pari's (2 units every 4 weeks) is short, and the roster says so.
    const aarav = list.items.find((c) => c.reference === 'THAL-0001');
    const pari = list.items.find((c) => c.reference === 'THAL-0002');
    expect(aarav?.coverageWarning).toBe(false);
    expect(pari?.poolSizeNeeded).toBeGreaterThan(8);

    const db = ctx.database.db;
    const members = await db.select().from(rosterMembers);
    expect(new Set(members.map((m) => m.donorId)).size).toBe(members.length);
    const memberDonors = await db
      .select()
      .from(donors)
      .where(
        inArray(
          donors.id,
          members.map((m) => m.donorId),
        ),
      );
    expect(memberDonors.every((d) => d.verifiedAt !== null && d.optedOutAt === null)).toBe(true);
  });

  it('had their past transfusions given by roster donors and have the next three booked, none while ineligible', async () => {
    const db = ctx.database.db;
    const children = await db.select().from(transfusionPatients);
    for (const child of children) {
      const calendar = await db
        .select()
        .from(transfusions)
        .where(eq(transfusions.patientId, child.id))
        .orderBy(transfusions.dueOn);
      const done = calendar.filter((t) => t.state === 'done');
      const ahead = calendar.filter((t) => t.dueOn >= today);
      expect(done.length).toBeGreaterThanOrEqual(3);
      expect(done.at(-1)?.doneOn).toBe(child.lastTransfusionOn);
      expect(ahead).toHaveLength(3);
      expect(ahead.every((t) => t.state === 'covered')).toBe(true);
      expect(ahead[0]?.dueOn).toBe(addDays(child.lastTransfusionOn ?? '', child.intervalDays));
      const bookings = await db.select().from(transfusionBookings).where(eq(transfusionBookings.patientId, child.id));
      for (const t of calendar) {
        const forIt = bookings.filter((b) => b.transfusionId === t.id);
        expect(forIt).toHaveLength(t.units);
        if (t.state === 'done') expect(forIt.every((b) => b.state === 'donated' && b.donationId !== null)).toBe(true);
      }
      expect(bookings.filter((b) => b.state === 'confirmed').length).toBe(ahead[0]?.units);
    }
    // Every donor's giving days — donations recorded and days booked — are a whole-blood gap apart.
    const booked = await db
      .select({ donorId: transfusionBookings.donorId, dueOn: transfusions.dueOn, sex: donors.sex })
      .from(transfusionBookings)
      .innerJoin(transfusions, eq(transfusions.id, transfusionBookings.transfusionId))
      .innerJoin(donors, eq(donors.id, transfusionBookings.donorId))
      .where(ne(transfusionBookings.state, 'cancelled'));
    const days = new Map<string, { sex: (typeof booked)[number]['sex']; days: string[] }>();
    for (const b of booked) {
      const entry = days.get(b.donorId) ?? { sex: b.sex, days: [] };
      entry.days.push(b.dueOn);
      days.set(b.donorId, entry);
    }
    for (const { sex, days: given } of days.values()) {
      const sorted = [...given].sort();
      for (let i = 1; i < sorted.length; i += 1) {
        expect(sorted[i]! >= addDays(sorted[i - 1]!, wholeBloodGapDays(sex))).toBe(true);
      }
    }
  });
});

describe('the demo’s camp at the police lines', () => {
  it('was held weeks ago: 12 registered, 10 donated with bag numbers, 2 deferred with their eligibility set', async () => {
    const db = ctx.database.db;
    const [camp] = await db.select().from(camps).where(eq(camps.code, demoCamp.code));
    expect(camp).toMatchObject({ state: 'held', venue: demoCamp.venue });
    expect(kolkataDay(camp!.startsAt)).toBe(addDays(today, -demoCamp.heldDaysAgo));
    const registrations = await db.select().from(campRegistrations).where(eq(campRegistrations.campId, camp!.id));
    expect(registrations).toHaveLength(12);
    const gave = registrations.filter((r) => r.state === 'donated');
    expect(gave).toHaveLength(10);
    expect(new Set(gave.map((r) => r.bagNumber)).size).toBe(10);
    expect(new Set(registrations.map((r) => r.category))).toEqual(new Set(['police', 'citizen']));
    const given = await db
      .select()
      .from(donations)
      .where(
        inArray(
          donations.id,
          gave.map((r) => r.donationId!),
        ),
      );
    expect(given.every((d) => d.donatedOn === kolkataDay(camp!.startsAt) && d.bagNumber !== null)).toBe(true);
    const deferred = registrations.filter((r) => r.state === 'deferred');
    const deferredDonors = await db
      .select()
      .from(donors)
      .where(
        inArray(
          donors.id,
          deferred.map((r) => r.donorId!),
        ),
      );
    const lowHb = deferredDonors.find((d) => d.centreDeferralReason === 'low_haemoglobin');
    // The camp's own report says the same.
    const report = await coordinator.request({ method: 'GET', url: `/api/v1/camps/${camp!.id}/report` });
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json()).toMatchObject({
      registered: 12,
      came: 12,
      donated: 10,
      deferred: 2,
      noShow: 0,
      unitsCollected: 10,
      targetUnits: demoCamp.targetUnits,
      unitsByProduct: { whole_blood: 10 },
      donorsByCategory: { police: 6, citizen: 4 },
      deferralsByReason: { low_haemoglobin: 1, blood_pressure: 1 },
    });
    expect(lowHb?.eligibleWholeBloodFrom).toBe(lowHb?.centreDeferralUntil);
    expect(lowHb!.centreDeferralUntil! > today).toBe(true);
  });

  it('has a camp today at the police lines, three donors registered, whom the desk checks in by their QR code', async () => {
    const db = ctx.database.db;
    const [camp] = await db.select().from(camps).where(eq(camps.code, demoTodaysCamp.code));
    expect(camp).toMatchObject({ state: 'planned', venue: demoCamp.venue });
    expect(kolkataDay(camp!.startsAt)).toBe(today);
    const registrations = await db.select().from(campRegistrations).where(eq(campRegistrations.campId, camp!.id));
    expect(registrations.map((r) => r.state)).toEqual(['registered', 'registered', 'registered']);
    const checkedIn = await coordinator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp!.id}/check-ins`,
      payload: { token: registrations[0]!.checkInToken },
    });
    expect(checkedIn.statusCode, checkedIn.body).toBe(200);
    expect(checkedIn.json()).toMatchObject({ id: registrations[0]!.id, state: 'checked_in' });
    const page = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/camps/${demoTodaysCamp.code}` });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.body).not.toContain(registrations[0]!.phone);
  });

  it('is counted by the figures beside the children: a camp held, its units, children served', async () => {
    const response = await coordinator.request({
      method: 'GET',
      url: `/api/v1/reports/blood?from=${addDays(today, -90)}&to=${today}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const { care, totals } = response.json() as BloodFigures;
    expect(care.camps).toMatchObject({
      held: 1,
      registered: 12,
      came: 12,
      donated: 10,
      deferred: 2,
      unitsCollected: 10,
      targetUnits: demoCamp.targetUnits,
    });
    expect(care.childrenServed).toBe(2);
    expect(care.transfusions.onTime).toBe(care.transfusions.due - care.transfusions.pending);
    expect(care.transfusions.missed + care.transfusions.overdue + care.transfusions.late).toBe(0);
    // The camp's and the children's donations are in the units too.
    expect(totals.unitsByProduct.whole_blood).toBeGreaterThanOrEqual(10 + care.transfusions.onTime);
  });

  it('issued the Police Commissioner’s certificates, which verify publicly without the phone', async () => {
    const db = ctx.database.db;
    const issued = await db.select().from(certificates).orderBy(certificates.number);
    expect(issued).toHaveLength(10);
    expect(issued[0]).toMatchObject({
      signatoryEn: 'Police Commissioner, Kanpur Nagar',
      signatoryHi: 'पुलिस आयुक्त, कानपुर नगर',
    });
    expect(issued.every((c) => /^KNP-\d{4}-\d{5}-[0-9A-Z]$/.test(c.number))).toBe(true);
    const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/certificates/${issued[0]!.number}` });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json() as PublicCertificateView;
    expect(view).toMatchObject({ valid: true, revoked: false, units: 1, product: 'whole_blood' });
    expect(view.place).toContain('Police Lines');
    const [donor] = await db.select().from(donors).where(eq(donors.id, issued[0]!.donorId));
    expect(response.body).not.toContain(donor!.phone.slice(-6));
  });
});

describe('the demo’s thalassemia data', () => {
  it('keeps the Kanpur police’s 2021 figure as it was reported', async () => {
    const figures = (
      await coordinator.request({ method: 'GET', url: '/api/v1/reports/blood?from=2021-04-01&to=2021-05-31' })
    ).json() as BloodFigures;
    expect(figures.totals).toMatchObject({ units: 36, unitsByProduct: { whole_blood: 31, plasma: 5 } });
  });

  it('is seeded once, and `demo remove` takes the children out of care and revokes the demo certificates', async () => {
    const db = ctx.database.db;
    const tally = async () => ({
      children: (await db.select({ n: count() }).from(transfusionPatients))[0]?.n,
      bookings: (await db.select({ n: count() }).from(transfusionBookings))[0]?.n,
      camps: (await db.select({ n: count() }).from(camps))[0]?.n,
      certificates: (await db.select({ n: count() }).from(certificates))[0]?.n,
      donations: (await db.select({ n: count() }).from(donations))[0]?.n,
    });
    const before = await tally();
    await seedDemo(db);
    expect(await tally()).toEqual(before);

    const removed = await removeDemo(db);
    expect(removed).toMatchObject({ children: 2, certificates: 10 });
    const [todays] = await db.select().from(camps).where(eq(camps.code, demoTodaysCamp.code));
    expect(todays?.state).toBe('cancelled');
    const children = await db.select().from(transfusionPatients);
    expect(children.every((c) => c.state === 'ended' && c.consentWithdrawnAt !== null)).toBe(true);
    const open = await db
      .select({ n: count() })
      .from(transfusionBookings)
      .where(inArray(transfusionBookings.state, ['booked', 'confirmed']));
    expect(open[0]?.n).toBe(0);
    const active = await db
      .select({ n: count() })
      .from(rosterMembers)
      .where(and(eq(rosterMembers.removedReason, 'demo removed')));
    expect(active[0]?.n).toBe(16);
    const [certificate] = await db.select().from(certificates).limit(1);
    const view = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/public/certificates/${certificate!.number}` })
    ).json() as PublicCertificateView;
    expect(view).toMatchObject({ valid: false, revoked: true });
  });
});
