// Lending from a case over HTTP: the panel (nearest depots first, the gate from the case), the gate check (below 90
// the case is escalated and nothing is lent), the lend itself with its ledger, events and timeline, the race (two
// operators, one cylinder, at the same moment: exactly one 201, the other 409 naming the loan), one device per
// patient and the coordinator's override, scope (another organisation's cylinders are "not found"), and bad input
// named in the caller's language with nothing written.
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { LendingPanel, LoanDetail } from '../../src/shared/contracts/loans.js';
import {
  caseEvents,
  cases,
  equipmentItems,
  itemMovements,
  loanEvents,
  loans,
} from '../../src/server/db/schema/index.js';
import { caseBody, freshPhone } from '../factories/cases.js';
import { createDepot, createItem } from '../factories/lending.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';
import type { Client } from '../support/app.js';

const t = useTestWorld({
  roles: ['operatorKanpur', 'coordinatorKanpur', 'operatorPrayagraj', 'viewerA'],
});
const operator = t.client('operatorKanpur');
const coordinator = t.client('coordinatorKanpur');
const prayagraj = t.client('operatorPrayagraj');

async function openCase(client: Client = operator, district?: string, over: object = {}) {
  const response = await client.request({
    method: 'POST',
    url: '/api/v1/cases',
    payload: caseBody(district ?? t.world.kanpur, over),
  });
  expect(response.statusCode, response.body).toBe(201);
  const { caseId } = response.json() as { caseId: string };
  const [row] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
  if (!row) throw new Error('no case');
  return row;
}

async function kanpurCylinder(over: { lat?: number | null; lon?: number | null } = {}) {
  const depot = await createDepot(t.database.db, t.world.orgA.id, t.world.kanpur, over);
  return { depot, item: await createItem(t.database.db, depot) };
}

function lendBody(caseId: string, itemId: string, over: Record<string, unknown> = {}) {
  return {
    caseId,
    itemId,
    patientName: 'Sunita Devi',
    patientPhone: freshPhone(),
    address: '12 Kidwai Nagar, Kanpur',
    gate: { covidPositive: true, hasPrescription: null, homeIsolation: true, spo2: 91 },
    deposit: { amount: 5000, mode: 'cash', receiptNumber: 'R-101' },
    ...over,
  };
}

const lend = (client: Client, body: object) => client.request({ method: 'POST', url: '/api/v1/loans', payload: body });

async function loansOfItem(itemId: string): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(loans).where(eq(loans.itemId, itemId));
  return row?.n ?? 0;
}

async function caseEventTypes(caseId: string): Promise<string[]> {
  const rows = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
  return rows.map((r) => r.type);
}

