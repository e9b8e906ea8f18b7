// A blood donation camp over HTTP and WhatsApp: planned by Kanpur's coordinator (a camp ending before it starts is a
// 400 naming `endsAt`, nothing written); three donors register — on the public page, at the desk, and by WhatsApp
// ("CAMP <code>", then their name) — two check in (by the QR token and by phone), one donates (a bag number used
// twice at the centre is refused), one is deferred (which sets the donor's eligibility), and the report counts them.
// A place booked on the page or by the desk is confirmed to the donor (not after STOP).
// Also: the last place in a slot goes to one of two racing registrations; a check-in for a camp that is over is a 400
// naming the field, nothing written; another district's coordinator gets "not found"; donors are thanked once;
// invitations respect the contact limit.
import { and, count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  CampDetail,
  CampList,
  CampReport,
  InviteResult,
  PublicCampView,
  PublicRegistered,
  RegistrationList,
  RegistrationView,
  ThankResult,
} from '../../src/shared/contracts/camps.js';
import { rowsOf } from '../../src/server/db/client.js';
import { campEvents, campRegistrations, camps, donations, donors } from '../../src/server/db/schema/index.js';
import { addDays, kolkataDay } from '../../src/server/domain/blood/calendar.js';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { freshPhone } from '../factories/cases.js';
import { campBody, createCamp, createCampRegistration, kolkataToday } from '../factories/camps.js';
import { createChannelAccount, postInbound, type TestAccount } from '../factories/channels.js';
import { createDonor } from '../factories/donors.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const t = useTestWorld({ roles: ['coordinatorKanpur', 'operatorKanpur', 'coordinatorPrayagraj'] });
const coordinator = t.client('coordinatorKanpur');
const operator = t.client('operatorKanpur');
const prayagraj = t.client('coordinatorPrayagraj');
let whatsapp: TestAccount;

beforeAll(async () => {
  whatsapp = await createChannelAccount(t.database.db, t.world.orgA.id, 'whatsapp');
});

/** Hours that are on today's Kolkata day and still open now: from half an hour ago (or midnight) to late today. */
function openHoursToday(): { startsAt: string; endsAt: string } {
  const start = Math.max(kolkataToday(0, 0).getTime(), Date.now() - 30 * 60_000);
  const end = Math.min(start + 16 * 3_600_000, kolkataToday(23, 59).getTime());
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString() };
}

