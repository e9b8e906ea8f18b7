// Depots over HTTP: a coordinator opens one (a name used once per organisation, coordinates together), the list
// and a depot's shelf counted by status with the empties waiting for a refill, closing a depot, and scope.
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { depots } from '../../src/server/db/schema/index.js';
import type { DepotDetail, DepotList } from '../../src/shared/contracts/depots.js';
import { createDepot, createItem } from '../factories/lending.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const t = useTestWorld({ roles: ['operatorKanpur', 'coordinatorKanpur', 'operatorPrayagraj', 'viewerA'] });
const operator = t.client('operatorKanpur');
const coordinator = t.client('coordinatorKanpur');
const prayagraj = t.client('operatorPrayagraj');
const viewer = t.client('viewerA');

const body = (over: object = {}) => ({
  organisationId: t.world.orgA.id,
  district: t.world.kanpur,
  name: `Kidwai Nagar office ${Math.random().toString(36).slice(2, 8)}`,
  kind: 'ngo_office',
  address: '117/N Kidwai Nagar, Kanpur',
  lat: 26.43,
  lon: 80.32,
  contactPhone: '9839012345',
  ...over,
});

async function depotsNamed(name: string): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(depots).where(eq(depots.name, name));
  return row?.n ?? 0;
}

describe('depots', () => {
  it('lets a coordinator open a depot; the phone is masked; a second one of that name is refused', async () => {
    const payload = body();
    const created = await coordinator.request({ method: 'POST', url: '/api/v1/depots', payload });
    expect(created.statusCode, created.body).toBe(201);
    const depot = created.json() as DepotDetail;
    expect(depot).toMatchObject({
      name: payload.name,
      district: { code: t.world.kanpur },
      active: true,
      emptiesWaiting: [],
      openRefillOrders: [],
      can: { update: true, receiveItems: true },
    });
    expect(depot.contactPhone).not.toContain('9012345');
    expect(Object.values(depot.items).every((n) => n === 0)).toBe(true);
    const again = await coordinator.request({
      method: 'POST',
      url: '/api/v1/depots',
      payload,
      headers: { 'accept-language': 'hi' },
    });
    const problem = expectProblem(again, 400, 'validation_failed');
    expect(problem.errors?.[0]).toMatchObject({ field: 'name', code: 'name_taken' });
    expect(problem.errors?.[0]?.message).toMatch(/[\u0900-\u097F]/);
    expect(await depotsNamed(payload.name)).toBe(1);
  });

  it.each([
    ['lat', { lat: 26.4, lon: null }],
    ['kind', { kind: 'castle' }],
    ['contactPhone', { contactPhone: '12' }],
  ])('refuses a bad %s in Hindi for a Hindi caller, writing nothing', async (field, over) => {
    const payload = body(over);
    const response = await coordinator.request({
      method: 'POST',
      url: '/api/v1/depots',
      payload,
      headers: { 'accept-language': 'hi' },
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    const error = problem.errors?.find((e) => e.field === field);
    expect(error?.message).toMatch(/[\u0900-\u097F]/);
    expect(await depotsNamed(payload.name)).toBe(0);
  });

  it('leaves opening depots to coordinators, in districts their organisation serves', async () => {
    const payload = body();
    expectProblem(await operator.request({ method: 'POST', url: '/api/v1/depots', payload }), 403, 'forbidden');
    expectProblem(await viewer.request({ method: 'POST', url: '/api/v1/depots', payload }), 403, 'forbidden');
    expectProblem(await prayagraj.request({ method: 'POST', url: '/api/v1/depots', payload }), 403, 'forbidden');
    expect(await depotsNamed(payload.name)).toBe(0);
  });

  it('shows a depot’s shelf by status, with the empties waiting for a refill', async () => {
    const depot = await createDepot(t.database.db, t.world.orgA.id, t.world.kanpur);
    await createItem(t.database.db, depot);
    await createItem(t.database.db, depot);
    const empty = await createItem(t.database.db, depot, { condition: 'empty' });
    const response = await operator.request({ method: 'GET', url: `/api/v1/depots/${depot.id}` });
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json() as DepotDetail;
    expect(detail.items).toMatchObject({ available: 2, empty: 1, lent: 0 });
    expect(detail.emptiesWaiting.map((i) => i.id)).toEqual([empty.id]);
    expect(detail.can.update).toBe(false);
    const list = (
      await operator.request({ method: 'GET', url: `/api/v1/depots?district=${t.world.kanpur}&limit=200` })
    ).json() as DepotList;
    expect(list.items.find((d) => d.id === depot.id)?.items.available).toBe(2);
  });

  it('lets a coordinator close a depot; an operator may not', async () => {
    const depot = await createDepot(t.database.db, t.world.orgA.id, t.world.kanpur);
    const url = `/api/v1/depots/${depot.id}`;
    expectProblem(await operator.request({ method: 'PATCH', url, payload: { active: false } }), 403, 'forbidden');
    const closed = await coordinator.request({ method: 'PATCH', url, payload: { active: false } });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((closed.json() as DepotDetail).active).toBe(false);
    const receive = await operator.request({
      method: 'POST',
      url: '/api/v1/equipment',
      payload: { depotId: depot.id, items: [{ kind: 'mask' }] },
    });
    expectProblem(receive, 409, 'item_unavailable');
  });

  it('hides a depot from another organisation (404) and from its list, and refuses a viewer', async () => {
    const depot = await createDepot(t.database.db, t.world.orgA.id, t.world.kanpur);
    const url = `/api/v1/depots/${depot.id}`;
    expectProblem(await prayagraj.request({ method: 'GET', url }), 404, 'not_found');
    expectProblem(await prayagraj.request({ method: 'PATCH', url, payload: { name: 'x' } }), 404, 'not_found');
    const list = (await prayagraj.request({ method: 'GET', url: '/api/v1/depots?limit=200' })).json() as DepotList;
    expect(list.items.map((d) => d.id)).not.toContain(depot.id);
    expectProblem(await viewer.request({ method: 'GET', url: '/api/v1/depots' }), 403, 'forbidden');
  });
});
