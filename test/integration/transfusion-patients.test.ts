// Children on regular transfusion over HTTP (issue #14): registration with its reference, the record, its changes,
// bad input refused naming the field with nothing written, Devanagari names kept, scope (a Bilaspur coordinator gets
// "not found" for Kanpur's children), the guardian's phones masked and their reveal recorded, the state of care, and
// the roster — compatible donors only, one pool per donor under parallel requests, removal releasing the donor's
// bookings, and the nearest candidates.
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type {
  RosterCandidateList,
  RosterView,
  TransfusionPatientDetail,
  TransfusionPatientList,
} from '../../src/shared/contracts/transfusion-patients.js';
import {
  donors,
  rosterMembers,
  transfusionBookings,
  transfusionPatientEvents,
  transfusionPatients,
  transfusions,
} from '../../src/server/db/schema/index.js';
import { addDays, kolkataDay } from '../../src/server/domain/blood/calendar.js';
import { freshPhone } from '../factories/cases.js';
import { createDonor } from '../factories/donors.js';
import { createOrganisation, createPerson, districtCode } from '../factories/index.js';
import { addToRoster, createTransfusionPatient, transfusionPatientBody } from '../factories/transfusion-patients.js';
import { signIn, type Client } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const t = useTestWorld({
  roles: ['coordinatorKanpur', 'operatorKanpur', 'operatorPrayagraj', 'volunteerKanpur', 'viewerA'],
});
const coordinator = t.client('coordinatorKanpur');
const operator = t.client('operatorKanpur');
const prayagraj = t.client('operatorPrayagraj');
const volunteer = t.client('volunteerKanpur');
const viewer = t.client('viewerA');

const today = () => kolkataDay(new Date());
const url = '/api/v1/transfusion-patients';

async function register(client: Client, over: Record<string, unknown> = {}): Promise<TransfusionPatientDetail> {
  const response = await client.request({
    method: 'POST',
    url,
    payload: { ...transfusionPatientBody(t.world.kanpur), ...over },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as TransfusionPatientDetail;
}

async function patientCount(): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(transfusionPatients);
  return row?.n ?? 0;
}

/** A verified donor of the Kanpur organisation (verified donors are the roster's candidates). */
async function verifiedDonor(over: Parameters<typeof createDonor>[3] = {}): Promise<string> {
  const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur, over);
  await t.database.db.update(donors).set({ verifiedAt: new Date() }).where(eq(donors.id, donor.id));
  return donor.id;
}

const addMember = (client: Client, patientId: string, donorId: string, agreedToMorePools?: boolean) =>
  client.request({
    method: 'POST',
    url: `${url}/${patientId}/roster`,
    payload: agreedToMorePools === undefined ? { donorId } : { donorId, agreedToMorePools },
  });