async function planToday(over: Record<string, unknown> = {}): Promise<CampDetail> {
  const response = await coordinator.request({
    method: 'POST',
    url: '/api/v1/camps',
    payload: { ...campBody(t.world.kanpur), ...openHoursToday(), ...over },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as CampDetail;
}

async function drain(): Promise<void> {
  while ((await processNextInboxItem({ db: t.database.db })) !== 'none');
}

async function repliesTo(address: string) {
  return rowsOf<{ body: string; template: string; language: string }>(
    await t.database.db.execute(
      sql`select body, template, language from outbox where to_address = ${address} order by created_at, id`,
    ),
  );
}

const campCount = async () => (await t.database.db.select({ n: count() }).from(camps))[0]?.n ?? 0;

describe('planning a camp', () => {
  it('refuses a camp that ends before it starts, naming endsAt, and writes nothing', async () => {
    const before = await campCount();
    const body = campBody(t.world.kanpur);
    const response = await coordinator.request({
      method: 'POST',
      url: '/api/v1/camps',
      payload: { ...body, startsAt: body.endsAt, endsAt: body.startsAt },
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors?.map((e) => [e.field, e.code])).toEqual([['endsAt', 'ends_before_start']]);
    expect(await campCount()).toBe(before);
  });

  it('is for coordinators: an operator may not plan one', async () => {
    const response = await operator.request({
      method: 'POST',
      url: '/api/v1/camps',
      payload: campBody(t.world.kanpur),
    });
    expectProblem(response, 403, 'forbidden');
  });

  it('plans a camp with its slots, a code and a public page', async () => {
    const camp = await planToday({ title: 'रक्तदान शिविर', coOrganisers: ['Rotary Club Kanpur'] });
    expect(camp.code).toMatch(/^[A-Z0-9]{5}$/);
    expect(camp.publicPath).toBe(`/camp/${camp.code}`);
    expect(camp.title).toBe('रक्तदान शिविर');
    expect(camp.state).toBe('planned');
    expect(camp.registrationOpen).toBe(true);
    expect(camp.slots.length).toBeGreaterThan(0);
    expect(camp.slots[0]?.free).toBe(10);
    expect(camp.can).toMatchObject({ update: true, cancel: true, register: true, checkIn: true, invite: true });
    expect(camp.events.map((e) => e.type)).toEqual(['planned']);
    const publicView = await t.app.inject({ method: 'GET', url: `/api/v1/public/camps/${camp.code.toLowerCase()}` });
    expect(publicView.statusCode, publicView.body).toBe(200);
    const view = publicView.json() as PublicCampView;
    expect(view).toMatchObject({ title: 'रक्तदान शिविर', venue: 'Police Lines, Kanpur', registrationOpen: true });
    expect(JSON.stringify(view)).not.toMatch(/\+91/);
  });
});

describe('a camp day', () => {
  it('three register (page, desk, WhatsApp), two check in, one donates, one is deferred, the report counts them', async () => {
    const camp = await planToday({ targetUnits: 20 });

    // 1. The public page: the answer carries the QR token and the check-in URL.
    const webPhone = freshPhone();
    const web = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/camps/${camp.code}/registrations`,
      payload: { name: 'रीना देवी', phone: webPhone, bloodGroup: 'O+', language: 'hi' },
    });
    expect(web.statusCode, web.body).toBe(201);
    const registered = web.json() as PublicRegistered;
    expect(registered.checkInToken.length).toBeGreaterThanOrEqual(16);
    expect(registered.checkInUrl).toContain(`/camps/${camp.id}/check-in?token=`);
    expect(registered.slotAt).toBe(camp.slots.find((s) => Date.parse(s.endsAt) > Date.now())?.startsAt);

    // 2. The desk: a police constable.
    const deskPhone = freshPhone();
    const desk = await operator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp.id}/registrations`,
      payload: { name: 'Ramesh Yadav', phone: deskPhone, bloodGroup: 'B+', category: 'police', language: 'en' },
    });
    expect(desk.statusCode, desk.body).toBe(201);
    const deskRegistration = desk.json() as RegistrationView;
    expect(deskRegistration.phone).not.toContain(deskPhone.slice(3, 8));
    expect(deskRegistration).toMatchObject({ state: 'registered', source: 'operator', category: 'police' });

    // The same phone again is a 409.
    const again = await operator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp.id}/registrations`,
      payload: { name: 'Ramesh Yadav', phone: deskPhone },
    });
    expectProblem(again, 409, 'camp_unavailable');

    // 3. WhatsApp: "कैंप <code>" → asked the name → the name → registered in the first free slot.
    const chatPhone = freshPhone();
    await postInbound(t.app, whatsapp, { from: chatPhone, text: `कैंप ${camp.code}` });
    await drain();
    await postInbound(t.app, whatsapp, { from: chatPhone, text: 'सुरेश कुमार' });
    await drain();
    const chat = await repliesTo(chatPhone);
    expect(chat.map((r) => r.template)).toEqual(['camp.ask_name', 'camp.registered']);
    expect(chat.every((r) => r.language === 'hi')).toBe(true);
    expect(chat[1]?.body).toContain('सुरेश कुमार');

    const list = await operator.request({ method: 'GET', url: `/api/v1/camps/${camp.id}/registrations` });
    const items = (list.json() as RegistrationList).items;
    expect(items.map((r) => [r.name, r.source]).sort()).toEqual(
      [
        ['Ramesh Yadav', 'operator'],
        ['रीना देवी', 'web'],
        ['सुरेश कुमार', 'whatsapp'],
      ].sort(),
    );
    // Phones are masked in the list.
    expect(items.map((r) => r.phone).every((p) => /x/.test(p) && !p.includes(deskPhone.slice(3)))).toBe(true);

    // Two check in: by the QR token (the page opened from the QR code finds the registration first), by phone.
    const byToken = await operator.request({
      method: 'GET',
      url: `/api/v1/camps/${camp.id}/registrations?token=${encodeURIComponent(registered.checkInToken)}`,
    });
    expect((byToken.json() as RegistrationList).items.map((r) => r.name)).toEqual(['रीना देवी']);
    const webIn = await operator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp.id}/check-ins`,
      payload: { token: registered.checkInToken },
    });
    expect(webIn.statusCode, webIn.body).toBe(200);
    const webCheckedIn = webIn.json() as RegistrationView;
    expect(webCheckedIn.state).toBe('checked_in');
    expect(webCheckedIn.donorId).not.toBeNull();
    const deskIn = await operator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp.id}/check-ins`,
      payload: { phone: deskPhone.slice(3) },
    });
    expect(deskIn.statusCode, deskIn.body).toBe(200);
    const deskCheckedIn = deskIn.json() as RegistrationView;
    // A second scan of the same code is refused.
    expectProblem(
      await operator.request({
        method: 'POST',
        url: `/api/v1/camps/${camp.id}/check-ins`,
        payload: { token: registered.checkInToken },
      }),
      409,
      'camp_unavailable',
    );
    // An outcome before check-in is refused.
    const chatRegistration = items.find((r) => r.source === 'whatsapp');
    expectProblem(
      await operator.request({
        method: 'POST',
        url: `/api/v1/camps/${camp.id}/registrations/${chatRegistration?.id}/outcome`,
        payload: { outcome: 'donated', bagNumber: 'X-1' },
      }),
      409,
      'camp_unavailable',
    );

    // The police constable donates, with a bag number.
    const bag = `KNP-${Date.now()}`;
    const donated = await operator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp.id}/registrations/${deskCheckedIn.id}/outcome`,
      payload: { outcome: 'donated', product: 'whole_blood', units: 1, bagNumber: bag },
    });
    expect(donated.statusCode, donated.body).toBe(200);
    const gave = donated.json() as RegistrationView;
    expect(gave.state).toBe('donated');
    expect(gave.outcome).toMatchObject({ kind: 'donated', product: 'whole_blood', units: 1, bagNumber: bag });
    const [donation] = await t.database.db.select().from(donations).where(eq(donations.bagNumber, bag));
    expect(donation).toMatchObject({ bloodCentre: camp.partnerCentre, donatedOn: camp.day, donorId: gave.donorId });

    // The other is deferred for low haemoglobin until a day after the camp: the donor's eligibility follows.
    const until = addDays(camp.day, 30);
    const deferred = await operator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp.id}/registrations/${webCheckedIn.id}/outcome`,
      payload: { outcome: 'deferred', reason: 'low_haemoglobin', until },
    });
    expect(deferred.statusCode, deferred.body).toBe(200);
    const [deferredDonor] = await t.database.db
      .select()
      .from(donors)
      .where(eq(donors.id, webCheckedIn.donorId ?? ''));
    expect(deferredDonor?.centreDeferralUntil).toBe(until);
    expect(deferredDonor?.eligibleWholeBloodFrom ?? '').toBe(until);

    // The WhatsApp donor checks in and gives a bag number already recorded at the centre: 409 naming bagNumber.
    const chatIn = await operator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp.id}/check-ins`,
      payload: { phone: chatPhone },
    });
    expect(chatIn.statusCode, chatIn.body).toBe(200);
    const clash = expectProblem(
      await operator.request({
        method: 'POST',
        url: `/api/v1/camps/${camp.id}/registrations/${chatRegistration?.id}/outcome`,
        payload: { outcome: 'donated', bagNumber: bag },
      }),
      409,
      'camp_unavailable',
    );
    expect(clash.errors?.map((e) => e.field)).toEqual(['bagNumber']);
    const [stillIn] = await t.database.db
      .select()
      .from(campRegistrations)
      .where(eq(campRegistrations.id, chatRegistration?.id ?? ''));
    expect(stillIn?.state).toBe('checked_in');
    expect((await t.database.db.select({ n: count() }).from(donations).where(eq(donations.bagNumber, bag)))[0]?.n).toBe(
      1,
    );

    // The report: 3 registered, 3 came, 1 donated, 1 deferred, 1 unit of whole blood from the police.
    const report = (
      await coordinator.request({ method: 'GET', url: `/api/v1/camps/${camp.id}/report` })
    ).json() as CampReport;
    expect(report).toMatchObject({
      registered: 3,
      came: 3,
      donated: 1,
      deferred: 1,
      noShow: 0,
      targetUnits: 20,
      unitsCollected: 1,
      targetPercent: 5,
    });
    expect(report.unitsByProduct).toEqual({ whole_blood: 1, platelets: 0, plasma: 0 });
    expect(report.donorsByCategory.police).toBe(1);
    expect(report.donorsByCategory.citizen).toBe(0);
    expect(report.deferralsByReason).toEqual({ low_haemoglobin: 1 });
    expect(report.registeredBySource).toEqual({ web: 1, operator: 1, whatsapp: 1 });
    const csv = await coordinator.request({ method: 'GET', url: `/api/v1/camps/${camp.id}/report?format=csv` });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toContain('units_by_product,whole_blood,1');
    expect(csv.body).toContain('donors_by_category,police,1');

    // Every change is in the camp's history with who did it.
    const events = await t.database.db.select().from(campEvents).where(eq(campEvents.campId, camp.id));
    expect(events.filter((e) => e.type === 'registered')).toHaveLength(3);
    expect(events.filter((e) => e.type === 'checked_in')).toHaveLength(3);
    expect(events.find((e) => e.type === 'donated')?.actorId).toBe(t.world.operatorKanpur.id);

    // Held, then thanked once, in each donor's language.
    const held = await coordinator.request({ method: 'POST', url: `/api/v1/camps/${camp.id}/held` });
    expect(held.statusCode, held.body).toBe(200);
    expect((held.json() as CampDetail).can.thank).toBe(true);
    const thanked = await coordinator.request({ method: 'POST', url: `/api/v1/camps/${camp.id}/thank` });
    expect(thanked.statusCode, thanked.body).toBe(200);
    expect(thanked.json() as ThankResult).toEqual({ queued: 2, skipped: 0 });
    // The donor who gave hears one thank-you, the camp's, not also the one a donation elsewhere sends.
    const deskThanks = (await repliesTo(deskPhone)).map((r) => [r.template, r.language]);
    expect(deskThanks).toContainEqual(['camp.thanks_donated', 'en']);
    expect(deskThanks.filter(([template]) => String(template).startsWith('donor_thanks'))).toEqual([]);
    expect((await repliesTo(webPhone)).map((r) => [r.template, r.language])).toContainEqual([
      'camp.thanks_deferred',
      'hi',
    ]);
    expectProblem(
      await coordinator.request({ method: 'POST', url: `/api/v1/camps/${camp.id}/thank` }),
      409,
      'camp_unavailable',
    );
  });

  it('gives the last place in a slot to one of two racing registrations', async () => {
    const start = Date.now() - 10 * 60_000;
    const camp = await planToday({
      startsAt: new Date(Math.max(start, kolkataToday(0, 0).getTime())).toISOString(),
      endsAt: new Date(Math.max(start, kolkataToday(0, 0).getTime()) + 60 * 60_000).toISOString(),
      slotMinutes: 60,
      slotCapacity: 1,
    });
    const responses = await Promise.all(
      ['Anil', 'Sunil'].map((name) =>
        operator.request({
          method: 'POST',
          url: `/api/v1/camps/${camp.id}/registrations`,
          payload: { name, phone: freshPhone() },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const live = await t.database.db
      .select({ n: count() })
      .from(campRegistrations)
      .where(eq(campRegistrations.campId, camp.id));
    expect(live[0]?.n).toBe(1);
  });

  it('refuses a check-in for a camp that is over with a 400 naming the field, and writes nothing', async () => {
    const yesterday = new Date(kolkataToday(9).getTime() - 24 * 3_600_000);
    const camp = await createCamp(t.database.db, t.world.orgA.id, t.world.kanpur, { startsAt: yesterday });
    const registration = await createCampRegistration(t.database.db, camp);
    const response = await operator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp.id}/check-ins`,
      payload: { phone: registration.phone },
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors?.map((e) => [e.field, e.code])).toEqual([['phone', 'camp_over']]);
    const [row] = await t.database.db.select().from(campRegistrations).where(eq(campRegistrations.id, registration.id));
    expect(row).toMatchObject({ state: 'registered', checkedInAt: null, donorId: null });
    const events = await t.database.db.select().from(campEvents).where(eq(campEvents.campId, camp.id));
    expect(events).toHaveLength(0);
    // Registration is closed too.
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/public/camps/${camp.code}/registrations`,
        payload: { name: 'Late Donor', phone: freshPhone() },
      }),
      409,
      'camp_unavailable',
    );
  });
});

