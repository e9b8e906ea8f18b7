// How many units a transfusion is short is one number (domain/thalassemia/units-short.ts), whichever path opens or
// feeds the desk case for it: the roster job near the day, a decline that empties the pool, "book now". A case already
// open follows it: a further decline or a confirmation moves its blood need's quantity, each change a `field_edited`
// line on the case's timeline (who, when, needs before → after); a shortfall gone closes the case as no longer
// needed (the case lifecycle's own rule); nothing is written when nothing changed.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type {
  PatientTransfusions,
  PlanResult,
  TransfusionCalendar,
} from '../../src/shared/contracts/transfusion-bookings.js';
import { rowsOf } from '../../src/server/db/client.js';
import { addDays, kolkataDay } from '../../src/server/domain/blood/calendar.js';
import { runTransfusionRoster } from '../../src/server/usecases/transfusion-bookings/run-transfusion-roster.js';
import type { PatientRow } from '../../src/server/usecases/transfusion-patients/lock-patient.js';
import { createDonor } from '../factories/donors.js';
import { addToRoster, createTransfusionPatient } from '../factories/transfusion-patients.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({ roles: ['coordinatorKanpur', 'operatorKanpur'] });
const today = kolkataDay(new Date());

/** A Kanpur child (B+, `units` every 21 days, last transfused `sinceLast` days ago) with a pool of `pool` donors. */
async function childWithPool(options: {
  pool: number;
  units: number;
  sinceLast: number;
}): Promise<{ patient: PatientRow; pool: Array<{ id: string }> }> {
  const db = ctx.database.db;
  const patient = await createTransfusionPatient(db, {
    organisationId: ctx.world.orgA.id,
    district: ctx.world.kanpur,
    actorId: ctx.world.coordinatorKanpur.id,
    over: { unitsPerTransfusion: options.units, lastTransfusionOn: addDays(today, -options.sinceLast), bookAhead: 3 },
  });
  const pool = [];
  for (let i = 0; i < options.pool; i++) pool.push(await createDonor(db, ctx.world.orgA.id, ctx.world.kanpur));
  await addToRoster(
    db,
    patient,
    pool.map((d) => d.id),
  );
  return { patient, pool };
}

