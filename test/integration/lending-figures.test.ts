// Lending figures and the lending policy over HTTP: items by status per depot, loans out, overdue, returned, average
// loan days, patients served and losses — counted within the reader's organisations (viewers too, no people in
// them); the policy read by the desk, changed by coordinators (recorded), refused with the field in Hindi.
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, equipmentItems, loans } from '../../src/server/db/schema/index.js';
import type { LendingFiguresView } from '../../src/shared/contracts/lending-figures.js';
import type { LendingPolicy } from '../../src/shared/contracts/lending-policy.js';
import { caseBody, freshPhone } from '../factories/cases.js';
import { createDepot, createItem, type ItemRow } from '../factories/lending.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const t = useTestWorld({
  roles: [
    'operatorKanpur',
    'coordinatorKanpur',
    'operatorPrayagraj',
    'coordinatorPrayagraj',
    'viewerA',
    'volunteerKanpur',
  ],
});
const operator = t.client('operatorKanpur');
const coordinator = t.client('coordinatorKanpur');
const prayagraj = t.client('operatorPrayagraj');
const viewer = t.client('viewerA');

const day = 24 * 60 * 60 * 1000;

/** A loan of the item on a new case, written straight to the tables (the loans use cases are tested elsewhere). */
async function lend(
  item: ItemRow,
  over: { patientPhone?: string; lentAt: Date; dueOn: string; returnedAt?: Date; minutes?: number },
): Promise<void> {
  const created = await operator.request({ method: 'POST', url: '/api/v1/cases', payload: caseBody(t.world.kanpur) });
  expect(created.statusCode, created.body).toBe(201);
  const { caseId } = created.json() as { caseId: string };
  const db = t.database.db;
  const [loan] = await db
    .insert(loans)
    .values({
      organisationId: item.organisationId,
      districtCode: item.districtCode,
      reference: Math.random().toString(36).slice(2, 8).toUpperCase(),
      caseId,
      itemId: item.id,
      depotId: item.depotId,
      status: over.returnedAt ? 'returned' : 'active',
      patientName: 'Patient',
      patientPhone: over.patientPhone ?? freshPhone(),
      address: 'Kidwai Nagar',
      spo2Band: 'moderate',
      gateOutcome: 'may_lend',
      depositMode: 'none',
      dueOn: over.dueOn,
      lentAt: over.lentAt,
      handedOverAt: over.lentAt,
      minutesToHandOver: over.minutes ?? null,
      returnedAt: over.returnedAt ?? null,
    })
    .returning();
  if (!over.returnedAt && loan) {
    await db
      .update(equipmentItems)
      .set({ status: 'lent', currentLoanId: loan.id })
      .where(eq(equipmentItems.id, item.id));
  }
}

