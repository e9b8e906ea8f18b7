// Refills over HTTP: vendors with prices (coordinators), orders taking a depot's empties to a vendor (each cylinder
// `sent_for_refill` in its ledger), lines settled (filled, unfilled, lost) with the cost of the filled ones, a
// missing price refused naming the type with nothing written, one cylinder on two orders at once (exactly one
// wins), cancelling, and scope.
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { refillOrderItems, refillOrders } from '../../src/server/db/schema/index.js';
import type { DepotDetail } from '../../src/shared/contracts/depots.js';
import type { ItemDetail } from '../../src/shared/contracts/equipment.js';
import type { RefillOrderView, VendorList, VendorView } from '../../src/shared/contracts/refills.js';
import { createDepot, createItem, createItems, createVendor } from '../factories/lending.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const t = useTestWorld({ roles: ['operatorKanpur', 'coordinatorKanpur', 'operatorPrayagraj', 'viewerA', 'admin'] });
const operator = t.client('operatorKanpur');
const coordinator = t.client('coordinatorKanpur');
const prayagraj = t.client('operatorPrayagraj');
const viewer = t.client('viewerA');
const admin = t.client('admin');

async function shelf() {
  const db = t.database.db;
  const depot = await createDepot(db, t.world.orgA.id, t.world.kanpur);
  const empties = await createItems(db, depot, 3, { condition: 'empty' });
  const full = await createItem(db, depot);
  const vendor = await createVendor(db, t.world.orgA.id, { prices: { B: 300 } });
  return { depot, empties, full, vendor };
}

async function ordersOfDepot(depotId: string): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(refillOrders).where(eq(refillOrders.depotId, depotId));
  return row?.n ?? 0;
}

const order = (payload: object, client = operator, language = 'en') =>
  client.request({ method: 'POST', url: '/api/v1/refills', payload, headers: { 'accept-language': language } });

const item = async (id: string): Promise<ItemDetail> =>
  (await operator.request({ method: 'GET', url: `/api/v1/equipment/${id}` })).json();

describe('refill vendors', () => {
  it('lets a coordinator add a vendor with prices; an operator may not; a bad price is named in Hindi', async () => {
    const payload = {
      organisationId: t.world.orgA.id,
      name: `Gas Agency ${Math.random()}`,
      prices: { B: 150, D: 300 },
    };
    expectProblem(
      await operator.request({ method: 'POST', url: '/api/v1/refills/vendors', payload }),
      403,
      'forbidden',
    );
    const created = await coordinator.request({ method: 'POST', url: '/api/v1/refills/vendors', payload });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ name: payload.name, prices: { B: 150, D: 300 }, district: null });
    const bad = await coordinator.request({
      method: 'POST',
      url: '/api/v1/refills/vendors',
      payload: { ...payload, name: 'Another', prices: { B: -5 } },
      headers: { 'accept-language': 'hi' },
    });
    const problem = expectProblem(bad, 400, 'validation_failed');
    expect(problem.errors?.[0]?.field).toBe('prices.B');
    expect(problem.errors?.[0]?.message).toMatch(/[\u0900-\u097F]/);
    const list = (await operator.request({ method: 'GET', url: '/api/v1/refills/vendors' })).json() as VendorList;
    expect(list.items.map((v) => v.name)).toContain(payload.name);
    expect(list.items.map((v) => v.name)).not.toContain('Another');
    const changed = await coordinator.request({
      method: 'PATCH',
      url: `/api/v1/refills/vendors/${(created.json() as VendorView).id}`,
      payload: { prices: { B: 180 } },
    });
    expect((changed.json() as VendorView).prices).toEqual({ B: 180 });
  });
});

