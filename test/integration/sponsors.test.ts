// Sponsors over HTTP: a coordinator adds one (names unique in the organisation), the private link shown once and
// kept only as a hash (a new link ends the old one), the public page by that link — counts only, no patient data,
// limited per address — and scope.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { equipmentItems, loans, sponsors } from '../../src/server/db/schema/index.js';
import type {
  SponsorLinkView,
  SponsorList,
  SponsorPublicView,
  SponsorView,
} from '../../src/shared/contracts/sponsors.js';
import { caseBody, freshPhone } from '../factories/cases.js';
import { createDepot, createItem, createSponsor, type ItemRow } from '../factories/lending.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const t = useTestWorld({ roles: ['operatorKanpur', 'coordinatorKanpur', 'coordinatorPrayagraj', 'viewerA', 'admin'] });
const operator = t.client('operatorKanpur');
const coordinator = t.client('coordinatorKanpur');
const prayagraj = t.client('coordinatorPrayagraj');
const viewer = t.client('viewerA');
const admin = t.client('admin');

/** A loan of the item, written straight to the tables (the loans use cases are tested elsewhere). */
async function lend(item: ItemRow, patientPhone: string, status: 'active' | 'returned' | 'cancelled'): Promise<void> {
  const created = await operator.request({ method: 'POST', url: '/api/v1/cases', payload: caseBody(t.world.kanpur) });
  const { caseId } = created.json() as { caseId: string };
  const [loan] = await t.database.db
    .insert(loans)
    .values({
      organisationId: item.organisationId,
      districtCode: item.districtCode,
      reference: Math.random().toString(36).slice(2, 8).toUpperCase(),
      caseId,
      itemId: item.id,
      depotId: item.depotId,
      status,
      patientName: 'Shanti Devi',
      patientPhone,
      address: '12 Civil Lines, Kanpur',
      spo2Band: 'moderate',
      gateOutcome: 'may_lend',
      depositMode: 'none',
      dueOn: '2099-01-01',
    })
    .returning();
  if (status === 'active' && loan) {
    await t.database.db
      .update(equipmentItems)
      .set({ status: 'lent', currentLoanId: loan.id })
      .where(eq(equipmentItems.id, item.id));
  }
}

async function link(sponsorId: string): Promise<string> {
  const response = await coordinator.request({ method: 'POST', url: `/api/v1/sponsors/${sponsorId}/link` });
  expect(response.statusCode, response.body).toBe(201);
  const url = (response.json() as SponsorLinkView).url;
  return url.slice(url.lastIndexOf('/') + 1);
}

