// The demo holds what issue #13 asks of it: Mission Jeevan with depots in Kanpur and Unnao, 40 cylinders (B and D,
// some sponsored, with a private link), accessories, a few loans out from cases and one overdue, loans back with
// their deposits refunded, a refill vendor with prices, and oxygen stock sites whose time to empty shows — every
// item's stored status being what its ledger folds to, so the demo obeys the lending rules.
import { createHash } from 'node:crypto';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSponsorToken } from '../../src/server/db/demo/demo-lending.js';
import { seedDemo } from '../../src/server/db/demo/seed-demo.js';
import {
  caseEvents,
  cases,
  depots,
  equipmentItems,
  itemMovements,
  loanEvents,
  loans,
  organisations,
  refillOrderItems,
  refillOrders,
  refillVendors,
  sponsors,
  stockEntries,
  stockSites,
} from '../../src/server/db/schema/index.js';
import { minutesToHandOver } from '../../src/server/domain/lending/handover-time.js';
import { deriveItemState } from '../../src/server/domain/lending/item-ledger.js';
import { checkLendingGate } from '../../src/server/domain/lending/lending-gate.js';
import { dueOn, isOverdue } from '../../src/server/domain/lending/loan-schedule.js';
import { burnRate, hoursToEmpty, stockLevel } from '../../src/server/domain/lending/oxygen-stock.js';
import { demoPassword, demoPeople } from '../../src/server/db/demo/demo-people.js';
import type { LendingFiguresView } from '../../src/shared/contracts/lending-figures.js';
import type { LendingPanel, LoanList } from '../../src/shared/contracts/loans.js';
import type { StockSiteList } from '../../src/shared/contracts/oxygen-stock.js';
import { sponsorPublicView } from '../../src/shared/contracts/sponsors.js';
import { createTestApp, signIn, type TestContext } from '../support/app.js';

let ctx: TestContext;
let organisationId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  await seedDemo(ctx.database.db);
  const [org] = await ctx.database.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, 'Mission Jeevan Oxygen Seva (Kanpur–Unnao)'));
  if (!org) throw new Error('no Mission Jeevan in the demo');
  organisationId = org.id;
});
afterAll(async () => ctx.close());

const db = () => ctx.database.db;

