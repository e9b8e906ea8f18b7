// Blood figures made from records, and an organisation's blood policy (issue #12, items 9 and 10).
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, donorEvents, donors, organisationBloodSettings } from '../../src/server/db/schema/index.js';
import type { BloodFigures, BloodPolicyView } from '../../src/shared/contracts/blood-reports.js';
import { createDonations } from '../factories/donations.js';
import { createDonor } from '../factories/donors.js';
import { createOrganisation } from '../factories/index.js';
import { signIn, type Client } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({ roles: ['coordinatorKanpur', 'operatorKanpur', 'viewerA', 'volunteerKanpur', 'admin'] });
const coordinator = ctx.client('coordinatorKanpur');
const operator = ctx.client('operatorKanpur');
const viewer = ctx.client('viewerA');
const volunteer = ctx.client('volunteerKanpur');
const admin = ctx.client('admin');
let prayagraj: Client;

const april = { from: '2021-04-01', to: '2021-05-31' };
const figuresUrl = (query: Record<string, string>) => `/api/v1/reports/blood?${new URLSearchParams(query).toString()}`;

beforeAll(async () => {
  const { world } = ctx;
  const db = ctx.database.db;
  prayagraj = await signIn(ctx.app, world.coordinatorPrayagraj.phone, world.coordinatorPrayagraj.password);
  // Organisation A, Kanpur: two citizens give whole blood in April, one police officer plasma in May, and one of
  // the citizens again in September (outside the period: 90 days later for a man).
  const citizen = await createDonor(db, world.orgA.id, world.kanpur, { category: 'citizen' });
  const otherCitizen = await createDonor(db, world.orgA.id, world.kanpur, { category: 'citizen' });
  const officer = await createDonor(db, world.orgA.id, world.kanpur, {
    category: 'police',
    products: ['whole_blood', 'plasma'],
  });
  await createDonations(db, citizen.id, [
    { product: 'whole_blood', donatedOn: '2021-04-10' },
    { product: 'whole_blood', donatedOn: '2021-09-01' },
  ]);
  await createDonations(db, otherCitizen.id, [{ product: 'whole_blood', donatedOn: '2021-04-20', units: 2 }]);
  await createDonations(db, officer.id, [{ product: 'plasma', donatedOn: '2021-05-05' }]);
  // Organisation A, Unnao: outside the Kanpur coordinator's districts.
  const unnao = await createDonor(db, world.orgA.id, world.unnao, { category: 'ngo_volunteer' });
  await createDonations(db, unnao.id, [{ product: 'whole_blood', donatedOn: '2021-04-15' }]);
  // Organisation B, Prayagraj.
  const other = await createDonor(db, world.orgB.id, world.prayagraj, { category: 'police' });
  await createDonations(db, other.id, [{ product: 'whole_blood', donatedOn: '2021-04-12' }]);
});

