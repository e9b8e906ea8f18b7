// Oxygen stock over HTTP: a site's ledger (count, received, consumed, adjusted), the burn rate over the last 24 h and
// hours to empty, the low alert to the coordinators — once, in the same transaction as the entry that crossed the
// threshold, with a per-site override — entries that would leave less than nothing refused (also when two arrive
// together), bad input named in Hindi, scope.
import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications, outbox, stockEntries } from '../../src/server/db/schema/index.js';
import type { StockSiteDetail, StockSiteList } from '../../src/shared/contracts/oxygen-stock.js';
import { createChannelAccount } from '../factories/channels.js';
import { createStockSite } from '../factories/lending.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const t = useTestWorld({
  roles: ['operatorKanpur', 'coordinatorKanpur', 'operatorPrayagraj', 'viewerA'],
});
const operator = t.client('operatorKanpur');
const coordinator = t.client('coordinatorKanpur');
const prayagraj = t.client('operatorPrayagraj');
const viewer = t.client('viewerA');

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const site = (over: { alertHours?: number | null } = {}) =>
  createStockSite(t.database.db, t.world.orgA.id, t.world.kanpur, over);

const entry = (id: string, payload: object, client = operator, language = 'en') =>
  client.request({
    method: 'POST',
    url: `/api/v1/oxygen-stock/${id}/entries`,
    payload,
    headers: { 'accept-language': language },
  });

async function record(id: string, payload: object): Promise<StockSiteDetail> {
  const response = await entry(id, payload);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function entriesOf(siteId: string): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(stockEntries).where(eq(stockEntries.siteId, siteId));
  return row?.n ?? 0;
}

async function alertsFor(siteId: string, userId: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), sql`${notifications.details}->>'stockSiteId' = ${siteId}`));
  return row?.n ?? 0;
}

describe('stock sites', () => {
  it('lets a coordinator add a site, starting with no data; an operator may not', async () => {
    const payload = {
      organisationId: t.world.orgA.id,
      district: t.world.kanpur,
      name: `Hallet Hospital ${Math.random()}`,
      kind: 'hospital',
    };
    expectProblem(await operator.request({ method: 'POST', url: '/api/v1/oxygen-stock', payload }), 403, 'forbidden');
    const created = await coordinator.request({ method: 'POST', url: '/api/v1/oxygen-stock', payload });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      alert: 'no_data',
      litres: 0,
      hoursToEmpty: null,
      alertHours: 8,
      entries: [],
    });
    const again = await coordinator.request({
      method: 'POST',
      url: '/api/v1/oxygen-stock',
      payload,
      headers: { 'accept-language': 'hi' },
    });
    expect(expectProblem(again, 400, 'validation_failed').errors?.[0]).toMatchObject({
      field: 'name',
      code: 'name_taken',
    });
  });
});