describe('the demo’s lending (Mission Jeevan)', () => {
  it('has depots in Kanpur Nagar and Unnao, placed on the map', async () => {
    const rows = await db().select().from(depots).where(eq(depots.organisationId, organisationId));
    expect(new Set(rows.map((d) => d.districtCode))).toEqual(new Set(['UP-KANPUR-NAGAR', 'UP-UNNAO']));
    for (const depot of rows) {
      expect(depot.lat, depot.name).not.toBeNull();
      expect(depot.lon, depot.name).not.toBeNull();
      expect(depot.active).toBe(true);
    }
  });

  it('has 40 cylinders of B and D types with their litres, some owned or funded by named sponsors', async () => {
    const cylinders = await db()
      .select()
      .from(equipmentItems)
      .where(and(eq(equipmentItems.organisationId, organisationId), eq(equipmentItems.kind, 'cylinder')));
    expect(cylinders).toHaveLength(40);
    expect(new Set(cylinders.map((c) => c.cylinderType))).toEqual(new Set(['B', 'D']));
    for (const c of cylinders) expect(c.gasLitres).toBe(c.cylinderType === 'D' ? 7000 : 1500);
    const depotRows = await db().select().from(depots).where(eq(depots.organisationId, organisationId));
    for (const depot of depotRows) {
      expect(cylinders.filter((c) => c.depotId === depot.id).length, depot.name).toBeGreaterThan(0);
      // An item's district is its depot's (the scope follows it).
      for (const c of cylinders.filter((i) => i.depotId === depot.id)) expect(c.districtCode).toBe(depot.districtCode);
    }
    const sponsored = cylinders.filter((c) => c.sponsorId !== null);
    expect(sponsored.length).toBeGreaterThan(0);
    expect(sponsored.length).toBeLessThan(40);
    expect(new Set(sponsored.map((c) => c.sponsorship))).toEqual(new Set(['owns', 'funded']));
  });

  it('gives each sponsor a private link: only the hash of its token is kept', async () => {
    const rows = await db().select().from(sponsors).where(eq(sponsors.organisationId, organisationId));
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const sponsor of rows) {
      const token = demoSponsorToken(sponsor.name);
      expect(sponsor.linkTokenHash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(sponsor.linkTokenHash).not.toContain(token);
    }
  });

  it('has accessories to lend with the cylinders in both depots', async () => {
    const rows = await db()
      .select({ kind: equipmentItems.kind, depotId: equipmentItems.depotId, n: count() })
      .from(equipmentItems)
      .where(
        and(eq(equipmentItems.organisationId, organisationId), inArray(equipmentItems.kind, ['regulator', 'oximeter'])),
      )
      .groupBy(equipmentItems.kind, equipmentItems.depotId);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['regulator', 'oximeter']));
    expect(new Set(rows.map((r) => r.depotId)).size).toBe(2);
  });

  it('stores for every item what its ledger folds to (status, home depot, loan)', async () => {
    const items = await db().select().from(equipmentItems).where(eq(equipmentItems.organisationId, organisationId));
    const movements = await db()
      .select()
      .from(itemMovements)
      .where(eq(itemMovements.organisationId, organisationId))
      .orderBy(asc(itemMovements.id));
    expect(items.length).toBeGreaterThan(40);
    for (const item of items) {
      const ledger = movements.filter((m) => m.itemId === item.id);
      expect(ledger[0]?.kind, item.label).toBe('received');
      const folded = deriveItemState(
        item.kind,
        ledger.map((m) => ({ kind: m.kind, toDepotId: m.toDepotId, loanId: m.loanId, condition: m.condition })),
      );
      expect(folded.ok, item.label).toBe(true);
      if (!folded.ok) continue;
      expect(folded.state, item.label).toEqual({
        status: item.status,
        depotId: item.depotId,
        loanId: item.currentLoanId,
      });
      // Each row says where it went from and to, as the fold saw it.
      for (const [index, m] of ledger.entries()) {
        expect(m.fromStatus, `${item.label} #${index}`).toBe(index === 0 ? null : ledger[index - 1]?.toStatus);
      }
    }
    const statuses = new Set(items.map((i) => i.status));
    for (const status of ['available', 'lent', 'empty', 'refilling'] as const) expect(statuses).toContain(status);
  });

  it('has a few loans out, each from an oxygen case of the organisation, and exactly one overdue', async () => {
    const now = new Date();
    const rows = await db()
      .select({ loan: loans, case: cases })
      .from(loans)
      .innerJoin(cases, eq(cases.id, loans.caseId))
      .where(eq(loans.organisationId, organisationId));
    const active = rows.filter((r) => r.loan.status === 'active');
    expect(active.length).toBeGreaterThanOrEqual(3);
    expect(active.filter((r) => isOverdue(r.loan.dueOn, now))).toHaveLength(1);
    // One device per patient.
    expect(new Set(active.map((r) => r.loan.patientPhone)).size).toBe(active.length);
    const items = await db()
      .select()
      .from(equipmentItems)
      .where(
        inArray(
          equipmentItems.id,
          rows.map((r) => r.loan.itemId),
        ),
      );
    for (const { loan, case: c } of rows) {
      expect(c.organisationId, loan.reference).toBe(organisationId);
      expect(c.districtCode).toBe(loan.districtCode);
      expect(loan.needId, loan.reference).not.toBeNull();
      expect(loan.reference).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
      // The gate as the rule decides it, from the answers stored.
      const gate = checkLendingGate({
        covidPositive: loan.covidPositive,
        hasPrescription: loan.hasPrescription,
        homeIsolation: loan.homeIsolation,
        spo2: loan.spo2,
        activeDevices: 0,
        override: null,
        mayOverride: false,
      });
      expect(gate.outcome).toBe('may_lend');
      expect(loan.gateOutcome).toBe('may_lend');
      expect(loan.spo2Band).toBe(gate.band);
      expect(loan.spo2).toBe(c.spo2);
      // The clock of the case: minutes from the person's first message to the hand-over.
      expect(loan.firstMessageAt?.toISOString()).toBe(c.firstMessageAt.toISOString());
      expect(loan.handedOverAt).not.toBeNull();
      if (loan.handedOverAt) {
        expect(loan.minutesToHandOver).toBe(minutesToHandOver(c.firstMessageAt, loan.handedOverAt));
        expect(loan.dueOn).toBe(dueOn(loan.handedOverAt, 7));
      }
      const item = items.find((i) => i.id === loan.itemId);
      expect(item?.kind).toBe('cylinder');
      if (loan.status === 'active') expect(item?.currentLoanId).toBe(loan.id);
      else expect(item?.currentLoanId).not.toBe(loan.id);
    }
    // Some cylinders reached the patient within the half hour the seeds tell of.
    expect(rows.some((r) => (r.loan.minutesToHandOver ?? 99) <= 30)).toBe(true);
  });

  it('puts the loans on their cases’ timelines and in their own history', async () => {
    const rows = await db().select().from(loans).where(eq(loans.organisationId, organisationId));
    for (const loan of rows) {
      const timeline = await db().select().from(caseEvents).where(eq(caseEvents.caseId, loan.caseId));
      const lent = timeline.find((e) => e.type === 'loan_lent');
      expect(lent?.after, loan.reference).toMatchObject({ loanId: loan.id, reference: loan.reference });
      const handedOver = timeline.find((e) => e.type === 'loan_handed_over');
      expect(handedOver?.after).toMatchObject({ minutesToHandOver: loan.minutesToHandOver });
      const history = await db()
        .select({ type: loanEvents.type })
        .from(loanEvents)
        .where(eq(loanEvents.loanId, loan.id))
        .orderBy(asc(loanEvents.at));
      const types = history.map((h) => h.type);
      expect(types.slice(0, 2)).toEqual(['lent', 'handed_over']);
      if (loan.status === 'returned') expect(types).toEqual(expect.arrayContaining(['returned', 'deposit_refunded']));
    }
  });

  it('has loans back with their deposits refunded, never below zero', async () => {
    const rows = await db().select().from(loans).where(eq(loans.organisationId, organisationId));
    const back = rows.filter((l) => l.status === 'returned');
    expect(back.length).toBeGreaterThanOrEqual(1);
    for (const loan of back) {
      expect(loan.returnedAt).not.toBeNull();
      expect(loan.returnCondition).not.toBeNull();
      expect(loan.depositRefunded + loan.depositDeducted).toBe(loan.depositAmount);
    }
    for (const loan of rows) {
      expect(loan.depositRefunded + loan.depositDeducted).toBeLessThanOrEqual(loan.depositAmount);
      if (loan.depositMode === 'waived') expect(loan.depositWaiveReason).toBeTruthy();
    }
  });

  it('has refill vendors with prices per type, and empties at a vendor on an order priced from them', async () => {
    const vendors = await db().select().from(refillVendors).where(eq(refillVendors.organisationId, organisationId));
    expect(vendors.length).toBeGreaterThanOrEqual(1);
    for (const vendor of vendors) {
      expect(vendor.prices.B).toBeGreaterThan(0);
      expect(vendor.prices.D).toBeGreaterThan(0);
    }
    const orders = await db().select().from(refillOrders).where(eq(refillOrders.organisationId, organisationId));
    expect(orders).toHaveLength(1);
    const [order] = orders;
    if (!order) return;
    const lines = await db().select().from(refillOrderItems).where(eq(refillOrderItems.orderId, order.id));
    expect(lines.length).toBeGreaterThan(0);
    expect(order.estimatedCost).toBe(lines.reduce((sum, l) => sum + (order.prices[l.cylinderType] ?? 0), 0));
    const sent = await db()
      .select({ status: equipmentItems.status })
      .from(equipmentItems)
      .where(
        inArray(
          equipmentItems.id,
          lines.map((l) => l.itemId),
        ),
      );
    expect(sent.every((s) => s.status === 'refilling')).toBe(true);
  });

  it('has oxygen stock sites whose stored level is their ledger’s, with a time to empty', async () => {
    const now = new Date();
    const sites = await db().select().from(stockSites).where(eq(stockSites.organisationId, organisationId));
    expect(sites.length).toBeGreaterThanOrEqual(1);
    for (const site of sites) {
      const entries = (
        await db().select().from(stockEntries).where(eq(stockEntries.siteId, site.id)).orderBy(asc(stockEntries.at))
      ).map((e) => ({ kind: e.kind, at: e.at, litres: e.litres, cylinders: e.cylinders, reason: e.reason }));
      const level = stockLevel(entries);
      expect(level.ok, site.name).toBe(true);
      if (!level.ok) continue;
      expect(site.litres).toBe(level.level.litres);
      const hours = hoursToEmpty(site.litres, burnRate(entries, now));
      expect(hours, site.name).not.toBeNull();
      expect(site.alertState).toBe((hours ?? Infinity) < 8 ? 'low' : 'ok');
    }
  });

  it('is seeded once: seeding again adds nothing', async () => {
    const before = await db().select({ n: count() }).from(equipmentItems);
    const loansBefore = await db().select({ n: count() }).from(loans);
    await seedDemo(db());
    expect(await db().select({ n: count() }).from(equipmentItems)).toEqual(before);
    expect(await db().select({ n: count() }).from(loans)).toEqual(loansBefore);
  });
});