describe('blood figures', () => {
  it('counts units by product and by donor category from the donations of the reader’s districts', async () => {
    const response = await coordinator.request({
      method: 'GET',
      url: figuresUrl({ organisationId: ctx.world.orgA.id, ...april }),
    });
    expect(response.statusCode, response.body).toBe(200);
    const figures = response.json() as BloodFigures;
    expect(figures.period).toEqual(april);
    expect(figures.totals).toMatchObject({
      units: 4,
      donations: 3,
      donors: 3,
      unitsByProduct: { whole_blood: 3, plasma: 1, platelets: 0 },
      unitsByCategory: { citizen: 3, police: 1, ngo_volunteer: 0 },
      donorsByCategory: { citizen: 2, police: 1, ngo_volunteer: 0 },
    });
    expect(figures.organisations.map((o) => [o.id, o.units])).toEqual([[ctx.world.orgA.id, 4]]);
    expect(figures.monthly).toEqual([
      { month: '2021-04', units: 3, unitsByProduct: { whole_blood: 3, platelets: 0, plasma: 0 } },
      { month: '2021-05', units: 1, unitsByProduct: { whole_blood: 0, platelets: 0, plasma: 1 } },
    ]);
    expect(figures.choices).toEqual([
      { id: ctx.world.orgA.id, name: ctx.world.orgA.name, districts: [ctx.world.kanpur] },
    ]);
  });

  it('gives a viewer of the whole organisation both its districts, and an admin every organisation', async () => {
    const ofViewer = (
      await viewer.request({ method: 'GET', url: figuresUrl({ organisationId: ctx.world.orgA.id, ...april }) })
    ).json() as BloodFigures;
    expect(ofViewer.totals.units).toBe(5);
    expect(ofViewer.totals.donorsByCategory.ngo_volunteer).toBe(1);
    const unnaoOnly = (
      await viewer.request({ method: 'GET', url: figuresUrl({ district: ctx.world.unnao, ...april }) })
    ).json() as BloodFigures;
    expect(unnaoOnly.totals.units).toBe(1);
    const everything = (await admin.request({ method: 'GET', url: figuresUrl(april) })).json() as BloodFigures;
    expect(everything.totals.units).toBe(6);
    expect(everything.organisations.map((o) => o.id)).toEqual([ctx.world.orgA.id, ctx.world.orgB.id]);
    const allTime = (
      await admin.request({ method: 'GET', url: figuresUrl({ organisationId: ctx.world.orgA.id, to: '2021-12-31' }) })
    ).json() as BloodFigures;
    expect(allTime.totals.units).toBe(6);
    // From the first donation to the end of the period, quiet months as zero.
    expect(allTime.monthly.map((m) => m.month)).toEqual([
      '2021-04',
      '2021-05',
      '2021-06',
      '2021-07',
      '2021-08',
      '2021-09',
      '2021-10',
      '2021-11',
      '2021-12',
    ]);
    expect(allTime.monthly.find((m) => m.month === '2021-09')?.units).toBe(1);
  });

  it('is "not found" for another district’s organisation, or a district outside the reader’s', async () => {
    expectProblem(
      await prayagraj.request({ method: 'GET', url: figuresUrl({ organisationId: ctx.world.orgA.id }) }),
      404,
      'not_found',
    );
    expectProblem(
      await coordinator.request({ method: 'GET', url: figuresUrl({ district: ctx.world.unnao }) }),
      404,
      'not_found',
    );
    const own = (await prayagraj.request({ method: 'GET', url: figuresUrl(april) })).json() as BloodFigures;
    expect(own.totals).toMatchObject({ units: 1, donorsByCategory: { police: 1, citizen: 0 } });
    expect(own.organisations.map((o) => o.id)).toEqual([ctx.world.orgB.id]);
  });

  it('refuses volunteers, and a period that ends before it starts (in Hindi, naming the field)', async () => {
    expectProblem(await volunteer.request({ method: 'GET', url: figuresUrl({}) }), 403, 'forbidden');
    const reversed = expectProblem(
      await operator.request({
        method: 'GET',
        url: figuresUrl({ from: '2021-05-01', to: '2021-04-01' }),
        headers: { 'accept-language': 'hi' },
      }),
      400,
      'validation_failed',
    );
    expect(reversed.errors).toEqual([expect.objectContaining({ field: 'to', code: 'period_reversed' })]);
    expect(reversed.errors?.[0]?.message).toMatch(/[\u0900-\u097F]/);
  });
});