describe('lending a device from a case', () => {
  it('lends: the item leaves through its ledger, the loan and the case timeline say so', async () => {
    const kase = await openCase();
    const { item, depot } = await kanpurCylinder();
    const response = await lend(operator, lendBody(kase.id, item.id));
    expect(response.statusCode, response.body).toBe(201);
    const loan = response.json() as LoanDetail;
    expect(loan.reference).toMatch(/^[23456789A-HJKMNP-Z]{6}$/);
    expect(loan.status).toBe('active');
    expect(loan.item).toMatchObject({ id: item.id, status: 'lent' });
    expect(loan.depot.id).toBe(depot.id);
    expect(loan.patientPhone).toMatch(/x/);
    expect(loan.deposit).toMatchObject({ amount: 5000, mode: 'cash', balance: 5000 });
    expect(loan.gate).toMatchObject({ band: 'moderate', outcome: 'may_lend', spo2: 91 });
    expect(loan.events.map((e) => e.type)).toEqual(['lent']);
    expect(loan.can).toMatchObject({ handOver: true, return: true, writeOff: false, cancel: true });

    const [stored] = await t.database.db.select().from(equipmentItems).where(eq(equipmentItems.id, item.id));
    expect(stored).toMatchObject({ status: 'lent', currentLoanId: loan.id });
    const ledger = await t.database.db.select().from(itemMovements).where(eq(itemMovements.itemId, item.id));
    expect(ledger.map((m) => [m.kind, m.fromStatus, m.toStatus, m.loanId])).toEqual([
      ['received', null, 'available', null],
      ['lent', 'available', 'lent', loan.id],
    ]);
    const timeline = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, kase.id));
    const lent = timeline.find((e) => e.type === 'loan_lent');
    expect(lent?.after).toMatchObject({ loanId: loan.id, reference: loan.reference });
    expect(typeof lent?.after?.minutesSinceFirstMessage).toBe('number');
  });

  it('records the hand-over with the minutes since the first message when handed over at once', async () => {
    const opened = await openCase();
    // The plea came in 40 minutes ago; the cylinder reached the patient 28 minutes after it.
    const firstMessageAt = new Date(Date.now() - 40 * 60_000);
    const [kase] = await t.database.db.update(cases).set({ firstMessageAt }).where(eq(cases.id, opened.id)).returning();
    if (!kase) throw new Error('no case');
    const { item } = await kanpurCylinder();
    const at = new Date(firstMessageAt.getTime() + 28 * 60_000);
    const response = await lend(
      operator,
      lendBody(kase.id, item.id, { handOver: { byName: 'Constable Yadav', at: at.toISOString() } }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const loan = response.json() as LoanDetail;
    expect(loan.minutesToHandOver).toBe(28);
    expect(loan.handedOverBy).toBe('Constable Yadav');
    expect(loan.can.handOver).toBe(false);
    expect(await caseEventTypes(kase.id)).toEqual(expect.arrayContaining(['loan_lent', 'loan_handed_over']));
  });

  it('two operators lending the same cylinder at once: exactly one 201, the others 409 naming the loan', async () => {
    const opened = [await openCase(), await openCase(), await openCase(), await openCase()];
    const { item } = await kanpurCylinder();
    const responses = await Promise.all(
      opened.map((kase, i) => lend(i % 2 === 0 ? operator : coordinator, lendBody(kase.id, item.id))),
    );
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes, responses.map((r) => r.body).join('\n')).toEqual([201, 409, 409, 409]);
    const winner = responses.find((r) => r.statusCode === 201)?.json() as LoanDetail;
    for (const loser of responses.filter((r) => r.statusCode === 409)) {
      expect(expectProblem(loser, 409, 'item_taken').detail).toContain(winner.reference);
    }
    expect(await loansOfItem(item.id)).toBe(1);
    const lentRows = await t.database.db
      .select({ n: count() })
      .from(itemMovements)
      .where(and(eq(itemMovements.itemId, item.id), eq(itemMovements.kind, 'lent')));
    expect(lentRows[0]?.n).toBe(1);
    // The losers' cases show no loan.
    for (const kase of opened.filter((c) => c.id !== winner.case.id)) {
      expect(await caseEventTypes(kase.id)).not.toContain('loan_lent');
    }
  });

  it('a lent cylinder asked for again is refused with who has it; an empty one with the ledger reason', async () => {
    const { item, depot } = await kanpurCylinder();
    const loan = (await lend(operator, lendBody((await openCase()).id, item.id))).json() as LoanDetail;
    const again = await lend(operator, lendBody((await openCase()).id, item.id));
    expect(expectProblem(again, 409, 'item_taken').detail).toContain(loan.reference);
    const empty = await createItem(t.database.db, depot, { condition: 'empty' });
    const refused = await lend(operator, lendBody((await openCase()).id, empty.id));
    expectProblem(refused, 409, 'item_unavailable');
    expect(await loansOfItem(empty.id)).toBe(0);
  });

  it('an accessory that is not available undoes the whole lend: no loan, the device still on the shelf', async () => {
    const kase = await openCase();
    const { item, depot } = await kanpurCylinder();
    const oximeter = await createItem(t.database.db, depot, { kind: 'oximeter', cylinderType: null });
    const other = await createItem(t.database.db, depot);
    expect(
      (await lend(operator, lendBody(kase.id, other.id, { accessories: [{ kind: 'oximeter', itemId: oximeter.id }] })))
        .statusCode,
    ).toBe(201);
    const response = await lend(
      operator,
      lendBody((await openCase()).id, item.id, { accessories: [{ kind: 'oximeter', itemId: oximeter.id }] }),
    );
    expectProblem(response, 409, 'item_unavailable');
    expect(await loansOfItem(item.id)).toBe(0);
    const [stored] = await t.database.db.select().from(equipmentItems).where(eq(equipmentItems.id, item.id));
    expect(stored).toMatchObject({ status: 'available', currentLoanId: null });
  });

  it("shows the loan on the case's timeline as the desk reads it", async () => {
    const kase = await openCase();
    const { item } = await kanpurCylinder();
    const loan = (await lend(operator, lendBody(kase.id, item.id))).json() as LoanDetail;
    const detail = await operator.request({ method: 'GET', url: `/api/v1/cases/${kase.id}` });
    expect(detail.statusCode, detail.body).toBe(200);
    const events = (detail.json() as { events: Array<{ type: string; after: Record<string, unknown> | null }> }).events;
    expect(events.find((e) => e.type === 'loan_lent')?.after).toMatchObject({ reference: loan.reference });
  });

  it('below 90 % SpO2: refer to hospital, the case escalated once, nothing lent', async () => {
    const kase = await openCase();
    const { item } = await kanpurCylinder();
    const response = await lend(
      operator,
      lendBody(kase.id, item.id, {
        gate: { covidPositive: true, hasPrescription: null, homeIsolation: true, spo2: 86 },
      }),
    );
    const problem = expectProblem(response, 409, 'lending_refused');
    expect(problem.detail).toMatch(/hospital/);
    expect(await loansOfItem(item.id)).toBe(0);
    const [stored] = await t.database.db.select().from(equipmentItems).where(eq(equipmentItems.id, item.id));
    expect(stored?.status).toBe('available');
    const gate = await operator.request({
      method: 'POST',
      url: `/api/v1/cases/${kase.id}/gate`,
      payload: { covidPositive: true, hasPrescription: null, homeIsolation: true, spo2: 86 },
    });
    expect(gate.statusCode, gate.body).toBe(200);
    expect(gate.json()).toMatchObject({ outcome: 'refer_to_hospital', band: 'severe', escalated: true });
    const escalations = (await caseEventTypes(kase.id)).filter((type) => type === 'escalated');
    expect(escalations).toHaveLength(1);
    // The reading is the case's now, and its priority follows it (the case was opened at 92).
    const [after] = await t.database.db.select().from(cases).where(eq(cases.id, kase.id));
    expect(after).toMatchObject({ spo2: 86, computedPriority: 'critical' });
  });

  it('one device per patient; a coordinator may lend a second with a reason', async () => {
    const patientPhone = freshPhone();
    const { item, depot } = await kanpurCylinder();
    const second = await createItem(t.database.db, depot);
    const kase = await openCase();
    expect((await lend(operator, lendBody(kase.id, item.id, { patientPhone }))).statusCode).toBe(201);
    const refused = await lend(operator, lendBody(kase.id, second.id, { patientPhone }));
    expect(expectProblem(refused, 409, 'lending_refused').detail).toMatch(/already has a device/);
    const notAllowed = await lend(
      operator,
      lendBody(kase.id, second.id, { patientPhone, overrideReason: 'Two rooms' }),
    );
    expectProblem(notAllowed, 409, 'lending_refused');
    expect(await loansOfItem(second.id)).toBe(0);
    const overridden = await lend(
      coordinator,
      lendBody(kase.id, second.id, { patientPhone, overrideReason: 'Night and day supply for a 30 L/min need' }),
    );
    expect(overridden.statusCode, overridden.body).toBe(201);
    expect((overridden.json() as LoanDetail).overrideReason).toMatch(/Night and day/);
  });

  it("the case's patient is one patient: another number typed for them is refused too", async () => {
    const { item, depot } = await kanpurCylinder();
    const second = await createItem(t.database.db, depot);
    const kase = await openCase();
    expect((await lend(operator, lendBody(kase.id, item.id))).statusCode).toBe(201);
    const otherNumber = await lend(operator, lendBody(kase.id, second.id, { patientPhone: freshPhone() }));
    expect(expectProblem(otherNumber, 409, 'lending_refused').detail).toMatch(/already has a device/);
    expect(await loansOfItem(second.id)).toBe(0);
    const panel = await operator.request({ method: 'GET', url: `/api/v1/cases/${kase.id}/lending` });
    expect(panel.json()).toMatchObject({ gate: { activeDevices: 1 } });
  });

  it("another organisation's operator cannot lend Kanpur's cylinders: not found, nothing written", async () => {
    const { item } = await kanpurCylinder();
    const ownCase = await openCase(prayagraj, t.world.prayagraj);
    const response = await lend(prayagraj, lendBody(ownCase.id, item.id));
    expectProblem(response, 404, 'not_found');
    expect(await loansOfItem(item.id)).toBe(0);
    const panel = await prayagraj.request({ method: 'GET', url: `/api/v1/cases/${ownCase.id}/lending` });
    expect(panel.statusCode).toBe(200);
    expect(
      (panel.json() as LendingPanel).depots.flatMap((d) => d.available.flatMap((a) => a.items.map((i) => i.id))),
    ).not.toContain(item.id);
  });

  it('names the bad field in Hindi and writes nothing', async () => {
    const kase = await openCase();
    const { item } = await kanpurCylinder();
    const response = await operator.request({
      method: 'POST',
      url: '/api/v1/loans',
      headers: { 'accept-language': 'hi' },
      payload: lendBody(kase.id, item.id, { deposit: { amount: 0, mode: 'waived', receiptNumber: null } }),
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    const field = problem.errors?.find((e) => e.field.includes('reason'));
    expect(field?.message).toMatch(/[\u0900-\u097F]/);
    expect(await loansOfItem(item.id)).toBe(0);
    const events = await t.database.db.select({ n: count() }).from(loanEvents);
    expect(events[0]?.n).toBeGreaterThanOrEqual(0);
  });
});

describe('the lending panel', () => {
  it('shows the nearest depots first, the gate from the case and who can deliver', async () => {
    const kase = await openCase(operator, undefined, {
      location: { district: t.world.kanpur, locality: 'Kidwai Nagar', lat: 26.43, lon: 80.32 },
    });
    const far = await createDepot(t.database.db, t.world.orgA.id, t.world.kanpur, { lat: 26.6, lon: 80.5 });
    const near = await createDepot(t.database.db, t.world.orgA.id, t.world.kanpur, { lat: 26.431, lon: 80.321 });
    await createItem(t.database.db, far);
    const nearItem = await createItem(t.database.db, near);
    await createItem(t.database.db, near, { kind: 'oximeter', cylinderType: null });
    const response = await operator.request({ method: 'GET', url: `/api/v1/cases/${kase.id}/lending` });
    expect(response.statusCode, response.body).toBe(200);
    const panel = response.json() as LendingPanel;
    const ids = panel.depots.map((d) => d.depot.id);
    expect(ids.indexOf(near.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(near.id)).toBeLessThan(ids.indexOf(far.id) === -1 ? Infinity : ids.indexOf(far.id));
    const nearView = panel.depots.find((d) => d.depot.id === near.id);
    expect(nearView?.distanceKm).toBeLessThan(1);
    expect(nearView?.available[0]?.items.map((i) => i.id)).toContain(nearItem.id);
    expect(nearView?.accessories).toEqual([{ kind: 'oximeter', count: 1 }]);
    expect(nearView?.deliverers.map((d) => d.id)).toContain(t.world.operatorKanpur.id);
    expect(panel.gate).toMatchObject({ band: 'moderate', outcome: 'ask' });
    expect(panel.defaults).toEqual({ loanDays: 7, deposit: { cylinder: 5000, concentrator: 25000 } });
    expect(panel.can.lend).toBe(true);
  });

  it('is not found for a case out of reach', async () => {
    const kase = await openCase();
    const response = await prayagraj.request({ method: 'GET', url: `/api/v1/cases/${kase.id}/lending` });
    expectProblem(response, 404, 'not_found');
  });
});