describe('sponsors', () => {
  it('lets a coordinator add a sponsor with a masked phone; a second of that name is refused in Hindi', async () => {
    const payload = {
      organisationId: t.world.orgA.id,
      name: `Kanpur Traders ${Math.random()}`,
      kind: 'company',
      contactPhone: '9839012345',
    };
    const created = await coordinator.request({ method: 'POST', url: '/api/v1/sponsors', payload });
    expect(created.statusCode, created.body).toBe(201);
    const sponsor = created.json() as SponsorView;
    expect(sponsor).toMatchObject({ name: payload.name, hasLink: false, figures: { items: 0, loansServed: 0 } });
    expect(sponsor.contactPhone).not.toContain('9012345');
    const again = await coordinator.request({
      method: 'POST',
      url: '/api/v1/sponsors',
      payload,
      headers: { 'accept-language': 'hi' },
    });
    const problem = expectProblem(again, 400, 'validation_failed');
    expect(problem.errors?.[0]).toMatchObject({ field: 'name', code: 'name_taken' });
    expect(problem.errors?.[0]?.message).toMatch(/[\u0900-\u097F]/);
    const bad = await coordinator.request({
      method: 'POST',
      url: '/api/v1/sponsors',
      payload: { ...payload, name: 'Other', kind: 'alien' },
      headers: { 'accept-language': 'hi' },
    });
    expect(expectProblem(bad, 400, 'validation_failed').errors?.[0]?.field).toBe('kind');
    const rows = await t.database.db.select().from(sponsors).where(eq(sponsors.organisationId, t.world.orgA.id));
    expect(rows.filter((r) => r.name === payload.name || r.name === 'Other')).toHaveLength(1);
  });

  it("refuses an admin's sponsor for an organisation that does not exist on its field, in Hindi, not a 500", async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/sponsors',
      payload: { organisationId: '5b0c1f7e-1111-4222-8333-444455556666', name: 'Nobody Trust', kind: 'trust' },
      headers: { 'accept-language': 'hi' },
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors?.[0]).toMatchObject({ field: 'organisationId', code: 'unavailable' });
    expect(problem.errors?.[0]?.message).toMatch(/[\u0900-\u097F]/);
  });

  it('leaves sponsors to coordinators; hides them from another organisation; refuses a viewer', async () => {
    const sponsor = await createSponsor(t.database.db, t.world.orgA.id);
    const payload = { organisationId: t.world.orgA.id, name: `X ${Math.random()}`, kind: 'person' };
    expectProblem(await operator.request({ method: 'POST', url: '/api/v1/sponsors', payload }), 403, 'forbidden');
    const url = `/api/v1/sponsors/${sponsor.id}`;
    expectProblem(await operator.request({ method: 'PATCH', url, payload: { note: 'x' } }), 403, 'forbidden');
    expectProblem(await prayagraj.request({ method: 'PATCH', url, payload: { note: 'x' } }), 404, 'not_found');
    expectProblem(await prayagraj.request({ method: 'POST', url: `${url}/link` }), 404, 'not_found');
    const list = (await prayagraj.request({ method: 'GET', url: '/api/v1/sponsors?limit=200' })).json() as SponsorList;
    expect(list.items.map((s) => s.id)).not.toContain(sponsor.id);
    expectProblem(await viewer.request({ method: 'GET', url: '/api/v1/sponsors' }), 403, 'forbidden');
  });

  it('counts what a sponsor’s items did, and shows it by the private link with no patient data', async () => {
    const db = t.database.db;
    const sponsor = await createSponsor(db, t.world.orgA.id);
    const depot = await createDepot(db, t.world.orgA.id, t.world.kanpur);
    const [a, b] = [
      await createItem(db, depot, { sponsorId: sponsor.id }),
      await createItem(db, depot, { sponsorId: sponsor.id }),
    ];
    await createItem(db, depot);
    const patient = freshPhone();
    await lend(a!, patient, 'returned');
    await lend(a!, freshPhone(), 'cancelled');
    await lend(b!, patient, 'active');
    const token = await link(sponsor.id);
    const stored = await db.select().from(sponsors).where(eq(sponsors.id, sponsor.id));
    expect(stored[0]?.linkTokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    const page = await t.app.inject({ method: 'GET', url: `/api/v1/public/sponsors/${token}` });
    expect(page.statusCode, page.body).toBe(200);
    const view = page.json() as SponsorPublicView;
    expect(view.figures).toMatchObject({ items: 2, loansServed: 2, loansOut: 1, patientsServed: 1, itemsLost: 0 });
    expect(view.items.map((i) => [i.label, i.loansServed, i.out]).sort()).toEqual(
      [
        [a!.label, 1, false],
        [b!.label, 1, true],
      ].sort(),
    );
    expect(page.body).not.toContain(patient.slice(-7));
    expect(page.body).not.toContain('Shanti');
    expect(page.body).not.toContain('Civil Lines');
    expect(page.body).not.toContain(depot.name);
    const desk = (
      await coordinator.request({ method: 'GET', url: '/api/v1/sponsors?limit=200' })
    ).json() as SponsorList;
    expect(desk.items.find((s) => s.id === sponsor.id)).toMatchObject({ hasLink: true, figures: view.figures });
  });

  it('ends the old link when a new one is made; an unknown token is "not found"', async () => {
    const sponsor = await createSponsor(t.database.db, t.world.orgA.id);
    const first = await link(sponsor.id);
    const second = await link(sponsor.id);
    expect(second).not.toBe(first);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/public/sponsors/${first}` }), 404, 'not_found');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/public/sponsors/${second}` })).statusCode).toBe(200);
    const guess = 'A'.repeat(32);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/public/sponsors/${guess}` }), 404, 'not_found');
  });

  it('limits lookups per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i += 1) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/public/sponsors/${'B'.repeat(20)}${i}`,
        remoteAddress: '203.0.113.77',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(30);
  });
});
