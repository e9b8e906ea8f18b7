// The care figures of issue #14 (part 5) beside the blood figures: camps held (units collected against target),
// children served and transfusions met on time, for an organisation and period — as JSON and as CSV, made from the
// same answer — read by the desk (viewers too) in the districts they reach, "not found" outside them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db, DbOrTx } from '../../src/server/db/client.js';
import { transfusions } from '../../src/server/db/schema/index.js';
import type { BloodFigures } from '../../src/shared/contracts/blood-reports.js';
import type { CampRegistrationState, TransfusionState } from '../../src/shared/enums.js';
import { createCamp, createCampRegistration } from '../factories/camps.js';
import { createDonations } from '../factories/donations.js';
import { createDonor } from '../factories/donors.js';
import { createTransfusionPatient } from '../factories/transfusion-patients.js';
import { signIn, type Client } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({ roles: ['coordinatorKanpur', 'viewerA', 'volunteerKanpur', 'admin'] });
const coordinator = ctx.client('coordinatorKanpur');
const viewer = ctx.client('viewerA');
const volunteer = ctx.client('volunteerKanpur');
const admin = ctx.client('admin');
let prayagraj: Client;

const spring = { from: '2026-03-01', to: '2026-04-30' };
const url = (query: Record<string, string>) => `/api/v1/reports/blood?${new URLSearchParams(query).toString()}`;

/** A held (or planned) camp on a Kolkata day with registrations in the given states (donors give one unit). */
async function campOn(
  db: DbOrTx,
  organisationId: string,
  districtCode: string,
  day: string,
  over: { state?: 'planned' | 'held' | 'cancelled'; targetUnits?: number; title?: string } = {},
  registrations: CampRegistrationState[] = [],
): Promise<string> {
  const camp = await createCamp(db, organisationId, districtCode, {
    title: over.title ?? 'Blood donation camp',
    startsAt: new Date(`${day}T09:00:00+05:30`),
    endsAt: new Date(`${day}T15:00:00+05:30`),
    targetUnits: over.targetUnits ?? 20,
    state: over.state ?? 'held',
  });
  for (const state of registrations) {
    const came = state !== 'registered' && state !== 'cancelled';
    await createCampRegistration(db, camp, {
      state,
      checkedInAt: came ? new Date(`${day}T10:00:00+05:30`) : null,
      product: state === 'donated' ? 'whole_blood' : null,
      units: state === 'donated' ? 1 : null,
    });
  }
  return camp.id;
}

/** A child on regular transfusion (one unit each time) with the given calendar: [due day, state, day done]. */
async function childWith(
  db: Db,
  organisationId: string,
  district: string,
  calendar: Array<[string, TransfusionState, string?]>,
): Promise<string> {
  const child = await createTransfusionPatient(db, { organisationId, district, over: { unitsPerTransfusion: 1 } });
  for (const [dueOn, state, doneOn] of calendar) {
    await db.insert(transfusions).values({
      patientId: child.id,
      organisationId,
      districtCode: district,
      dueOn,
      units: 1,
      state,
      doneOn: doneOn ?? null,
      unitsGiven: doneOn ? 1 : null,
    });
  }
  return child.id;
}

beforeAll(async () => {
  const { world } = ctx;
  const db = ctx.database.db;
  prayagraj = await signIn(ctx.app, world.coordinatorPrayagraj.phone, world.coordinatorPrayagraj.password);
  // Kanpur: one camp held in March (2 donated, 1 deferred, 1 did not come), one still planned, one held in May.
  await campOn(db, world.orgA.id, world.kanpur, '2026-03-15', { targetUnits: 20, title: 'Police Lines camp' }, [
    'donated',
    'donated',
    'deferred',
    'registered',
  ]);
  await campOn(db, world.orgA.id, world.kanpur, '2026-04-20', { state: 'planned' }, ['registered']);
  await campOn(db, world.orgA.id, world.kanpur, '2026-05-03', {}, ['donated']);
  // Unnao (the same organisation, outside the Kanpur coordinator's district) and Prayagraj (another organisation).
  await campOn(db, world.orgA.id, world.unnao, '2026-04-05', { targetUnits: 10 }, ['donated', 'donated', 'donated']);
  await campOn(db, world.orgB.id, world.prayagraj, '2026-03-20', {}, ['donated']);
  // Kanpur's two children: on time (3), late (1), missed (1), still open long after its day (1), cancelled (1).
  await childWith(db, world.orgA.id, world.kanpur, [
    ['2026-03-01', 'done', '2026-03-01'],
    ['2026-03-22', 'done', '2026-03-26'],
    ['2026-04-12', 'missed'],
    ['2026-05-03', 'done', '2026-05-03'],
  ]);
  await childWith(db, world.orgA.id, world.kanpur, [
    ['2026-02-27', 'done', '2026-03-01'],
    ['2026-03-28', 'done', '2026-03-30'],
    ['2026-04-10', 'cancelled'],
    ['2026-04-25', 'done', '2026-04-25'],
    ['2026-04-28', 'covered'],
  ]);
  // A child in Kanpur who was not transfused in the period, one in Unnao and one in Prayagraj.
  await childWith(db, world.orgA.id, world.kanpur, [['2026-06-01', 'done', '2026-06-01']]);
  await childWith(db, world.orgA.id, world.unnao, [['2026-03-05', 'done', '2026-03-05']]);
  await childWith(db, world.orgB.id, world.prayagraj, [['2026-03-05', 'done', '2026-03-09']]);
  // The units the blood figures count, to see them in the CSV beside the care figures.
  const officer = await createDonor(db, world.orgA.id, world.kanpur, { category: 'police' });
  await createDonations(db, officer.id, [{ product: 'whole_blood', donatedOn: '2026-03-15' }]);
});