async function plan(patientId: string): Promise<PlanResult> {
  const response = await ctx.client('coordinatorKanpur').request({
    method: 'POST',
    url: `/api/v1/transfusion-patients/${patientId}/bookings/plan`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as PlanResult;
}

async function answer(patientId: string, bookingId: string, value: 'confirmed' | 'declined') {
  const response = await ctx.client('operatorKanpur').request({
    method: 'POST',
    url: `/api/v1/transfusion-patients/${patientId}/bookings/${bookingId}/answer`,
    payload: { answer: value },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as PatientTransfusions;
}

async function caseOf(transfusionId: string) {
  const [row] = rowsOf<{ case_id: string | null }>(
    await ctx.database.db.execute(sql`select case_id from transfusions where id = ${transfusionId}::uuid`),
  );
  if (!row?.case_id) return null;
  const [c] = rowsOf<{ id: string; status: string; close_reason: string | null; version: number; quantity: number }>(
    await ctx.database.db.execute(sql`select c.id, c.status, c.close_reason, c.version,
        (select n.quantity_requested from case_needs n where n.case_id = c.id and n.resource = 'blood'
          order by n.position limit 1) as quantity
      from cases c where c.id = ${row.case_id}::uuid`),
  );
  return c ?? null;
}

async function caseEvents(caseId: string) {
  return rowsOf<{ type: string; actor_id: string | null; at: string; before: unknown; after: unknown }>(
    await ctx.database.db.execute(sql`select type, actor_id, at, before, after from case_events
      where case_id = ${caseId}::uuid order by id`),
  );
}

/** What "book now" reports for one day: its total less the other days' (before the window: units less booked). */
const bookNowShortOf = (result: PlanResult, transfusionId: string) =>
  result.unitsMissing -
  result.items
    .filter((t) => t.id !== transfusionId)
    .reduce(
      (n, t) => n + t.units - t.bookings.filter((b) => ['booked', 'confirmed', 'donated'].includes(b.state)).length,
      0,
    );

const quantityEdits = async (caseId: string) =>
  (await caseEvents(caseId)).filter((e) => e.type === 'field_edited' && JSON.stringify(e.after).includes('needs'));

describe('the units a transfusion is short', () => {
  it('is the same number whether the roster job or a decline opens the case', async () => {
    // Due tomorrow (within the 72 h window), 3 units, a pool of exactly 3: one confirms, one is still only booked, one
    // declines and the pool is empty. Within the window only confirmed donors count: 3 − 1 = 2 units short.
    const byDecline = await childWithPool({ pool: 3, units: 3, sinceLast: 20 });
    const [first] = (await plan(byDecline.patient.id)).items;
    if (!first || first.bookings.length !== 3) throw new Error('not booked');
    expect(first.dueOn).toBe(addDays(today, 1));
    const [a, , c] = first.bookings;
    await answer(byDecline.patient.id, a!.id, 'confirmed');
    const afterDecline = await answer(byDecline.patient.id, c!.id, 'declined');
    expect(afterDecline.items.find((t) => t.id === first.id)?.caseId).toBeTruthy();
    const declineCase = await caseOf(first.id);

    // The same state reached without the decline path (the answers written directly), then the job alone opens it.
    const byJob = await childWithPool({ pool: 3, units: 3, sinceLast: 20 });
    const [other] = (await plan(byJob.patient.id)).items;
    if (!other || other.bookings.length !== 3) throw new Error('not booked');
    const [x, , z] = other.bookings;
    await ctx.database.db.execute(sql`update transfusion_bookings set state = 'confirmed' where id = ${x!.id}::uuid`);
    await ctx.database.db.execute(sql`update transfusion_bookings set state = 'declined' where id = ${z!.id}::uuid`);
    await runTransfusionRoster(ctx.database.db, undefined);
    const jobCase = await caseOf(other.id);

    // "Book now" reports the same number for that day.
    const bookNow = bookNowShortOf(await plan(byDecline.patient.id), first.id);
    // And the organisation's calendar marks that day short by as many.
    const calendar = await ctx.client('coordinatorKanpur').request({
      method: 'GET',
      url: `/api/v1/transfusion-calendar?from=${today}`,
    });
    expect(calendar.statusCode, calendar.body).toBe(200);
    const onCalendar = (calendar.json() as TransfusionCalendar).days
      .flatMap((d) => d.transfusions)
      .find((t) => t.transfusionId === first.id)?.unitsShort;
    expect({ decline: declineCase?.quantity, job: jobCase?.quantity, bookNow, onCalendar }).toEqual({
      decline: 2,
      job: 2,
      bookNow: 2,
      onCalendar: 2,
    });
    // The job running over the declined child agrees with what the decline opened: nothing more on its case.
    expect((await caseOf(first.id))?.quantity).toBe(2);
    expect(await quantityEdits(declineCase!.id)).toEqual([]);
  });

  it('an open case follows a further decline and a confirmation, once each; nothing is written when nothing changed', async () => {
    // Due tomorrow, 4 units, a pool of 4: two confirm, the fourth declines (pool empty) → 4 − 2 = 2 short.
    const { patient } = await childWithPool({ pool: 4, units: 4, sinceLast: 20 });
    const [first] = (await plan(patient.id)).items;
    if (!first || first.bookings.length !== 4) throw new Error('not booked');
    const [a, b, c, d] = first.bookings;
    await answer(patient.id, a!.id, 'confirmed');
    await answer(patient.id, b!.id, 'confirmed');
    await answer(patient.id, d!.id, 'declined');
    const opened = await caseOf(first.id);
    expect(opened).toMatchObject({ status: 'new', quantity: 2 });

    // A confirmed donor drops out: 3 short.
    await answer(patient.id, b!.id, 'declined');
    expect((await caseOf(first.id))?.quantity).toBe(3);
    // The donor still only booked confirms: 2 short.
    await answer(patient.id, c!.id, 'confirmed');
    expect((await caseOf(first.id))?.quantity).toBe(2);

    const edits = await quantityEdits(opened!.id);
    expect(edits.map((e) => [e.before, e.after])).toEqual([
      [
        { needs: [{ resource: 'blood', quantity: 2, bloodGroup: 'B+', medicine: null }] },
        expect.objectContaining({ needs: [{ resource: 'blood', quantity: 3, bloodGroup: 'B+', medicine: null }] }),
      ],
      [
        { needs: [{ resource: 'blood', quantity: 3, bloodGroup: 'B+', medicine: null }] },
        expect.objectContaining({ needs: [{ resource: 'blood', quantity: 2, bloodGroup: 'B+', medicine: null }] }),
      ],
    ]);
    // Who changed it (the operator who recorded the answer) and when.
    for (const e of edits) {
      expect(e.actor_id).toBe(ctx.world.operatorKanpur.id);
      expect(e.at).toBeTruthy();
    }

    // Nothing changed: the job (twice) and "book now" write nothing on the case.
    const before = { row: await caseOf(first.id), events: (await caseEvents(opened!.id)).length };
    await runTransfusionRoster(ctx.database.db, undefined);
    await runTransfusionRoster(ctx.database.db, undefined);
    const planned = await plan(patient.id);
    expect({ row: await caseOf(first.id), events: (await caseEvents(opened!.id)).length }).toEqual(before);
    // "Book now" reports the same units missing for the day as the case asks for.
    expect(bookNowShortOf(planned, first.id)).toBe(2);
  });

  it('before the window a booked donor counts; a shortfall gone closes the case as no longer needed', async () => {
    // Due in 11 days, 1 unit, a pool of 1: the donor declines, the pool is empty → a case for 1 unit.
    const { patient } = await childWithPool({ pool: 1, units: 1, sinceLast: 10 });
    const [first] = (await plan(patient.id)).items;
    const only = first?.bookings[0];
    if (!first || !only) throw new Error('not booked');
    await answer(patient.id, only.id, 'declined');
    const opened = await caseOf(first.id);
    expect(opened).toMatchObject({ status: 'new', quantity: 1 });

    // A donor joins the pool and "book now" books them: before the window a booked donor holds the unit, 0 short.
    const joined = await createDonor(ctx.database.db, ctx.world.orgA.id, ctx.world.kanpur);
    await addToRoster(ctx.database.db, patient, [joined.id]);
    await plan(patient.id);
    expect(await caseOf(first.id)).toMatchObject({ status: 'closed', close_reason: 'no_longer_needed', quantity: 1 });
    const closing = (await caseEvents(opened!.id)).filter((e) => e.type === 'status_changed');
    expect(closing).toHaveLength(1);
    expect(closing[0]).toMatchObject({
      actor_id: ctx.world.coordinatorKanpur.id,
      after: { status: 'closed', closeReason: 'no_longer_needed', unitsShort: 0 },
    });
  });
});
