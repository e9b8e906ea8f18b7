// Thalassemia rosters (issue #14, part 2): a child's next transfusions booked from the pool, donors' answers (by an
// operator and by WhatsApp), a decline booking the next in the pool, the pool running out (a desk case and outreach),
// the centre's outcome, the day-before reminder sent once by the roster job, bad input, and scope.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PatientTransfusions, PlanResult } from '../../src/shared/contracts/transfusion-bookings.js';
import { rowsOf } from '../../src/server/db/client.js';
import { addDays, kolkataDay } from '../../src/server/domain/blood/calendar.js';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { runTransfusionRoster } from '../../src/server/usecases/transfusion-bookings/run-transfusion-roster.js';
import type { PatientRow } from '../../src/server/usecases/transfusion-patients/lock-patient.js';
import { createChannelAccount, postInbound, type TestAccount } from '../factories/channels.js';
import { createDonor } from '../factories/donors.js';
import { addToRoster, createTransfusionPatient } from '../factories/transfusion-patients.js';
import { testSecret } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({ roles: ['coordinatorKanpur', 'operatorKanpur', 'coordinatorPrayagraj'] });
const links = { secret: testSecret, publicUrl: 'http://localhost:3000' };
let whatsapp: TestAccount;
const today = kolkataDay(new Date());

beforeAll(async () => {
  whatsapp = await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'whatsapp');
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
});

/** A Kanpur child (B+, `units` every 21 days, last transfused `sinceLast` days ago) with a pool of B+ donors. */
async function childWithPool(options: {
  pool: number;
  units?: number;
  sinceLast?: number;
  language?: 'hi' | 'en';
  ineligible?: number;
}): Promise<{ patient: PatientRow; pool: Array<{ id: string; phone: string }>; ineligible: Array<{ id: string }> }> {
  const db = ctx.database.db;
  const patient = await createTransfusionPatient(db, {
    organisationId: ctx.world.orgA.id,
    district: ctx.world.kanpur,
    actorId: ctx.world.coordinatorKanpur.id,
    over: {
      unitsPerTransfusion: options.units ?? 2,
      lastTransfusionOn: addDays(today, -(options.sinceLast ?? 10)),
      bookAhead: 3,
    },
  });
  const pool = [];
  for (let i = 0; i < options.pool; i++) {
    pool.push(await createDonor(db, ctx.world.orgA.id, ctx.world.kanpur, { language: options.language ?? 'en' }));
  }
  // Gave blood a month ago: not eligible for whole blood for two more months.
  const ineligible = [];
  for (let i = 0; i < (options.ineligible ?? 0); i++) {
    ineligible.push(
      await createDonor(db, ctx.world.orgA.id, ctx.world.kanpur, { lastDonation: addDays(today, -30), language: 'en' }),
    );
  }
  await addToRoster(
    db,
    patient,
    [...pool, ...ineligible].map((d) => d.id),
  );
  return { patient, pool, ineligible };
}

const coordinator = () => ctx.client('coordinatorKanpur');