describe('care figures', () => {
  it('count camps held, children served and transfusions met on time in the reader’s districts', async () => {
    const response = await coordinator.request({
      method: 'GET',
      url: url({ organisationId: ctx.world.orgA.id, ...spring }),
    });
    expect(response.statusCode, response.body).toBe(200);
    const { care } = response.json() as BloodFigures;
    expect(care.camps).toMatchObject({
      held: 1,
      targetUnits: 20,
      unitsCollected: 2,
      registered: 4,
      came: 3,
      donated: 2,
      deferred: 1,
    });
    expect(care.camps.list).toEqual([
      expect.objectContaining({ title: 'Police Lines camp', day: '2026-03-15', unitsCollected: 2, targetUnits: 20 }),
    ]);
    // Both Kanpur children were transfused in the period (one by the transfusion due on 27 February).
    expect(care.childrenServed).toBe(2);
    expect(care.transfusions).toEqual({
      due: 6,
      onTime: 3,
      late: 1,
      missed: 1,
      overdue: 1,
      pending: 0,
      onTimePercent: 50,
      graceDays: 2,
    });
  });

  it('give a viewer of the whole organisation both districts, a district alone, and an admin everything', async () => {
    const ofViewer = (
      await viewer.request({ method: 'GET', url: url({ organisationId: ctx.world.orgA.id, ...spring }) })
    ).json() as BloodFigures;
    expect(ofViewer.care.camps).toMatchObject({ held: 2, unitsCollected: 5, targetUnits: 30 });
    expect(ofViewer.care.camps.list.map((c) => c.day)).toEqual(['2026-04-05', '2026-03-15']);
    expect(ofViewer.care.childrenServed).toBe(3);
    expect(ofViewer.care.transfusions.onTime).toBe(4);
    const unnao = (
      await viewer.request({ method: 'GET', url: url({ district: ctx.world.unnao, ...spring }) })
    ).json() as BloodFigures;
    expect(unnao.care).toMatchObject({ camps: { held: 1, unitsCollected: 3 }, childrenServed: 1 });
    const everything = (await admin.request({ method: 'GET', url: url(spring) })).json() as BloodFigures;
    expect(everything.care.camps.held).toBe(3);
    expect(everything.care.childrenServed).toBe(4);
    expect(everything.care.transfusions).toMatchObject({ due: 8, onTime: 4, late: 2 });
    // Without a start: everything up to the end of the period (the May camp and transfusions are after it).
    const since = (
      await admin.request({ method: 'GET', url: url({ organisationId: ctx.world.orgA.id, to: '2026-05-31' }) })
    ).json() as BloodFigures;
    expect(since.care.camps.held).toBe(3);
  });

  it('are "not found" for another organisation or district, and refused to volunteers', async () => {
    expectProblem(
      await prayagraj.request({ method: 'GET', url: url({ organisationId: ctx.world.orgA.id, ...spring }) }),
      404,
      'not_found',
    );
    expectProblem(
      await coordinator.request({ method: 'GET', url: url({ district: ctx.world.unnao, format: 'csv' }) }),
      404,
      'not_found',
    );
    expectProblem(await volunteer.request({ method: 'GET', url: url({ format: 'csv' }) }), 403, 'forbidden');
    const own = (await prayagraj.request({ method: 'GET', url: url(spring) })).json() as BloodFigures;
    expect(own.care).toMatchObject({ camps: { held: 1 }, childrenServed: 1, transfusions: { due: 1, late: 1 } });
  });

  it('come as CSV with the very numbers of the JSON, and refuse an unknown format naming the field', async () => {
    const query = { organisationId: ctx.world.orgA.id, ...spring };
    const json = (await coordinator.request({ method: 'GET', url: url(query) })).json() as BloodFigures;
    const response = await coordinator.request({ method: 'GET', url: url({ ...query, format: 'csv' }) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="blood-figures-2026-03-01-to-2026-04-30.csv"',
    );
    const lines = response.body
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('section,item,value');
    const value = (section: string, item: string) => {
      const line = lines.find((l) => l.startsWith(`${section},${item},`));
      return line?.slice(`${section},${item},`.length);
    };
    expect(value('units', 'total')).toBe(String(json.totals.units));
    expect(value('units_by_category', 'police')).toBe('1');
    expect(value('camps', 'held')).toBe('1');
    expect(value('camps', 'units_collected')).toBe('2');
    expect(value('camps', 'target_units')).toBe('20');
    expect(value('children', 'served')).toBe('2');
    expect(value('transfusions', 'on_time')).toBe('3');
    expect(value('transfusions', 'on_time_percent')).toBe('50');
    expect(lines).toContain('camp_units_collected,"2026-03-15 Police Lines camp (Police Lines, Kanpur)",2');

    const bad = expectProblem(
      await coordinator.request({ method: 'GET', url: url({ ...spring, format: 'xlsx' }) }),
      400,
      'validation_failed',
    );
    expect(bad.errors).toEqual([expect.objectContaining({ field: 'querystring.format', code: 'invalid_value' })]);
  });
});