describe('refill orders', () => {
  it("refuses an admin's vendor for an organisation that does not exist on its field, not a 500", async () => {
    for (const district of [undefined, t.world.kanpur]) {
      const response = await admin.request({
        method: 'POST',
        url: '/api/v1/refills/vendors',
        payload: { organisationId: '5b0c1f7e-1111-4222-8333-444455556666', name: 'Nobody Gas', prices: {}, district },
      });
      const problem = expectProblem(response, 400, 'validation_failed');
      expect(problem.errors?.[0]).toMatchObject({ field: 'organisationId', code: 'unavailable' });
    }
  });

  it('sends empties to a vendor and settles them: filled back available, lost written off, the cost of the filled', async () => {
    const { depot, empties, vendor } = await shelf();
    const [a, b, c] = empties;
    const created = await order({ depotId: depot.id, vendorId: vendor.id, itemIds: [a!.id, b!.id] });
    expect(created.statusCode, created.body).toBe(201);
    const sent = created.json() as RefillOrderView;
    expect(sent).toMatchObject({ status: 'sent', estimatedCost: 600, cost: 0, prices: { B: 300 } });
    expect(sent.lines.map((l) => l.status)).toEqual(['sent', 'sent']);
    expect((await item(a!.id)).ledger[0]).toMatchObject({
      kind: 'sent_for_refill',
      toStatus: 'refilling',
      refillOrderId: sent.id,
    });
    const detail = (await operator.request({ method: 'GET', url: `/api/v1/depots/${depot.id}` })).json() as DepotDetail;
    expect(detail.emptiesWaiting.map((i) => i.id)).toEqual([c!.id]);
    expect(detail.openRefillOrders).toMatchObject([{ id: sent.id, items: 2, status: 'sent' }]);

    const settled = await operator.request({
      method: 'POST',
      url: `/api/v1/refills/${sent.id}/settle`,
      payload: {
        lines: [
          { itemId: a!.id, status: 'returned_full' },
          { itemId: b!.id, status: 'lost' },
        ],
      },
    });
    expect(settled.statusCode, settled.body).toBe(200);
    expect(settled.json()).toMatchObject({ status: 'returned', estimatedCost: 300, cost: 300 });
    expect((await item(a!.id)).status).toBe('available');
    expect((await item(b!.id)).ledger[0]).toMatchObject({ kind: 'written_off', lossReason: 'not_returned' });
    const again = await operator.request({
      method: 'POST',
      url: `/api/v1/refills/${sent.id}/settle`,
      payload: { lines: [{ itemId: a!.id, status: 'returned_full' }] },
      headers: { 'accept-language': 'hi' },
    });
    expect(expectProblem(again, 409, 'refill_unavailable').detail).toMatch(/[\u0900-\u097F]/);
  });

  it('refuses a full cylinder on an order, in Hindi, writing nothing', async () => {
    const { depot, empties, full, vendor } = await shelf();
    const response = await order(
      { depotId: depot.id, vendorId: vendor.id, itemIds: [empties[0]!.id, full.id] },
      operator,
      'hi',
    );
    const problem = expectProblem(response, 409, 'item_unavailable');
    expect(problem.detail).toMatch(/[\u0900-\u097F]/);
    expect(await ordersOfDepot(depot.id)).toBe(0);
    expect((await item(empties[0]!.id)).status).toBe('empty');
  });

  it('refuses a type the vendor has no price for, naming it, writing nothing', async () => {
    const db = t.database.db;
    const depot = await createDepot(db, t.world.orgA.id, t.world.kanpur);
    const jumbo = await createItem(db, depot, { cylinderType: 'D', condition: 'empty' });
    const vendor = await createVendor(db, t.world.orgA.id, { prices: { B: 300 } });
    const response = await order({ depotId: depot.id, vendorId: vendor.id, itemIds: [jumbo.id] });
    expect(expectProblem(response, 409, 'refill_unavailable').detail).toContain('D');
    expect(await ordersOfDepot(depot.id)).toBe(0);
    expect((await item(jumbo.id)).ledger).toHaveLength(1);
  });

  it('names a bad field in Hindi', async () => {
    const { depot, vendor } = await shelf();
    const response = await order({ depotId: depot.id, vendorId: vendor.id, itemIds: ['nope'] }, operator, 'hi');
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors?.[0]?.field).toBe('itemIds.0');
    expect(problem.errors?.[0]?.message).toMatch(/[\u0900-\u097F]/);
    expect(await ordersOfDepot(depot.id)).toBe(0);
  });

  it('puts one cylinder on only one of two orders made at the same moment', async () => {
    const { depot, empties, vendor } = await shelf();
    const responses = await Promise.all([
      order({ depotId: depot.id, vendorId: vendor.id, itemIds: [empties[0]!.id] }),
      order({ depotId: depot.id, vendorId: vendor.id, itemIds: [empties[0]!.id] }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const [lines] = await t.database.db
      .select({ n: count() })
      .from(refillOrderItems)
      .where(eq(refillOrderItems.itemId, empties[0]!.id));
    expect(lines?.n).toBe(1);
    expect(await ordersOfDepot(depot.id)).toBe(1);
  });

  it('adds cylinders to an order still out, and cancels one: its cylinders come back empty', async () => {
    const { depot, empties, vendor } = await shelf();
    const sent = (
      await order({ depotId: depot.id, vendorId: vendor.id, itemIds: [empties[0]!.id] })
    ).json() as RefillOrderView;
    const added = await operator.request({
      method: 'POST',
      url: `/api/v1/refills/${sent.id}/items`,
      payload: { itemIds: [empties[1]!.id] },
    });
    expect((added.json() as RefillOrderView).lines).toHaveLength(2);
    const cancelled = await operator.request({
      method: 'POST',
      url: `/api/v1/refills/${sent.id}/cancel`,
      payload: { reason: 'vendor closed for the day' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cost: 0, can: { cancel: false, addItems: false } });
    expect((await item(empties[0]!.id)).status).toBe('empty');
  });

  it('hides an order from another organisation (404), refuses a viewer', async () => {
    const { depot, empties, vendor } = await shelf();
    const sent = (
      await order({ depotId: depot.id, vendorId: vendor.id, itemIds: [empties[0]!.id] })
    ).json() as RefillOrderView;
    expectProblem(await prayagraj.request({ method: 'GET', url: `/api/v1/refills/${sent.id}` }), 404, 'not_found');
    const settle = await prayagraj.request({
      method: 'POST',
      url: `/api/v1/refills/${sent.id}/settle`,
      payload: { lines: [{ itemId: empties[0]!.id, status: 'returned_full' }] },
    });
    expectProblem(settle, 404, 'not_found');
    expect((await item(empties[0]!.id)).status).toBe('refilling');
    const outside = await order({ depotId: depot.id, vendorId: vendor.id, itemIds: [empties[1]!.id] }, prayagraj);
    expect(expectProblem(outside, 400, 'validation_failed').errors?.[0]?.field).toBe('depotId');
    expectProblem(await viewer.request({ method: 'GET', url: '/api/v1/refills' }), 403, 'forbidden');
  });
});
