// A child's pool shortfall (issue #14) is one number wherever it is shown: the children's list, the child's record and
// the roster answer the same `missingDonors`, made by the one rule (domain/thalassemia/pool-size.ts: the pool the
// child's rhythm needs less the donors available in the next 3 months).
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type {
  RosterView,
  TransfusionPatientDetail,
  TransfusionPatientList,
} from '../../src/shared/contracts/transfusion-patients.js';
import { donors as donorsTable } from '../../src/server/db/schema/index.js';
import { addDays, kolkataDay } from '../../src/server/domain/blood/calendar.js';
import type { PatientRow } from '../../src/server/usecases/transfusion-patients/lock-patient.js';
import { createDonor } from '../factories/donors.js';
import { addToRoster, createTransfusionPatient } from '../factories/transfusion-patients.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({ roles: ['coordinatorKanpur'] });
const today = kolkataDay(new Date());
const coordinator = () => ctx.client('coordinatorKanpur');

/**
 * A Kanpur child, 2 units every 21 days, with `able` donors free to give, `resting` who gave 5 days ago (still in the
 * rotation) and `deferred` whom a centre deferred for 200 days (past the 3 months).
 */
async function childWithPool(able: number, resting: number, deferred = 0): Promise<PatientRow> {
  const db = ctx.database.db;
  const patient = await createTransfusionPatient(db, {
    organisationId: ctx.world.orgA.id,
    district: ctx.world.kanpur,
    actorId: ctx.world.coordinatorKanpur.id,
    over: { intervalDays: 21, unitsPerTransfusion: 2, lastTransfusionOn: addDays(today, -10) },
  });
  const donors = [];
  for (let i = 0; i < able; i++) donors.push(await createDonor(db, ctx.world.orgA.id, ctx.world.kanpur));
  const set = async (set: Partial<typeof donorsTable.$inferInsert>) => {
    const donor = await createDonor(db, ctx.world.orgA.id, ctx.world.kanpur); // a man: 90 days between donations
    await db.update(donorsTable).set(set).where(eq(donorsTable.id, donor.id));
    donors.push(donor);
  };
  // As a donation recorded at the centre leaves them: may give again 90 days later, after the 3 months' last day.
  for (let i = 0; i < resting; i++) {
    await set({ lastDonatedOn: addDays(today, -5), eligibleWholeBloodFrom: addDays(today, 85) });
  }
  for (let i = 0; i < deferred; i++) await set({ eligibleWholeBloodFrom: addDays(today, 200) });
  await addToRoster(
    db,
    patient,
    donors.map((d) => d.id),
  );
  return patient;
}

/** The shortfall as each endpoint answers it. */
async function shortfallEverywhere(patient: PatientRow) {
  const list = await coordinator().request({
    method: 'GET',
    url: `/api/v1/transfusion-patients?q=${encodeURIComponent(patient.reference)}`,
  });
  expect(list.statusCode, list.body).toBe(200);
  const summary = (list.json() as TransfusionPatientList).items.find((c) => c.id === patient.id);
  const detail = await coordinator().request({ method: 'GET', url: `/api/v1/transfusion-patients/${patient.id}` });
  expect(detail.statusCode, detail.body).toBe(200);
  const roster = await coordinator().request({
    method: 'GET',
    url: `/api/v1/transfusion-patients/${patient.id}/roster`,
  });
  expect(roster.statusCode, roster.body).toBe(200);
  return {
    summary: summary!,
    detail: detail.json() as TransfusionPatientDetail,
    roster: (roster.json() as RosterView).coverage,
  };
}

describe('a child’s pool shortfall', () => {
  it('is the same number in the list, the record and the roster: the pool needed less the donors available', async () => {
    // 365 / 21 × 2 ≈ 34.8 units a year ÷ (4 × 0.6) → 15 donors; 5 free and 2 resting count, 3 deferred do not: 8.
    const patient = await childWithPool(5, 2, 3);
    const { summary, detail, roster } = await shortfallEverywhere(patient);
    expect(roster).toMatchObject({
      poolSizeNeeded: 15,
      activeMembers: 10,
      donorsAvailable: 7,
      missingDonors: 8,
      warning: true,
    });
    expect(roster.missingDonors).toBe(roster.poolSizeNeeded - roster.donorsAvailable);
    for (const view of [summary, detail]) {
      expect(view).toMatchObject({
        rosterSize: 10,
        poolSizeNeeded: 15,
        missingDonors: roster.missingDonors,
        coverageWarning: roster.warning,
      });
    }
  });

  it('is nought everywhere once the pool has the donors it needs', async () => {
    const patient = await childWithPool(11, 4, 1);
    const { summary, detail, roster } = await shortfallEverywhere(patient);
    expect(roster).toMatchObject({ poolSizeNeeded: 15, donorsAvailable: 15, missingDonors: 0, warning: false });
    expect([summary.missingDonors, detail.missingDonors]).toEqual([0, 0]);
    expect([summary.coverageWarning, detail.coverageWarning]).toEqual([false, false]);
  });

  it('one donor short is one missing everywhere', async () => {
    const patient = await childWithPool(14, 0);
    const { summary, detail, roster } = await shortfallEverywhere(patient);
    expect([roster.missingDonors, summary.missingDonors, detail.missingDonors]).toEqual([1, 1, 1]);
    expect([roster.warning, summary.coverageWarning, detail.coverageWarning]).toEqual([true, true, true]);
  });
});