describe('registering a child', () => {
  it('takes the form with Devanagari names, gives a reference, masks the guardian and records who registered', async () => {
    const guardianPhone = freshPhone();
    const created = await register(coordinator, {
      name: 'आरव शर्मा',
      guardianName: 'सुनीता शर्मा',
      guardianPhone,
      bloodGroup: 'O+',
      intervalDays: 21,
      unitsPerTransfusion: 2,
      lastTransfusionOn: addDays(today(), -7),
      pincode: '208001',
      centreAddress: 'हैलट अस्पताल, स्वरूप नगर',
      antigens: { C: '+', c: '-', E: '-', e: '+', K: '-' },
      consentBy: 'सुनीता शर्मा (माँ)',
    });
    expect(created.reference).toMatch(/^THAL-\d{4,}$/);
    expect(created.name).toBe('आरव शर्मा');
    expect(created.guardianName).toBe('सुनीता शर्मा');
    expect(created.guardianPhone).not.toBe(guardianPhone);
    expect(created.guardianPhone).toContain('xxx');
    expect(created.phonesRevealed).toBe(false);
    expect(created.state).toBe('active');
    expect(created.district.code).toBe(t.world.kanpur);
    expect(created.locationSource).toBe('pincode');
    expect(created.bookAhead).toBe(3);
    expect(created.nextTransfusionOn).toBe(addDays(today(), 14));
    expect(created.rosterSize).toBe(0);
    expect(created.coverageWarning).toBe(true);
    expect(created.can).toEqual({
      update: true,
      revealContact: true,
      changeState: true,
      manageRoster: true,
      recordTransfusion: true,
    });
    expect(created.events.map((e) => e.type)).toEqual(['registered']);
    expect(created.events[0]?.actorName).not.toBeNull();

    const read = await operator.request({ method: 'GET', url: `${url}/${created.id}` });
    expect(read.statusCode, read.body).toBe(200);
    expect((read.json() as TransfusionPatientDetail).reference).toBe(created.reference);

    const list = await operator.request({ method: 'GET', url, query: { q: 'आरव' } });
    expect(list.statusCode, list.body).toBe(200);
    const found = (list.json() as TransfusionPatientList).items.find((i) => i.id === created.id);
    expect(found?.guardianPhone).toContain('xxx');
    const byDigits = await operator.request({ method: 'GET', url, query: { q: guardianPhone.slice(-5) } });
    expect((byDigits.json() as TransfusionPatientList).items.map((i) => i.id)).toEqual([created.id]);
  });

  it('two registrations at once get two different references', async () => {
    const [a, b] = await Promise.all([register(coordinator), register(operator)]);
    expect(a.reference).not.toBe(b.reference);
    const numbers = [a, b].map((p) => Number(p.reference.slice(5))).sort((x, y) => x - y);
    expect(numbers[1]! - numbers[0]!).toBe(1);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await patientCount();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ intervalDays: 0 }, 'intervalDays', 'too_small'],
      [{ intervalDays: 121 }, 'intervalDays', 'too_big'],
      [{ unitsPerTransfusion: 5 }, 'unitsPerTransfusion', 'too_big'],
      [{ lastTransfusionOn: addDays(today(), 1) }, 'lastTransfusionOn', 'date_in_future'],
      [{ guardianPhone: '12345' }, 'guardianPhone', 'invalid_phone'],
      [{ bookAhead: 7 }, 'bookAhead', 'too_big'],
      [{ district: t.world.prayagraj }, 'district', 'district_not_served'],
    ];
    for (const [over, field, code] of cases) {
      const response = await coordinator.request({
        method: 'POST',
        url,
        payload: { ...transfusionPatientBody(t.world.kanpur), ...over },
      });
      if (field === 'district') {
        // Prayagraj is not among the coordinator's districts: they may register there for nobody.
        expectProblem(response, 403, 'forbidden');
        continue;
      }
      const problem = expectProblem(response, 400, 'validation_failed');
      expect(problem.errors, JSON.stringify(over)).toContainEqual(expect.objectContaining({ field, code }));
    }
    expect(await patientCount()).toBe(before);
  });

  it('viewers and volunteers do not reach the children at all', async () => {
    for (const client of [viewer, volunteer]) {
      expectProblem(await client.request({ method: 'GET', url }), 403, 'forbidden');
      expectProblem(
        await client.request({ method: 'POST', url, payload: transfusionPatientBody(t.world.kanpur) }),
        403,
        'forbidden',
      );
    }
  });
});