const figures = async (client = operator, query = ''): Promise<LendingFiguresView> => {
  const response = await client.request({ method: 'GET', url: `/api/v1/lending/figures${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('lending figures', () => {
  it('counts items by status per depot and the loans: out, overdue, returned, days, patients, losses', async () => {
    // Other tests in this file add to the same district: the counts are compared before and after.
    const db = t.database.db;
    const depot = await createDepot(db, t.world.orgA.id, t.world.kanpur, { name: `Figures ${Math.random()}` });
    const before = await figures(operator, `?district=${t.world.kanpur}`);
    const [a, b, c] = [await createItem(db, depot), await createItem(db, depot), await createItem(db, depot)];
    await createItem(db, depot, { condition: 'empty' });
    const samePatient = freshPhone();
    const now = Date.now();
    await lend(a!, { lentAt: new Date(now - 10 * day), dueOn: '2020-01-01', patientPhone: samePatient, minutes: 30 });
    await lend(b!, { lentAt: new Date(now - 2 * day), dueOn: '2099-01-01', minutes: 50 });
    await lend(c!, {
      lentAt: new Date(now - 8 * day),
      dueOn: '2020-01-01',
      returnedAt: new Date(now - 2 * day),
      patientPhone: samePatient,
    });
    const after = await figures(operator, `?district=${t.world.kanpur}`);
    const mine = after.depots.find((d) => d.id === depot.id);
    expect(mine).toMatchObject({ total: 4, items: { available: 1, lent: 2, empty: 1, lost: 0 } });
    expect(after.loansOut - before.loansOut).toBe(2);
    expect(after.overdue - before.overdue).toBe(1);
    expect(after.returned - before.returned).toBe(1);
    expect(after.patientsServed - before.patientsServed).toBe(2);
    expect(after.itemsTotal - before.itemsTotal).toBe(4);
    if (before.returned === 0) expect(after.averageLoanDays).toBe(6);
    if (before.loansOut === 0) expect(after.medianMinutesToHandOver).toBe(40);
  });

  it('lets a viewer read them, counts only another organisation’s own, refuses a volunteer', async () => {
    const db = t.database.db;
    const depot = await createDepot(db, t.world.orgA.id, t.world.kanpur);
    await createItem(db, depot);
    const seen = await figures(viewer);
    expect(seen.depots.map((d) => d.id)).toContain(depot.id);
    expect(JSON.stringify(seen)).not.toMatch(/\+91/);
    const other = await figures(prayagraj);
    expect(other.depots.map((d) => d.id)).not.toContain(depot.id);
    const volunteer = t.client('volunteerKanpur');
    expectProblem(await volunteer.request({ method: 'GET', url: '/api/v1/lending/figures' }), 403, 'forbidden');
  });

  it('names a bad day in Hindi', async () => {
    const response = await operator.request({
      method: 'GET',
      url: '/api/v1/lending/figures?from=2026-02-30',
      headers: { 'accept-language': 'hi' },
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors?.[0]?.field).toBe('querystring.from');
    expect(problem.errors?.[0]?.message).toMatch(/[\u0900-\u097F]/);
  });
});

describe('the lending policy', () => {
  const url = () => `/api/v1/lending-policy/${t.world.orgA.id}`;

  async function policyAudits(organisationId: string): Promise<number> {
    const [row] = await t.database.db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, organisationId), eq(auditEvents.action, 'organisation.updated')));
    return row?.n ?? 0;
  }

  it('gives the defaults, lets a coordinator change a field (recorded), keeping the others', async () => {
    const read = (await operator.request({ method: 'GET', url: url() })).json() as LendingPolicy;
    expect(read.stockAlertHours).toBeGreaterThan(0);
    const changed = await coordinator.request({
      method: 'PATCH',
      url: url(),
      payload: { loanDays: 5, quietHours: { from: 21, to: 6 } },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const policy = changed.json() as LendingPolicy;
    expect(policy).toMatchObject({ loanDays: 5, quietHours: { from: 21, to: 6 } });
    expect(policy.maxExtensions).toBe(read.maxExtensions);
    expect(await operator.request({ method: 'GET', url: url() }).then((r) => r.json())).toEqual(policy);
    expect(await policyAudits(t.world.orgA.id)).toBeGreaterThan(0);
  });

  it('refuses a bad value in Hindi with nothing written, an operator, and another organisation', async () => {
    const before = (await operator.request({ method: 'GET', url: url() })).json() as LendingPolicy;
    const audits = await policyAudits(t.world.orgA.id);
    const bad = await coordinator.request({
      method: 'PATCH',
      url: url(),
      payload: { loanDays: 90 },
      headers: { 'accept-language': 'hi' },
    });
    const problem = expectProblem(bad, 400, 'validation_failed');
    expect(problem.errors?.[0]?.field).toBe('loanDays');
    expect(problem.errors?.[0]?.message).toMatch(/[\u0900-\u097F]/);
    expectProblem(await operator.request({ method: 'PATCH', url: url(), payload: { loanDays: 3 } }), 403, 'forbidden');
    const other = t.client('coordinatorPrayagraj');
    expectProblem(await other.request({ method: 'PATCH', url: url(), payload: { loanDays: 3 } }), 404, 'not_found');
    expectProblem(await viewer.request({ method: 'GET', url: url() }), 403, 'forbidden');
    expect((await operator.request({ method: 'GET', url: url() })).json()).toEqual(before);
    expect(await policyAudits(t.world.orgA.id)).toBe(audits);
  });
});