describe('the stock ledger', () => {
  it('works out the burn rate and hours to empty, and alerts the coordinators once when it falls under 8 h', async () => {
    await createChannelAccount(t.database.db, t.world.orgA.id, 'whatsapp');
    const s = await site();
    const counted = await record(s.id, { kind: 'count', cylinders: { B: 10 }, at: hoursAgo(10) });
    expect(counted).toMatchObject({ litres: 15_000, cylinders: { B: 10 }, alert: 'ok', burnRatePerHour: 0 });
    const used = await record(s.id, { kind: 'consumed', litres: 6000, at: hoursAgo(1) });
    // 6,000 L over the 10 hours the ledger has: 600 L/h; 9,000 L left last 15 h.
    expect(used).toMatchObject({ litres: 9000, burnRatePerHour: 600, hoursToEmpty: 15, alert: 'ok' });
    expect(await alertsFor(s.id, t.world.coordinatorKanpur.id)).toBe(0);
    const low = await record(s.id, { kind: 'consumed', litres: 4000 });
    expect(low).toMatchObject({ litres: 5000, burnRatePerHour: 1000, hoursToEmpty: 5, alert: 'low' });
    expect(low.emptyAt).toBeTruthy();
    expect(await alertsFor(s.id, t.world.coordinatorKanpur.id)).toBe(1);
    const messages = await t.database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.template, 'stock_low'), eq(outbox.toAddress, t.world.coordinatorKanpur.phone)));
    expect(messages.filter((m) => m.body.includes(s.name))).toHaveLength(1);
    expect(await alertsFor(s.id, t.world.operatorKanpur.id)).toBe(0);
    expect(await alertsFor(s.id, t.world.coordinatorUnnao.id)).toBe(0);
    await record(s.id, { kind: 'consumed', cylinders: { B: 1 } });
    expect(await alertsFor(s.id, t.world.coordinatorKanpur.id)).toBe(1);
    const refilled = await record(s.id, { kind: 'received', cylinders: { B: 20 } });
    expect(refilled).toMatchObject({ litres: 33_500, alert: 'ok' });
    expect(refilled.entries.map((e) => e.kind)).toEqual(['received', 'consumed', 'consumed', 'consumed', 'count']);
    const list = (
      await operator.request({ method: 'GET', url: '/api/v1/oxygen-stock?limit=200' })
    ).json() as StockSiteList;
    expect(list.items.find((i) => i.id === s.id)?.hoursToEmpty).toBe(refilled.hoursToEmpty);
  });

  it('follows a site’s own threshold over the policy', async () => {
    const s = await site({ alertHours: 2 });
    await record(s.id, { kind: 'count', litres: 10_000, at: hoursAgo(10) });
    const after = await record(s.id, { kind: 'consumed', litres: 5000 });
    expect(after).toMatchObject({ hoursToEmpty: 10, alertHours: 2, alert: 'ok' });
    const lower = await coordinator.request({
      method: 'PATCH',
      url: `/api/v1/oxygen-stock/${s.id}`,
      payload: { alertHours: 12 },
    });
    expect((lower.json() as StockSiteDetail).alert).toBe('low');
  });

  it('refuses an entry that would leave less than nothing, in Hindi, writing nothing', async () => {
    const s = await site();
    await record(s.id, { kind: 'count', litres: 1000 });
    const response = await entry(s.id, { kind: 'consumed', litres: 1500 }, operator, 'hi');
    const problem = expectProblem(response, 409, 'stock_unavailable');
    expect(problem.detail).toMatch(/[\u0900-\u097F]/);
    // A back-dated consumption before the count is checked in its place too.
    expectProblem(await entry(s.id, { kind: 'consumed', litres: 10, at: hoursAgo(5) }), 409, 'stock_unavailable');
    expect(await entriesOf(s.id)).toBe(1);
  });

  it.each([
    ['reason', { kind: 'adjusted', litres: -100 }],
    ['cylinders.B', { kind: 'consumed', cylinders: { B: -1 } }],
    ['at', { kind: 'count', litres: 5, at: '2020-01-01T00:00:00Z' }],
  ])('names a bad %s in Hindi with nothing written', async (field, payload) => {
    const s = await site();
    const problem = expectProblem(await entry(s.id, payload, operator, 'hi'), 400, 'validation_failed');
    const error = problem.errors?.find((e) => e.field === field);
    expect(error?.message).toMatch(/[\u0900-\u097F]/);
    expect(await entriesOf(s.id)).toBe(0);
  });

  it('of two consumptions that together overdraw, exactly one is written', async () => {
    const s = await site();
    await record(s.id, { kind: 'count', litres: 1000 });
    const responses = await Promise.all([
      entry(s.id, { kind: 'consumed', litres: 700 }),
      entry(s.id, { kind: 'consumed', litres: 700 }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await entriesOf(s.id)).toBe(2);
    const detail = (await operator.request({ method: 'GET', url: `/api/v1/oxygen-stock/${s.id}` })).json();
    expect((detail as StockSiteDetail).litres).toBe(300);
  });

  it('hides a site from another organisation (404) and refuses a viewer', async () => {
    const s = await site();
    const url = `/api/v1/oxygen-stock/${s.id}`;
    expectProblem(await prayagraj.request({ method: 'GET', url }), 404, 'not_found');
    expectProblem(await entry(s.id, { kind: 'count', litres: 5 }, prayagraj), 404, 'not_found');
    expect(await entriesOf(s.id)).toBe(0);
    const list = (await prayagraj.request({ method: 'GET', url: '/api/v1/oxygen-stock?limit=200' })).json();
    expect((list as StockSiteList).items.map((i) => i.id)).not.toContain(s.id);
    expectProblem(await viewer.request({ method: 'GET', url }), 403, 'forbidden');
  });
});