describe('a child out of scope', () => {
  it('a Bilaspur coordinator gets "not found" for a Kanpur child and never sees it in the list', async () => {
    const db = t.database.db;
    const bilaspur = await districtCode(db, 'CT', 'Bilaspur');
    const org = await createOrganisation(db, { districts: [bilaspur] });
    const person = await createPerson(db, { role: 'coordinator', organisationId: org.id, districts: [bilaspur] });
    const bilaspurCoordinator = await signIn(t.app, person.phone, person.password);
    const kanpurChild = await register(coordinator);
    const bilaspurChild = await createTransfusionPatient(db, { organisationId: org.id, district: bilaspur });

    for (const client of [bilaspurCoordinator, prayagraj]) {
      expectProblem(await client.request({ method: 'GET', url: `${url}/${kanpurChild.id}` }), 404, 'not_found');
      expectProblem(
        await client.request({ method: 'PATCH', url: `${url}/${kanpurChild.id}`, payload: { intervalDays: 30 } }),
        404,
        'not_found',
      );
      expectProblem(await client.request({ method: 'POST', url: `${url}/${kanpurChild.id}/reveal` }), 404, 'not_found');
      expectProblem(await client.request({ method: 'GET', url: `${url}/${kanpurChild.id}/roster` }), 404, 'not_found');
    }
    const list = await bilaspurCoordinator.request({ method: 'GET', url, query: { limit: '200' } });
    expect(list.statusCode, list.body).toBe(200);
    const ids = (list.json() as TransfusionPatientList).items.map((i) => i.id);
    expect(ids).toEqual([bilaspurChild.id]);
    const kanpurList = await coordinator.request({ method: 'GET', url, query: { limit: '200' } });
    expect((kanpurList.json() as TransfusionPatientList).items.map((i) => i.id)).not.toContain(bilaspurChild.id);
    const [stored] = await db.select().from(transfusionPatients).where(eq(transfusionPatients.id, kanpurChild.id));
    expect(stored?.intervalDays).toBe(21);
  });
});