describe('registering by message', () => {
  it('registers a known donor at once in English, moves them to the slot number they send, and knows no other code', async () => {
    const camp = await planToday({ slotMinutes: 30 });
    const known = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur, {
      name: 'Asha Verma',
      language: 'en',
    });
    await postInbound(t.app, whatsapp, { from: known.phone, text: `camp ${camp.code.toLowerCase()}` });
    await drain();
    const open = camp.slots.filter((s) => Date.parse(s.endsAt) > Date.now());
    const last = open.at(-1);
    const number = camp.slots.findIndex((s) => s.startsAt === last?.startsAt) + 1;
    await postInbound(t.app, whatsapp, { from: known.phone, text: String(number) });
    await drain();
    const sent = await repliesTo(known.phone);
    expect(sent.map((r) => [r.template, r.language])).toEqual([
      ['camp.registered', 'en'],
      ['camp.slot_changed', 'en'],
    ]);
    expect(sent[0]?.body).toContain('Asha Verma');
    const [row] = await t.database.db
      .select()
      .from(campRegistrations)
      .where(and(eq(campRegistrations.campId, camp.id), eq(campRegistrations.phone, known.phone)));
    expect(row).toMatchObject({ source: 'whatsapp', donorId: known.id, name: 'Asha Verma' });
    expect(row?.slotAt?.toISOString()).toBe(last?.startsAt);

    const stranger = freshPhone();
    await postInbound(t.app, whatsapp, { from: stranger, text: 'CAMP ZZZZZ' });
    await drain();
    expect((await repliesTo(stranger)).map((r) => r.template)).toEqual(['camp.not_found']);
  });

  it('takes a plea sent while we wait for a name as a plea, not as a name', async () => {
    const camp = await planToday();
    const from = freshPhone();
    await postInbound(t.app, whatsapp, { from, text: `CAMP ${camp.code}` });
    await drain();
    await postInbound(t.app, whatsapp, { from, text: 'need oxygen cylinder in Kanpur' });
    await drain();
    const sent = await repliesTo(from);
    expect(sent[0]?.template).toBe('camp.ask_name');
    expect(sent.map((r) => r.template)).not.toContain('camp.registered');
    const registered = await t.database.db
      .select({ n: count() })
      .from(campRegistrations)
      .where(eq(campRegistrations.phone, from));
    expect(registered[0]?.n).toBe(0);
  });

  it('tells each donor still registered that the camp is called off, in their language, once', async () => {
    const camp = await planToday();
    const hindiPhone = freshPhone();
    const englishPhone = freshPhone();
    const leftPhone = freshPhone();
    const register = async (name: string, phone: string, language: string) => {
      const response = await operator.request({
        method: 'POST',
        url: `/api/v1/camps/${camp.id}/registrations`,
        payload: { name, phone, language },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as RegistrationView;
    };
    await register('सीमा', hindiPhone, 'hi');
    await register('Arjun', englishPhone, 'en');
    const left = await register('Kiran', leftPhone, 'hi');
    await operator.request({ method: 'DELETE', url: `/api/v1/camps/${camp.id}/registrations/${left.id}` });

    const cancelled = await coordinator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp.id}/cancel`,
      payload: { reason: 'Venue flooded' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const calledOff = async (phone: string) =>
      (await repliesTo(phone)).filter((r) => r.template === 'camp.cancelled').map((r) => [r.language, r.body]);
    const hindi = await calledOff(hindiPhone);
    expect(hindi).toHaveLength(1);
    expect(hindi[0]?.[0]).toBe('hi');
    expect(hindi[0]?.[1]).toContain('रद्द');
    expect((await calledOff(englishPhone)).map(([language]) => language)).toEqual(['en']);
    // Whoever had cancelled their place already is not told again.
    expect(await calledOff(leftPhone)).toEqual([]);
    const [event] = await t.database.db
      .select()
      .from(campEvents)
      .where(and(eq(campEvents.campId, camp.id), eq(campEvents.type, 'cancelled')));
    expect(event?.details).toMatchObject({ reason: 'Venue flooded', told: 2, notTold: 0 });
    // A second cancel is refused and tells nobody twice.
    const again = await coordinator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp.id}/cancel`,
      payload: { reason: 'Again' },
    });
    expect(again.statusCode).toBe(409);
    expect(await calledOff(englishPhone)).toHaveLength(1);
  });

  it("confirms a place booked on the page or by the desk, in the donor's language; never after STOP", async () => {
    const camp = await planToday();
    const confirmations = async (phone: string) =>
      (await repliesTo(phone)).filter((r) => r.template === 'camp.confirmed').map((r) => [r.language, r.body]);

    const webPhone = freshPhone();
    const web = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/camps/${camp.code}/registrations`,
      payload: { name: 'रीना देवी', phone: webPhone, language: 'hi' },
    });
    expect(web.statusCode, web.body).toBe(201);
    const hindi = await confirmations(webPhone);
    expect(hindi).toHaveLength(1);
    expect(hindi[0]?.[0]).toBe('hi');
    expect(hindi[0]?.[1]).toContain('पंजीकृत');
    expect(hindi[0]?.[1]).toContain(`/camp/${camp.code}`);

    const deskPhone = freshPhone();
    const desk = await operator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp.id}/registrations`,
      payload: { name: 'Ramesh Yadav', phone: deskPhone, language: 'en' },
    });
    expect(desk.statusCode, desk.body).toBe(201);
    expect((await confirmations(deskPhone)).map(([language]) => language)).toEqual(['en']);

    // A registration refused (the same phone again) tells nobody anything new.
    const again = await operator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp.id}/registrations`,
      payload: { name: 'Ramesh Yadav', phone: deskPhone, language: 'en' },
    });
    expectProblem(again, 409, 'camp_unavailable');
    expect(await confirmations(deskPhone)).toHaveLength(1);

    // A phone that sent STOP is registered but not messaged.
    const stoppedPhone = freshPhone();
    await t.database.db.execute(sql`insert into opt_outs (address, channel) values (${stoppedPhone}, 'whatsapp')`);
    const stopped = await operator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp.id}/registrations`,
      payload: { name: 'Kiran', phone: stoppedPhone, language: 'hi' },
    });
    expect(stopped.statusCode, stopped.body).toBe(201);
    const sent = await t.database.db.execute(
      sql`select count(*)::int as n from outbox where to_address = ${stoppedPhone} and state <> 'muted'`,
    );
    expect(rowsOf<{ n: number }>(sent)[0]?.n).toBe(0);
  });

  it('frees a place when the desk cancels a registration', async () => {
    const start = Math.max(Date.now() - 10 * 60_000, kolkataToday(0, 0).getTime());
    const camp = await planToday({
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 60 * 60_000).toISOString(),
      slotMinutes: 60,
      slotCapacity: 1,
    });
    const first = await operator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp.id}/registrations`,
      payload: { name: 'Anil', phone: freshPhone() },
    });
    expect(first.statusCode, first.body).toBe(201);
    const id = (first.json() as RegistrationView).id;
    const cancelled = await operator.request({ method: 'DELETE', url: `/api/v1/camps/${camp.id}/registrations/${id}` });
    expect((cancelled.json() as RegistrationView).state).toBe('cancelled');
    const second = await operator.request({
      method: 'POST',
      url: `/api/v1/camps/${camp.id}/registrations`,
      payload: { name: 'Sunil', phone: freshPhone() },
    });
    expect(second.statusCode, second.body).toBe(201);
    // Hours that would drop Sunil's slot are refused; a new title is fine.
    const moved = await coordinator.request({
      method: 'PATCH',
      url: `/api/v1/camps/${camp.id}`,
      payload: {
        startsAt: new Date(start + 30 * 60_000).toISOString(),
        endsAt: new Date(start + 90 * 60_000).toISOString(),
      },
    });
    expectProblem(moved, 409, 'camp_unavailable');
    const renamed = await coordinator.request({
      method: 'PATCH',
      url: `/api/v1/camps/${camp.id}`,
      payload: { title: 'पुलिस लाइन्स रक्तदान शिविर' },
    });
    expect((renamed.json() as CampDetail).events.map((e) => e.type)).toContain('updated');
  });
});

describe('scope', () => {
  it("hides Kanpur's camps from Prayagraj's coordinator", async () => {
    const camp = await planToday();
    expectProblem(await prayagraj.request({ method: 'GET', url: `/api/v1/camps/${camp.id}` }), 404, 'not_found');
    expectProblem(await prayagraj.request({ method: 'GET', url: `/api/v1/camps/${camp.id}/report` }), 404, 'not_found');
    expectProblem(
      await prayagraj.request({
        method: 'POST',
        url: `/api/v1/camps/${camp.id}/registrations`,
        payload: { name: 'X', phone: freshPhone() },
      }),
      404,
      'not_found',
    );
    const list = (await prayagraj.request({ method: 'GET', url: '/api/v1/camps' })).json() as CampList;
    expect(list.items.map((c) => c.id)).not.toContain(camp.id);
    const own = (await coordinator.request({ method: 'GET', url: '/api/v1/camps?when=upcoming' })).json() as CampList;
    expect(own.items.map((c) => c.id)).toContain(camp.id);
  });
});

describe('inviting donors nearby', () => {
  it('invites eligible donors once, within the contact limit, and never those who sent STOP', async () => {
    const db = t.database.db;
    const near = { locality: 'Civil Lines', pincode: '208001' };
    const willing = await createDonor(db, t.world.orgA.id, t.world.kanpur, near);
    const stopped = await createDonor(db, t.world.orgA.id, t.world.kanpur, near);
    await db.execute(sql`insert into opt_outs (address, channel) values (${stopped.phone}, 'whatsapp')`);
    const first = await planToday();
    const invited = await coordinator.request({
      method: 'POST',
      url: `/api/v1/camps/${first.id}/invite`,
      payload: { radiusKm: 20, limit: 200 },
    });
    expect(invited.statusCode, invited.body).toBe(200);
    const result = invited.json() as InviteResult;
    expect(result.invited).toBeGreaterThanOrEqual(1);
    expect(result.skipped.optedOut).toBeGreaterThanOrEqual(1);
    const sent = await repliesTo(willing.phone);
    expect(sent.map((r) => r.template)).toEqual(['camp.invite']);
    expect(sent[0]?.body).toContain(`/camp/${first.code}`);
    expect(await repliesTo(stopped.phone)).toEqual([]);

    // Invited again to the same camp: not twice.
    const again = (
      await coordinator.request({ method: 'POST', url: `/api/v1/camps/${first.id}/invite`, payload: { radiusKm: 20 } })
    ).json() as InviteResult;
    expect(again.skipped.alreadyRegistered).toBeGreaterThanOrEqual(1);
    expect(await repliesTo(willing.phone)).toHaveLength(1);

    // A second camp reaches them (2 in 30 days is the limit); a third does not.
    const second = await planToday();
    await coordinator.request({ method: 'POST', url: `/api/v1/camps/${second.id}/invite`, payload: { radiusKm: 20 } });
    const third = await planToday();
    const limited = (
      await coordinator.request({ method: 'POST', url: `/api/v1/camps/${third.id}/invite`, payload: { radiusKm: 20 } })
    ).json() as InviteResult;
    expect(limited.skipped.contactLimit).toBeGreaterThanOrEqual(1);
    expect((await repliesTo(willing.phone)).map((r) => r.template)).toEqual(['camp.invite', 'camp.invite']);
    const [history] = await db
      .select({ n: count() })
      .from(campEvents)
      .where(and(eq(campEvents.campId, third.id), eq(campEvents.type, 'invited')));
    expect(history?.n).toBe(1);
    // The camp's history never shows the phones invited.
    const detail = (
      await coordinator.request({ method: 'GET', url: `/api/v1/camps/${third.id}` })
    ).json() as CampDetail;
    expect(JSON.stringify(detail.events)).not.toContain(willing.phone);
    expect(kolkataDay(new Date())).toBe(third.day);
  });
});