async function plan(patientId: string): Promise<PlanResult> {
  const response = await coordinator().request({
    method: 'POST',
    url: `/api/v1/transfusion-patients/${patientId}/bookings/plan`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as PlanResult;
}

async function calendar(patientId: string): Promise<PatientTransfusions> {
  const response = await coordinator().request({
    method: 'GET',
    url: `/api/v1/transfusion-patients/${patientId}/transfusions?pastDays=0`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as PatientTransfusions;
}

async function outbox(phone: string) {
  return rowsOf<{ template: string; body: string; language: string }>(
    await ctx.database.db.execute(
      sql`select template, body, language from outbox where to_address = ${phone} order by created_at, id`,
    ),
  );
}

async function drainInbox(): Promise<void> {
  while ((await processNextInboxItem({ db: ctx.database.db })) !== 'none');
}

async function patientEvents(patientId: string) {
  return rowsOf<{ type: string; details: Record<string, unknown> }>(
    await ctx.database.db.execute(
      sql`select type, details from transfusion_patient_events where patient_id = ${patientId}::uuid order by id`,
    ),
  );
}

const activeBookings = (t: PatientTransfusions['items'][number]) =>
  t.bookings.filter((b) => ['booked', 'confirmed', 'donated'].includes(b.state));

describe('booking ahead from the pool', () => {
  it('books the next three transfusions, a donor per unit, never an ineligible donor, and asks each donor', async () => {
    const { patient, pool, ineligible } = await childWithPool({ pool: 8, ineligible: 2 });
    const result = await plan(patient.id);
    expect(result).toMatchObject({ planned: 3, booked: 6, unitsMissing: 0 });
    expect(result.items.map((t) => t.dueOn)).toEqual([addDays(today, 11), addDays(today, 32), addDays(today, 53)]);
    const booked = result.items.flatMap(activeBookings);
    for (const t of result.items) {
      expect(t).toMatchObject({ state: 'covered', units: 2, bookedUnits: 2, confirmedUnits: 0 });
    }
    // Six different donors (90 days between two donations is more than the three weeks between transfusions).
    expect(new Set(booked.map((b) => b.donorId)).size).toBe(6);
    const ineligibleIds = new Set(ineligible.map((d) => d.id));
    expect(booked.filter((b) => ineligibleIds.has(b.donorId))).toEqual([]);
    // Masked donors: a short name and a masked phone.
    expect(booked[0]?.donorPhone).toMatch(/x/);
    expect(booked[0]?.donorName).toMatch(/^Donor .\.$|^Donor \w+$/);
    // Each booked donor asked once on WhatsApp, with the date and the centre.
    for (const b of booked) {
      const phone = pool.find((d) => d.id === b.donorId)?.phone ?? '';
      const sent = await outbox(phone);
      expect(sent.map((m) => m.template)).toEqual(['transfusion_booking.ask']);
      expect(sent[0]?.body).toContain(patient.reference);
      expect(sent[0]?.body).toContain('Hallet Hospital');
      expect(b.askedAt).not.toBeNull();
    }
    // Planning again books nobody new.
    expect(await plan(patient.id)).toMatchObject({ planned: 0, booked: 0, unitsMissing: 0 });
    const types = (await patientEvents(patient.id)).map((e) => e.type);
    expect(types.filter((t) => t === 'transfusion_planned')).toHaveLength(3);
    expect(types.filter((t) => t === 'booking_made')).toHaveLength(6);
  });

  it('a decline by the operator books the next in the pool', async () => {
    const { patient } = await childWithPool({ pool: 8 });
    const first = (await plan(patient.id)).items[0];
    const declined = first?.bookings[0];
    if (!first || !declined) throw new Error('nothing booked');
    const response = await ctx.client('operatorKanpur').request({
      method: 'POST',
      url: `/api/v1/transfusion-patients/${patient.id}/bookings/${declined.id}/answer`,
      payload: { answer: 'declined', note: 'Travelling that week' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const after = (response.json() as PatientTransfusions).items.find((t) => t.id === first.id);
    expect(after?.bookings.find((b) => b.id === declined.id)).toMatchObject({
      state: 'declined',
      answerChannel: 'operator',
    });
    const holding = after ? activeBookings(after) : [];
    expect(holding).toHaveLength(2);
    expect(holding.map((b) => b.donorId)).not.toContain(declined.donorId);
    expect(after?.state).toBe('covered');
    const rebooked = (await patientEvents(patient.id)).find((e) => e.type === 'booking_rebooked');
    expect(rebooked?.details).toMatchObject({ transfusionId: first.id, replacedDonorId: declined.donorId });
    // A declined booking cannot be confirmed afterwards.
    const again = await ctx.client('operatorKanpur').request({
      method: 'POST',
      url: `/api/v1/transfusion-patients/${patient.id}/bookings/${declined.id}/answer`,
      payload: { answer: 'confirmed' },
    });
    expectProblem(again, 409, 'transfusion_unavailable');
  });

  it('when the pool is exhausted, a decline opens a desk case for the transfusion and starts outreach', async () => {
    const { patient } = await childWithPool({ pool: 1, units: 1 });
    // Donors outside the pool whom outreach can ask.
    for (let i = 0; i < 3; i++) await createDonor(ctx.database.db, ctx.world.orgA.id, ctx.world.kanpur);
    const result = await plan(patient.id);
    // One donor cannot give three weeks apart: the first transfusion is covered, the next two are short.
    expect(result).toMatchObject({ booked: 1, unitsMissing: 2 });
    const first = result.items[0];
    const only = first?.bookings[0];
    if (!first || !only) throw new Error('nothing booked');
    const response = await coordinator().request({
      method: 'POST',
      url: `/api/v1/transfusion-patients/${patient.id}/bookings/${only.id}/answer`,
      payload: { answer: 'declined' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const after = (response.json() as PatientTransfusions).items.find((t) => t.id === first.id);
    expect(after?.state).toBe('planned');
    expect(after?.caseId).toBeTruthy();
    expect(after?.caseReference).toBeTruthy();
    const [opened] = rowsOf<{ conditions: string[]; transfusion_date: string; computed_priority: string }>(
      await ctx.database.db.execute(
        sql`select conditions, transfusion_date, computed_priority from cases where id = ${after?.caseId}::uuid`,
      ),
    );
    expect(opened).toMatchObject({ conditions: ['thalassemia'], transfusion_date: first.dueOn });
    const needs = rowsOf<{ resource: string; quantity_requested: number; blood_group: string; run: string | null }>(
      await ctx.database.db.execute(sql`select n.resource, n.quantity_requested, n.blood_group, r.state as run
        from case_needs n left join outreach_runs r on r.need_id = n.id where n.case_id = ${after?.caseId}::uuid`),
    );
    expect(needs).toEqual([{ resource: 'blood', quantity_requested: 1, blood_group: 'B+', run: 'running' }]);
    const [asks] = rowsOf<{ n: number }>(
      await ctx.database.db.execute(
        sql`select count(*)::int as n from donor_asks where case_id = ${after?.caseId}::uuid`,
      ),
    );
    expect(asks?.n).toBeGreaterThan(0);
    const types = (await patientEvents(patient.id)).map((e) => e.type);
    expect(types).toContain('pool_exhausted');
    expect(types).toContain('transfusion_case_opened');

    // The transfusion given, its case closes and nobody more is asked for it.
    const done = await coordinator().request({
      method: 'POST',
      url: `/api/v1/transfusion-patients/${patient.id}/transfusions/${first.id}/done`,
      payload: { doneOn: today, unitsGiven: 1 },
    });
    expect(done.statusCode, done.body).toBe(200);
    const [closed] = rowsOf<{ status: string; close_reason: string; runs: number; open_asks: number }>(
      await ctx.database.db.execute(sql`select c.status, c.close_reason,
          (select count(*)::int from outreach_runs r join case_needs n on n.id = r.need_id
            where n.case_id = c.id and r.state = 'running') as runs,
          (select count(*)::int from donor_asks a where a.case_id = c.id and a.state in ('queued', 'sent')) as open_asks
        from cases c where c.id = ${after?.caseId}::uuid`),
    );
    expect(closed).toEqual({ status: 'closed', close_reason: 'no_longer_needed', runs: 0, open_asks: 0 });
    const [event] = rowsOf<{ actor_id: string }>(
      await ctx.database.db.execute(sql`select actor_id from case_events
        where case_id = ${after?.caseId}::uuid and type = 'status_changed' order by at desc limit 1`),
    );
    expect(event?.actor_id).toBe(ctx.world.coordinatorKanpur.id);
  });
});

describe('donors answer by WhatsApp', () => {
  it('YES confirms the booking and tells the donor; नहीं declines and books the next', async () => {
    const { patient, pool } = await childWithPool({ pool: 8, language: 'hi' });
    const [first] = (await plan(patient.id)).items;
    const [a, b] = first?.bookings ?? [];
    if (!first || !a || !b) throw new Error('nothing booked');
    const phoneOf = (donorId: string) => pool.find((d) => d.id === donorId)?.phone ?? '';
    expect((await postInbound(ctx.app, whatsapp, { from: phoneOf(a.donorId), text: 'YES' })).statusCode).toBe(200);
    expect((await postInbound(ctx.app, whatsapp, { from: phoneOf(b.donorId), text: 'नहीं' })).statusCode).toBe(200);
    await drainInbox();
    const after = (await calendar(patient.id)).items.find((t) => t.id === first.id);
    expect(after?.bookings.find((x) => x.id === a.id)).toMatchObject({ state: 'confirmed', answerChannel: 'whatsapp' });
    expect(after?.bookings.find((x) => x.id === b.id)).toMatchObject({ state: 'declined', answerChannel: 'whatsapp' });
    expect(after ? activeBookings(after) : []).toHaveLength(2);
    expect(after?.confirmedUnits).toBe(1);
    const told = await outbox(phoneOf(a.donorId));
    expect(told.map((m) => m.template)).toEqual(['transfusion_booking.ask', 'transfusion_booking.confirmed']);
    // In the donor's language (Hindi, Devanagari).
    expect(told[1]?.language).toBe('hi');
    expect(told[1]?.body).toMatch(/धन्यवाद/);
    expect((await outbox(phoneOf(b.donorId))).map((m) => m.template)).toContain('transfusion_booking.declined');
  });
});

describe('the pool runs out by a message', () => {
  it('a NO by WhatsApp from the last donor opens the case at once; the roster job starts its outreach', async () => {
    const { patient, pool } = await childWithPool({ pool: 1, units: 1 });
    for (let i = 0; i < 2; i++) await createDonor(ctx.database.db, ctx.world.orgA.id, ctx.world.kanpur);
    const [first] = (await plan(patient.id)).items;
    const only = first?.bookings[0];
    if (!first || !only) throw new Error('nothing booked');
    expect((await postInbound(ctx.app, whatsapp, { from: pool[0]?.phone ?? '', text: 'no' })).statusCode).toBe(200);
    await drainInbox();
    const after = (await calendar(patient.id)).items.find((t) => t.id === first.id);
    expect(after?.bookings.find((b) => b.id === only.id)?.state).toBe('declined');
    expect(after?.caseId).toBeTruthy();
    const runOf = async () =>
      rowsOf<{ state: string }>(
        await ctx.database.db.execute(sql`select r.state from outreach_runs r join case_needs n on n.id = r.need_id
          where n.case_id = ${after?.caseId}::uuid`),
      );
    expect(await runOf()).toEqual([]);
    const run = await runTransfusionRoster(ctx.database.db, links);
    expect(run.outreachStarted).toBeGreaterThanOrEqual(1);
    expect((await runOf()).map((r) => r.state)).toEqual(['running']);
  });
});

describe('the centre and the calendar', () => {
  it('a donation at the centre is recorded on the donor; the transfusion is then marked done', async () => {
    const { patient } = await childWithPool({ pool: 8, sinceLast: 21 });
    const [first] = (await plan(patient.id)).items;
    expect(first?.dueOn).toBe(today);
    const booking = first?.bookings[0];
    if (!first || !booking) throw new Error('nothing booked');
    const response = await coordinator().request({
      method: 'POST',
      url: `/api/v1/transfusion-patients/${patient.id}/bookings/${booking.id}/outcome`,
      payload: { outcome: 'donated', bagNumber: `BAG-${booking.id.slice(0, 8)}` },
    });
    expect(response.statusCode, response.body).toBe(200);
    const after = (response.json() as PatientTransfusions).items.find((t) => t.id === first.id);
    const given = after?.bookings.find((b) => b.id === booking.id);
    expect(given?.state).toBe('donated');
    expect(given?.donationId).toBeTruthy();
    const [donor] = rowsOf<{ last_donated_on: string; eligible_whole_blood_from: string; reached_note: string }>(
      await ctx.database.db.execute(sql`select d.last_donated_on, d.eligible_whole_blood_from, x.reached_note
        from donors d join donations x on x.donor_id = d.id where d.id = ${booking.donorId}::uuid`),
    );
    expect(donor).toMatchObject({ last_donated_on: today, eligible_whole_blood_from: addDays(today, 90) });
    expect(donor?.reached_note).toContain('thalassemia child at Thalassemia Day Care, Hallet Hospital');
    // The donor is thanked in their own language, where the blood went included.
    const [thanks] = rowsOf<{ body: string; language: string }>(
      await ctx.database.db.execute(sql`select o.body, o.language from outbox o join donors d on d.phone = o.to_address
        where d.id = ${booking.donorId}::uuid and o.template = 'donor_thanks.thanks'`),
    );
    expect(thanks?.body).toContain(thanks?.language === 'hi' ? 'थैलेसीमिया से पीड़ित एक बच्चे तक' : 'a thalassemia child at');

    const done = await coordinator().request({
      method: 'POST',
      url: `/api/v1/transfusion-patients/${patient.id}/transfusions/${first.id}/done`,
      payload: { doneOn: today, unitsGiven: 2 },
    });
    expect(done.statusCode, done.body).toBe(200);
    const items = (done.json() as PatientTransfusions).items;
    expect(items.find((t) => t.id === first.id)).toMatchObject({ state: 'done', doneOn: today, unitsGiven: 2 });
    // The calendar keeps three upcoming transfusions: a new one three weeks after the last.
    expect(items.filter((t) => t.dueOn > today && t.state !== 'cancelled')).toHaveLength(3);
  });

  it('a centre deferral sets the donor’s eligibility and books the next in the pool; a missed day releases donors', async () => {
    const { patient } = await childWithPool({ pool: 8 });
    const [first, second] = (await plan(patient.id)).items;
    const booking = first?.bookings[0];
    if (!first || !second || !booking) throw new Error('nothing booked');
    const until = addDays(today, 30);
    const response = await coordinator().request({
      method: 'POST',
      url: `/api/v1/transfusion-patients/${patient.id}/bookings/${booking.id}/outcome`,
      payload: { outcome: 'deferred', reason: 'Low haemoglobin (11.8 g/dL)', until },
    });
    expect(response.statusCode, response.body).toBe(200);
    const after = (response.json() as PatientTransfusions).items.find((t) => t.id === first.id);
    expect(after?.bookings.find((b) => b.id === booking.id)).toMatchObject({
      state: 'deferred',
      deferralReason: 'Low haemoglobin (11.8 g/dL)',
    });
    expect(after ? activeBookings(after).map((b) => b.donorId) : []).not.toContain(booking.donorId);
    expect(after ? activeBookings(after) : []).toHaveLength(2);
    const [donor] = rowsOf<{ centre_deferral_until: string; eligible_whole_blood_from: string }>(
      await ctx.database.db.execute(sql`select centre_deferral_until, eligible_whole_blood_from from donors
        where id = ${booking.donorId}::uuid`),
    );
    expect(donor).toMatchObject({ centre_deferral_until: until, eligible_whole_blood_from: until });

    const markMissed = () =>
      coordinator().request({
        method: 'POST',
        url: `/api/v1/transfusion-patients/${patient.id}/transfusions/${second.id}/missed`,
        payload: { reason: 'The child was unwell' },
      });
    // Not before its day: it may still be given. The calendar says so before anyone tries.
    expect(second.dueOn > today).toBe(true);
    expect(second.missable).toBe(false);
    const early = await markMissed();
    expectProblem(early, 409, 'transfusion_unavailable');
    expect(early.json()).toMatchObject({ detail: expect.stringContaining('not come yet') });
    // Its day comes (the calendar moved to today by the centre), then it can be missed.
    await ctx.database.db.execute(sql`update transfusions set due_on = ${today} where id = ${second.id}::uuid`);
    expect((await calendar(patient.id)).items.find((t) => t.id === second.id)?.missable).toBe(true);
    const missed = await markMissed();
    expect(missed.statusCode, missed.body).toBe(200);
    const gone = (missed.json() as PatientTransfusions).items.find((t) => t.id === second.id);
    expect(gone?.state).toBe('missed');
    expect(gone ? activeBookings(gone) : ['still booked']).toEqual([]);
    // Nothing more can be recorded on a missed transfusion.
    const late = await coordinator().request({
      method: 'POST',
      url: `/api/v1/transfusion-patients/${patient.id}/transfusions/${second.id}/move`,
      payload: { dueOn: addDays(today, 40) },
    });
    expectProblem(late, 409, 'transfusion_unavailable');
  });

  it('moving a transfusion releases its donors and books the pool for the new day', async () => {
    const { patient } = await childWithPool({ pool: 8 });
    const [first] = (await plan(patient.id)).items;
    if (!first) throw new Error('nothing planned');
    const newDay = addDays(first.dueOn, 2);
    const response = await coordinator().request({
      method: 'POST',
      url: `/api/v1/transfusion-patients/${patient.id}/transfusions/${first.id}/move`,
      payload: { dueOn: newDay, reason: 'The centre is closed that day' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const moved = (response.json() as PatientTransfusions).items.find((t) => t.id === first.id);
    expect(moved?.dueOn).toBe(newDay);
    expect(moved ? activeBookings(moved) : []).toHaveLength(2);
    expect(moved?.state).toBe('covered');
  });

  it('the organisation calendar lists the children’s transfusions by day, in scope only', async () => {
    const { patient } = await childWithPool({ pool: 8 });
    await plan(patient.id);
    const url = `/api/v1/transfusion-calendar?from=${today}&to=${addDays(today, 60)}`;
    const mine = await coordinator().request({ method: 'GET', url });
    expect(mine.statusCode, mine.body).toBe(200);
    const days = (mine.json() as { days: Array<{ day: string; transfusions: Array<{ patientId: string }> }> }).days;
    const hers = days.filter((d) => d.transfusions.some((t) => t.patientId === patient.id)).map((d) => d.day);
    expect(hers).toEqual([addDays(today, 11), addDays(today, 32), addDays(today, 53)]);
    const other = await ctx.client('coordinatorPrayagraj').request({ method: 'GET', url });
    expect(other.statusCode, other.body).toBe(200);
    const seen = (other.json() as { days: Array<{ transfusions: Array<{ patientId: string }> }> }).days.flatMap(
      (d) => d.transfusions,
    );
    expect(seen.filter((t) => t.patientId === patient.id)).toEqual([]);
    // Another organisation's coordinator gets "not found" on the child's calendar and actions.
    const hidden = await ctx.client('coordinatorPrayagraj').request({
      method: 'GET',
      url: `/api/v1/transfusion-patients/${patient.id}/transfusions`,
    });
    expectProblem(hidden, 404, 'not_found');
    const plannedByOther = await ctx.client('coordinatorPrayagraj').request({
      method: 'POST',
      url: `/api/v1/transfusion-patients/${patient.id}/bookings/plan`,
    });
    expectProblem(plannedByOther, 404, 'not_found');
  });
});

describe('the roster job', () => {
  it('reminds each confirmed donor once the day before, and sends a short transfusion to the desk once', async () => {
    // Due tomorrow: last transfused 20 days ago, every 21 days.
    const { patient, pool } = await childWithPool({ pool: 8, sinceLast: 20 });
    const run1 = await runTransfusionRoster(ctx.database.db, links);
    expect(run1.booked).toBeGreaterThanOrEqual(6);
    const [first] = (await calendar(patient.id)).items;
    expect(first?.dueOn).toBe(addDays(today, 1));
    const confirmed = first?.bookings[0];
    if (!first || !confirmed) throw new Error('nothing booked');
    const answer = await coordinator().request({
      method: 'POST',
      url: `/api/v1/transfusion-patients/${patient.id}/bookings/${confirmed.id}/answer`,
      payload: { answer: 'confirmed' },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    // Two processes at once, then once more.
    await Promise.all([runTransfusionRoster(ctx.database.db, links), runTransfusionRoster(ctx.database.db, links)]);
    await runTransfusionRoster(ctx.database.db, links);
    const phone = pool.find((d) => d.id === confirmed.donorId)?.phone ?? '';
    const reminders = (await outbox(phone)).filter((m) => m.template === 'transfusion_booking.reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.body).toContain('Hallet Hospital');
    expect(reminders[0]?.body).toContain('10:00');
    // The donor who has not answered is not reminded.
    const unanswered = first.bookings[1];
    const quiet = pool.find((d) => d.id === unanswered?.donorId)?.phone ?? '';
    expect((await outbox(quiet)).filter((m) => m.template === 'transfusion_booking.reminder')).toEqual([]);
    // Due within the triage window with one unit unconfirmed: one case, critical, fed (not opened again) on re-runs.
    const after = (await calendar(patient.id)).items.find((t) => t.id === first.id);
    expect(after?.bookings.find((b) => b.id === confirmed.id)?.remindedAt).not.toBeNull();
    expect(after?.caseId).toBeTruthy();
    const cases = rowsOf<{ n: number; priority: string }>(
      await ctx.database.db.execute(sql`select count(*)::int as n, max(computed_priority) as priority from cases
        where transfusion_date = ${first.dueOn} and ${patient.guardianPhone} = any(requester_phones)`),
    );
    expect(cases[0]).toMatchObject({ n: 1, priority: 'critical' });
  });
});

describe('bad input', () => {
  it('is a 400 naming the field, and nothing changes', async () => {
    const { patient } = await childWithPool({ pool: 8 });
    const [first] = (await plan(patient.id)).items;
    const booking = first?.bookings[0];
    if (!first || !booking) throw new Error('nothing booked');
    const base = `/api/v1/transfusion-patients/${patient.id}`;
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [`${base}/transfusions/${first.id}/move`, { dueOn: addDays(today, -1) }, 'dueOn'],
      [`${base}/transfusions/${first.id}/move`, { dueOn: '2027-02-30' }, 'dueOn'],
      [`${base}/transfusions/${first.id}/done`, { doneOn: today, unitsGiven: 0 }, 'unitsGiven'],
      [`${base}/transfusions/${first.id}/done`, { doneOn: addDays(today, 1), unitsGiven: 2 }, 'doneOn'],
      [`${base}/bookings/${booking.id}/answer`, { answer: 'maybe' }, 'answer'],
      [`${base}/bookings/${booking.id}/outcome`, { outcome: 'deferred', until: null }, 'reason'],
      [`${base}/bookings/${booking.id}/outcome`, { outcome: 'donated', donatedOn: addDays(today, 3) }, 'donatedOn'],
    ];
    for (const [url, payload, field] of cases) {
      const response = await coordinator().request({ method: 'POST', url, payload });
      const problem = expectProblem(response, 400, 'validation_failed');
      expect(
        problem.errors?.map((e) => e.field),
        `${url} ${JSON.stringify(payload)}`,
      ).toContain(field);
    }
    // Donated on the due day, which is still ahead: refused by the donation's own rule, naming the day.
    const early = await coordinator().request({
      method: 'POST',
      url: `${base}/bookings/${booking.id}/outcome`,
      payload: { outcome: 'donated' },
    });
    expect(expectProblem(early, 400, 'validation_failed').errors?.map((e) => e.field)).toContain('donatedOn');
    const reversed = await coordinator().request({
      method: 'GET',
      url: `/api/v1/transfusion-calendar?from=${today}&to=${addDays(today, -1)}`,
    });
    expect(expectProblem(reversed, 400, 'validation_failed').errors?.map((e) => e.field)).toContain('querystring.to');
    const tooLong = await coordinator().request({
      method: 'GET',
      url: `/api/v1/transfusion-calendar?from=${today}&to=${addDays(today, 200)}`,
    });
    expect(expectProblem(tooLong, 400, 'validation_failed').errors?.map((e) => e.field)).toContain('querystring.to');
    const unchanged = (await calendar(patient.id)).items.find((t) => t.id === first.id);
    expect(unchanged).toMatchObject({ dueOn: first.dueOn, state: first.state, doneOn: null });
    expect(unchanged?.bookings).toEqual(first.bookings);
    const [donations] = rowsOf<{ n: number }>(
      await ctx.database.db.execute(
        sql`select count(*)::int as n from donations where donor_id = ${booking.donorId}::uuid`,
      ),
    );
    expect(donations?.n).toBe(0);
  });
});

describe('the API document', () => {
  it('lists the calendar, bookings and transfusion routes', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const path of [
      '/api/v1/transfusion-patients/{id}/transfusions',
      '/api/v1/transfusion-patients/{id}/bookings/plan',
      '/api/v1/transfusion-patients/{id}/bookings/{bookingId}/answer',
      '/api/v1/transfusion-patients/{id}/bookings/{bookingId}/outcome',
      '/api/v1/transfusion-patients/{id}/transfusions/{transfusionId}/done',
      '/api/v1/transfusion-patients/{id}/transfusions/{transfusionId}/missed',
      '/api/v1/transfusion-patients/{id}/transfusions/{transfusionId}/move',
      '/api/v1/transfusion-calendar',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});