describe('the record', () => {
  it('updates given fields with one event naming them; a new PIN code places the centre again', async () => {
    const created = await register(coordinator);
    const response = await operator.request({
      method: 'PATCH',
      url: `${url}/${created.id}`,
      payload: { intervalDays: 28, pincode: '208001', notes: 'सुबह 9 बजे आएँ' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const updated = response.json() as TransfusionPatientDetail;
    expect(updated.intervalDays).toBe(28);
    expect(updated.locationSource).toBe('pincode');
    expect(updated.notes).toBe('सुबह 9 बजे आएँ');
    // A new interval plans the calendar again (its lines come after the update's).
    expect(updated.events.map((e) => e.type)).toContain('transfusion_planned');
    expect(updated.events.find((e) => e.type === 'updated')).toMatchObject({
      actorName: expect.any(String),
      details: { changed: expect.arrayContaining(['intervalDays', 'pincode', 'notes']) },
    });

    const bad = await operator.request({ method: 'PATCH', url: `${url}/${created.id}`, payload: { intervalDays: 0 } });
    expect(expectProblem(bad, 400, 'validation_failed').errors).toContainEqual(
      expect.objectContaining({ field: 'intervalDays' }),
    );
    const empty = await operator.request({ method: 'PATCH', url: `${url}/${created.id}`, payload: {} });
    expectProblem(empty, 400, 'validation_failed');
    const [stored] = await t.database.db
      .select()
      .from(transfusionPatients)
      .where(eq(transfusionPatients.id, created.id));
    expect(stored?.intervalDays).toBe(28);
  });

  it("shows the guardian's phones on reveal, records who revealed, and records it once while it lasts", async () => {
    const guardianPhone = freshPhone();
    const altPhone = freshPhone();
    const created = await register(coordinator, { guardianPhone, altPhone });
    expect(created.altPhone).toContain('xxx');
    const revealed = await operator.request({ method: 'POST', url: `${url}/${created.id}/reveal` });
    expect(revealed.statusCode, revealed.body).toBe(200);
    const shown = revealed.json() as TransfusionPatientDetail;
    expect(shown.guardianPhone).toBe(guardianPhone);
    expect(shown.altPhone).toBe(altPhone);
    expect(shown.phonesRevealed).toBe(true);
    expect(shown.revealedUntil).not.toBeNull();
    await operator.request({ method: 'POST', url: `${url}/${created.id}/reveal` });
    const reveals = await t.database.db
      .select()
      .from(transfusionPatientEvents)
      .where(
        and(eq(transfusionPatientEvents.patientId, created.id), eq(transfusionPatientEvents.type, 'contact_revealed')),
      );
    expect(reveals).toHaveLength(1);
    expect(reveals[0]?.actorId).toBe(t.world.operatorKanpur.id);
    // Another reader still sees the numbers masked, and the list always masks.
    const other = (await coordinator.request({ method: 'GET', url: `${url}/${created.id}` })).json();
    expect((other as TransfusionPatientDetail).guardianPhone).toContain('xxx');
  });
});

describe('the roster', () => {
  it('adds a compatible donor of the organisation, refuses an incompatible one, and shows the coverage', async () => {
    const child = await register(coordinator, { bloodGroup: 'B+', intervalDays: 21, unitsPerTransfusion: 2 });
    const bPlus = await verifiedDonor({ bloodGroup: 'B+' });
    const oNeg = await verifiedDonor({ bloodGroup: 'O-' });
    const aPlus = await verifiedDonor({ bloodGroup: 'A+' });
    const otherOrg = await createDonor(t.database.db, t.world.orgB.id, t.world.prayagraj, { bloodGroup: 'B+' });

    const added = await addMember(operator, child.id, bPlus);
    expect(added.statusCode, added.body).toBe(201);
    expect((await addMember(operator, child.id, oNeg)).statusCode).toBe(201);
    const incompatible = expectProblem(await addMember(operator, child.id, aPlus), 409, 'patient_unavailable');
    expect(incompatible.detail).toMatch(/red cells/);
    expectProblem(await addMember(operator, child.id, otherOrg.id), 404, 'not_found');
    const unknownGroup = await verifiedDonor({ bloodGroup: null });
    expect(expectProblem(await addMember(operator, child.id, unknownGroup), 409, 'patient_unavailable').detail).toMatch(
      /not known/,
    );
    const withdrawn = await verifiedDonor({ bloodGroup: 'B+' });
    await t.database.db.update(donors).set({ consentWithdrawnAt: new Date() }).where(eq(donors.id, withdrawn));
    expect(expectProblem(await addMember(operator, child.id, withdrawn), 409, 'patient_unavailable').detail).toMatch(
      /withdrew consent/,
    );
    expectProblem(await addMember(operator, child.id, bPlus), 409, 'patient_unavailable');

    const roster = (await operator.request({ method: 'GET', url: `${url}/${child.id}/roster` })).json() as RosterView;
    expect(roster.members.map((m) => m.donorId).sort()).toEqual([bPlus, oNeg].sort());
    for (const member of roster.members) {
      expect(member.phone).toContain('xxx');
      expect(member.distanceKm).not.toBeNull();
    }
    // 21 days, 2 units: about 35 units a year; the pool of two cannot cover three months.
    expect(roster.coverage.activeMembers).toBe(2);
    expect(roster.coverage.poolSizeNeeded).toBeGreaterThan(2);
    expect(roster.coverage.warning).toBe(true);
    expect(roster.coverage.missingDonors).toBeGreaterThan(0);
    const events = await t.database.db
      .select()
      .from(transfusionPatientEvents)
      .where(
        and(eq(transfusionPatientEvents.patientId, child.id), eq(transfusionPatientEvents.type, 'roster_member_added')),
      );
    expect(events.map((e) => e.details.donorId).sort()).toEqual([bPlus, oNeg].sort());
    expect(events.every((e) => e.actorId === t.world.operatorKanpur.id)).toBe(true);
    // The bookings follow the pool: the next three transfusions are on the calendar, booked from the pool only.
    const calendar = await t.database.db.select().from(transfusions).where(eq(transfusions.patientId, child.id));
    expect(calendar).toHaveLength(3);
    const booked = await t.database.db
      .select()
      .from(transfusionBookings)
      .where(eq(transfusionBookings.patientId, child.id));
    expect(booked.length).toBeGreaterThan(0);
    expect(booked.every((b) => [bPlus, oNeg].includes(b.donorId))).toBe(true);
  });

  it('one pool per donor: two children, one donor, at once → one 201 and one 409', async () => {
    const [first, second] = await Promise.all([register(coordinator), register(coordinator)]);
    // A few rounds, each with a fresh donor, so an interleaving that slips past the rule is likely to show.
    let donorId = '';
    let active: Array<typeof rosterMembers.$inferSelect> = [];
    for (let round = 0; round < 3; round++) {
      donorId = await verifiedDonor({ bloodGroup: 'B+' });
      const answers = await Promise.all([
        addMember(coordinator, first.id, donorId),
        addMember(operator, second.id, donorId),
      ]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
      const refused = answers.find((a) => a.statusCode === 409);
      if (!refused) throw new Error('no refusal');
      expect(expectProblem(refused, 409, 'donor_in_other_pool').detail).toMatch(/THAL-\d+/);
      active = await t.database.db
        .select()
        .from(rosterMembers)
        .where(and(eq(rosterMembers.donorId, donorId), isNull(rosterMembers.removedAt)));
      expect(active).toHaveLength(1);
    }

    // With the donor's agreement to more pools, the second child may have them too.
    const loser = active[0]?.patientId === first.id ? second : first;
    const agreed = await addMember(coordinator, loser.id, donorId, true);
    expect(agreed.statusCode, agreed.body).toBe(201);
  });

  it('removing a donor cancels their coming bookings for the child and keeps their past', async () => {
    const child = await register(coordinator);
    const donorId = await verifiedDonor({ bloodGroup: 'B+' });
    const stays = await verifiedDonor({ bloodGroup: 'B+' });
    await addToRoster(t.database.db, { id: child.id, organisationId: t.world.orgA.id }, [donorId, stays]);
    const db = t.database.db;
    const [past, coming] = await db
      .insert(transfusions)
      .values([
        {
          patientId: child.id,
          organisationId: t.world.orgA.id,
          districtCode: t.world.kanpur,
          dueOn: addDays(today(), -21),
          units: 2,
          state: 'done',
        },
        {
          patientId: child.id,
          organisationId: t.world.orgA.id,
          districtCode: t.world.kanpur,
          dueOn: addDays(today(), 40),
          units: 2,
          state: 'covered',
        },
      ])
      .returning();
    if (!past || !coming) throw new Error('no transfusions');
    await db.insert(transfusionBookings).values([
      { transfusionId: past.id, patientId: child.id, donorId, organisationId: t.world.orgA.id, state: 'donated' },
      { transfusionId: coming.id, patientId: child.id, donorId, organisationId: t.world.orgA.id, state: 'confirmed' },
      {
        transfusionId: coming.id,
        patientId: child.id,
        donorId: stays,
        organisationId: t.world.orgA.id,
        state: 'booked',
      },
    ]);

    const response = await coordinator.request({ method: 'DELETE', url: `${url}/${child.id}/roster/${donorId}` });
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json() as RosterView).members.map((m) => m.donorId)).not.toContain(donorId);
    const bookings = await db
      .select({ transfusionId: transfusionBookings.transfusionId, state: transfusionBookings.state })
      .from(transfusionBookings)
      .where(and(eq(transfusionBookings.patientId, child.id), eq(transfusionBookings.donorId, donorId)));
    expect(bookings.find((b) => b.transfusionId === past.id)?.state).toBe('donated');
    expect(bookings.find((b) => b.transfusionId === coming.id)?.state).toBe('cancelled');
    const [removedEvent] = await db
      .select()
      .from(transfusionPatientEvents)
      .where(
        and(
          eq(transfusionPatientEvents.patientId, child.id),
          eq(transfusionPatientEvents.type, 'roster_member_removed'),
        ),
      );
    expect(removedEvent?.details).toMatchObject({ donorId, bookingsCancelled: 1 });
    expectProblem(
      await coordinator.request({ method: 'DELETE', url: `${url}/${child.id}/roster/${donorId}` }),
      404,
      'not_found',
    );
  });

  it('candidates: verified, compatible, nearest first, not in another pool unless they agreed to more', async () => {
    const child = await register(coordinator, { bloodGroup: 'AB-', pincode: '208001' });
    const near = await verifiedDonor({ bloodGroup: 'O-', pincode: '208001' });
    const far = await verifiedDonor({ bloodGroup: 'AB-' });
    const unverified = (await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur, { bloodGroup: 'AB-' })).id;
    const positive = await verifiedDonor({ bloodGroup: 'AB+' });
    const pooled = await verifiedDonor({ bloodGroup: 'A-' });
    const willing = await verifiedDonor({ bloodGroup: 'B-' });
    const other = await createTransfusionPatient(t.database.db, {
      organisationId: t.world.orgA.id,
      district: t.world.kanpur,
      over: { bloodGroup: 'AB-' },
    });
    await addToRoster(t.database.db, other, [pooled]);
    await addToRoster(t.database.db, other, [willing], { agreedToMorePools: true });

    const response = await operator.request({ method: 'GET', url: `${url}/${child.id}/roster/candidates` });
    expect(response.statusCode, response.body).toBe(200);
    const items = (response.json() as RosterCandidateList).items;
    const ids = items.map((i) => i.donorId);
    expect(ids).toContain(near);
    expect(ids).toContain(far);
    expect(ids).toContain(willing);
    expect(ids).not.toContain(unverified);
    expect(ids).not.toContain(positive);
    expect(ids).not.toContain(pooled);
    expect(ids.indexOf(near)).toBeLessThan(ids.indexOf(far));
    const distances = items.map((i) => i.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(items.find((i) => i.donorId === willing)).toMatchObject({ otherPools: 1, agreedToMorePools: true });
    expect(items.every((i) => i.phone.includes('xxx'))).toBe(true);
  });
});

describe('the state of care', () => {
  it('pausing releases the coming bookings; ending releases the roster; the same state is refused', async () => {
    const child = await register(coordinator);
    const donorId = await verifiedDonor({ bloodGroup: 'B+' });
    await addToRoster(t.database.db, { id: child.id, organisationId: t.world.orgA.id }, [donorId]);
    const db = t.database.db;
    const [coming] = await db
      .insert(transfusions)
      .values({
        patientId: child.id,
        organisationId: t.world.orgA.id,
        districtCode: t.world.kanpur,
        dueOn: addDays(today(), 10),
        units: 2,
      })
      .returning();
    if (!coming) throw new Error('no transfusion');
    await db
      .insert(transfusionBookings)
      .values({ transfusionId: coming.id, patientId: child.id, donorId, organisationId: t.world.orgA.id });

    const paused = await operator.request({
      method: 'POST',
      url: `${url}/${child.id}/state`,
      payload: { state: 'paused', reason: 'अस्पताल में भर्ती' },
    });
    expect(paused.statusCode, paused.body).toBe(200);
    expect((paused.json() as TransfusionPatientDetail).state).toBe('paused');
    const [booking] = await db
      .select()
      .from(transfusionBookings)
      .where(eq(transfusionBookings.transfusionId, coming.id));
    expect(booking?.state).toBe('cancelled');
    expectProblem(
      await operator.request({ method: 'POST', url: `${url}/${child.id}/state`, payload: { state: 'paused' } }),
      409,
      'patient_unavailable',
    );

    const ended = await coordinator.request({
      method: 'POST',
      url: `${url}/${child.id}/state`,
      payload: { state: 'ended' },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const endedView = ended.json() as TransfusionPatientDetail;
    expect(endedView.can.manageRoster).toBe(false);
    expect(endedView.nextTransfusionOn).toBeNull();
    const members = await db
      .select()
      .from(rosterMembers)
      .where(and(inArray(rosterMembers.patientId, [child.id]), isNull(rosterMembers.removedAt)));
    expect(members).toHaveLength(0);
    expectProblem(await addMember(coordinator, child.id, donorId), 409, 'patient_unavailable');
    const types = endedView.events.map((e) => e.type);
    expect(types.filter((x) => x === 'state_changed')).toHaveLength(2);
  });

  it('bad state is refused naming the field', async () => {
    const child = await register(coordinator);
    const response = await operator.request({
      method: 'POST',
      url: `${url}/${child.id}/state`,
      payload: { state: 'gone' },
    });
    expect(expectProblem(response, 400, 'validation_failed').errors).toContainEqual(
      expect.objectContaining({ field: 'state' }),
    );
  });
});