describe('the demo’s lending through the API, as Mission Jeevan’s Unnao coordinator reads it', () => {
  const coordinator = () => {
    const person = demoPeople.find((p) => p.email === 'coordinator.unnao@sahayata.example');
    if (!person) throw new Error('no demo Unnao coordinator');
    return signIn(ctx.app, person.phone, demoPassword);
  };

  it('lists the loans out with exactly one overdue, and figures that add up', async () => {
    const client = await coordinator();
    const out = await client.request({ method: 'GET', url: '/api/v1/loans?status=active' });
    expect(out.statusCode, out.body).toBe(200);
    const active = (out.json() as LoanList).items;
    expect(active.length).toBeGreaterThanOrEqual(3);
    const overdue = await client.request({ method: 'GET', url: '/api/v1/loans?overdue=true' });
    expect(overdue.statusCode, overdue.body).toBe(200);
    const late = (overdue.json() as LoanList).items;
    expect(late).toHaveLength(1);
    expect(late[0]?.daysOverdue).toBeGreaterThanOrEqual(2);
    // Lists mask the phones.
    for (const loan of active) expect(loan.patientPhone).not.toMatch(/^\+91\d{10}$/);

    const figures = await client.request({
      method: 'GET',
      url: `/api/v1/lending/figures?organisationId=${organisationId}`,
    });
    expect(figures.statusCode, figures.body).toBe(200);
    const view = figures.json() as LendingFiguresView;
    expect(view.loansOut).toBe(active.length);
    expect(view.overdue).toBe(1);
    expect(view.returned).toBeGreaterThanOrEqual(1);
    expect(view.medianMinutesToHandOver).not.toBeNull();
  });

  it('shows a loan case’s lending panel with its loan and the Unnao store among the nearest depots', async () => {
    const client = await coordinator();
    const [loan] = await db()
      .select()
      .from(loans)
      .where(and(eq(loans.organisationId, organisationId), eq(loans.status, 'active')))
      .limit(1);
    if (!loan) throw new Error('no active demo loan');
    const response = await client.request({ method: 'GET', url: `/api/v1/cases/${loan.caseId}/lending` });
    expect(response.statusCode, response.body).toBe(200);
    const panel = response.json() as LendingPanel;
    expect(panel.loans.map((l) => l.reference)).toContain(loan.reference);
    expect(panel.depots.map((d) => d.depot.name)).toContain('Mission Jeevan store, Civil Lines Unnao');
    expect(panel.depots.flatMap((d) => d.available).reduce((sum, g) => sum + g.count, 0)).toBeGreaterThan(0);
  });

  it('opens each sponsor’s page by its private link, signed out: counts only, no patient', async () => {
    for (const name of ['Shukla Steels Pvt Ltd', 'Rotary Club of Unnao']) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/public/sponsors/${demoSponsorToken(name)}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      const page = sponsorPublicView.parse(response.json());
      expect(page.sponsorName).toBe(name);
      expect(page.figures.loansOut).toBeGreaterThanOrEqual(1);
      expect(page.figures.loansServed).toBeGreaterThanOrEqual(page.figures.loansOut);
      for (const patient of ['Ramdulari', 'Santosh', 'Harish', 'Neelam', '98765100']) {
        expect(response.body).not.toContain(patient);
      }
    }
  });

  it('lists the Unnao stock site with its time to empty', async () => {
    const client = await coordinator();
    const response = await client.request({ method: 'GET', url: '/api/v1/oxygen-stock' });
    expect(response.statusCode, response.body).toBe(200);
    const sites = (response.json() as StockSiteList).items;
    expect(sites.length).toBeGreaterThanOrEqual(1);
    for (const site of sites) expect(site.hoursToEmpty, site.name).not.toBeNull();
  });
});