describe('an organisation’s blood policy', () => {
  const url = () => `/api/v1/organisations/${ctx.world.orgA.id}/blood-policy`;

  it('starts from the defaults and is changed by its coordinator, recorded in the audit log', async () => {
    const org = await createOrganisation(ctx.database.db, { districts: [ctx.world.kanpur] });
    const fresh = (
      await admin.request({ method: 'GET', url: `/api/v1/organisations/${org.id}/blood-policy` })
    ).json() as BloodPolicyView;
    expect(fresh).toMatchObject({
      asksPerUnit: 3,
      widenAfterMinutes: { critical: 10, high: 60, normal: 60 },
      maxAsksPer30Days: 2,
      quietHours: { from: 22, to: 7 },
      unverifiedOnlyWhenNoVerified: true,
      contestedClauses: [],
      convalescentPlasma: false,
      updatedAt: null,
      can: { update: true },
    });
    expect((await operator.request({ method: 'GET', url: url() })).json()).toMatchObject({ can: { update: false } });

    const changed = await coordinator.request({
      method: 'PUT',
      url: url(),
      payload: { asksPerUnit: 4, widenAfterMinutes: { critical: 5 }, radiusKm: { max: 80 }, convalescentPlasma: true },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      asksPerUnit: 4,
      widenAfterMinutes: { critical: 5, high: 60, normal: 60 },
      radiusKm: { start: 10, step: 10, max: 80 },
      convalescentPlasma: true,
      can: { update: true },
    });
    expect((changed.json() as BloodPolicyView).updatedAt).not.toBeNull();
    const [audit] = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, ctx.world.orgA.id), eq(auditEvents.action, 'organisation.updated')));
    expect(audit?.actorId).toBe(ctx.world.coordinatorKanpur.id);
    expect(audit?.details).toMatchObject({
      bloodPolicy: { before: { asksPerUnit: 3, convalescentPlasma: false }, after: { asksPerUnit: 4 } },
    });
  });

  it('refuses bad values with 400 naming the field, in Hindi, and writes nothing', async () => {
    const before = (await coordinator.request({ method: 'GET', url: url() })).json() as BloodPolicyView;
    const outOfRange = expectProblem(
      await coordinator.request({
        method: 'PUT',
        url: url(),
        headers: { 'accept-language': 'hi' },
        payload: { asksPerUnit: 0 },
      }),
      400,
      'validation_failed',
    );
    expect(outOfRange.errors).toEqual([expect.objectContaining({ field: 'asksPerUnit', code: 'too_small' })]);
    expect(outOfRange.errors?.[0]?.message).toMatch(/[\u0900-\u097F]/);
    const overMax = expectProblem(
      await coordinator.request({
        method: 'PUT',
        url: url(),
        headers: { 'accept-language': 'hi' },
        payload: { radiusKm: { start: 120, max: 100 }, quietHours: { from: 6, to: 6 } },
      }),
      400,
      'validation_failed',
    );
    expect(overMax.errors?.map((e) => [e.field, e.code])).toEqual([
      ['radiusKm.start', 'radius_over_max'],
      ['quietHours.to', 'quiet_hours_same'],
    ]);
    expect(overMax.errors?.[0]?.message).toContain('100 किमी');
    expect((await coordinator.request({ method: 'GET', url: url() })).json()).toEqual(before);
  });

  it('is changed by no one else, and not seen outside the organisation', async () => {
    expectProblem(await operator.request({ method: 'PUT', url: url(), payload: { asksPerUnit: 2 } }), 403, 'forbidden');
    expectProblem(await viewer.request({ method: 'PUT', url: url(), payload: { asksPerUnit: 2 } }), 403, 'forbidden');
    expectProblem(await prayagraj.request({ method: 'GET', url: url() }), 404, 'not_found');
    expectProblem(
      await prayagraj.request({ method: 'PUT', url: url(), payload: { asksPerUnit: 2 } }),
      404,
      'not_found',
    );
  });

  it('re-decides donors at once when a contested clause is switched off, and erases their answer', async () => {
    const db = ctx.database.db;
    const org = await createOrganisation(db, { districts: [ctx.world.kanpur] });
    const policyUrl = `/api/v1/organisations/${org.id}/blood-policy`;
    const on = await admin.request({ method: 'PUT', url: policyUrl, payload: { contestedClauses: ['sex_worker'] } });
    expect(on.statusCode, on.body).toBe(200);
    const donor = await createDonor(db, org.id, ctx.world.kanpur, { contestedClauses: ['sex_worker'] });
    const [deferred] = await db.select().from(donors).where(eq(donors.id, donor.id));
    expect(deferred?.eligibleWholeBloodFrom).toBeNull();

    const off = await admin.request({ method: 'PUT', url: policyUrl, payload: { contestedClauses: [] } });
    expect(off.statusCode, off.body).toBe(200);
    const [decided] = await db.select().from(donors).where(eq(donors.id, donor.id));
    expect(decided?.contestedClauses).toEqual([]);
    expect(decided?.eligibleWholeBloodFrom).not.toBeNull();
    const events = await db.select().from(donorEvents).where(eq(donorEvents.donorId, donor.id));
    expect(events.map((e) => e.details.source)).toContain('blood_policy');
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, org.id), eq(auditEvents.action, 'organisation.updated')))
      .orderBy(auditEvents.at);
    expect(audit).toBeDefined();
    const [settings] = await db
      .select()
      .from(organisationBloodSettings)
      .where(eq(organisationBloodSettings.organisationId, org.id));
    expect(settings?.policy).toMatchObject({ contestedClauses: [] });
  });
});
