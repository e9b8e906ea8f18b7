// The donor registry over HTTP: registering (one donor per phone, also under parallel requests), refusing bad
// input in the caller's language with nothing written, scope (another organisation gets "not found"), the masked
// number and its recorded reveal, verification and its history, and a `donor` lead turned into a donor.
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, donorEvents, donors, leads } from '../../src/server/db/schema/index.js';
import { registerDonor } from '../../src/server/usecases/donors/register-donor.js';
import type { DonorList, DonorView, RegisteredDonorView } from '../../src/shared/contracts/donors.js';
import { freshPhone } from '../factories/cases.js';
import { createDonor, donorBody } from '../factories/donors.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const t = useTestWorld({
  roles: ['operatorKanpur', 'coordinatorKanpur', 'operatorUnnao', 'operatorPrayagraj', 'admin'],
});
const operator = t.client('operatorKanpur');
const coordinator = t.client('coordinatorKanpur');
const prayagraj = t.client('operatorPrayagraj');

async function donorsWithPhone(phone: string): Promise<number> {
  const [row] = await t.database.db.select({ n: count() }).from(donors).where(eq(donors.phone, phone));
  return row?.n ?? 0;
}

async function register(body: object, client = operator): Promise<RegisteredDonorView> {
  const response = await client.request({ method: 'POST', url: '/api/v1/donors', payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const read = async (id: string, client = operator): Promise<DonorView> => {
  const response = await client.request({ method: 'GET', url: `/api/v1/donors/${id}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('registering a donor', () => {
  it('registers once per phone: the same phone again updates the donor, never a second one', async () => {
    const body = donorBody(t.world.kanpur);
    const first = await register(body);
    expect(first.created).toBe(true);
    expect(first.donor.phone).not.toContain(body.phone.slice(-7));
    expect(first.donor.phone).toMatch(/^\+91 \d\dxxx xx\d{3}$/);
    expect(first.donor.organisation.id).toBe(t.world.orgA.id);
    expect(first.donor.history.map((e) => e.type)).toEqual(['registered']);
    expect(first.donor.eligibilityRuleSet).toBe('NBTC-2017/DC-2020/COVID-2021-05');
    expect(first.donor.eligibleNow).toBe(true);
    // The new donor's record is built from what the registration wrote: it must be the record a read gives.
    expect(first.donor).toEqual(await read(first.donorId));

    const again = await register({ ...body, name: 'Ramesh Kumar', bloodGroup: 'O+' });
    expect(again.created).toBe(false);
    expect(again.donorId).toBe(first.donorId);
    expect(again.donor.name).toBe('Ramesh Kumar');
    expect(again.donor.bloodGroup).toBe('O+');
    expect(again.donor.history.map((e) => e.type)).toEqual(['updated', 'registered']);
    expect(await donorsWithPhone(body.phone)).toBe(1);
  });

  it('keeps one donor when the same phone registers in parallel requests', async () => {
    const body = donorBody(t.world.kanpur);
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        operator.request({ method: 'POST', url: '/api/v1/donors', payload: { ...body, name: `Parallel ${i}` } }),
      ),
    );
    for (const r of responses) expect(r.statusCode, r.body).toBe(201);
    const results = responses.map((r) => r.json() as RegisteredDonorView);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.donorId)).size).toBe(1);
    expect(await donorsWithPhone(body.phone)).toBe(1);
  });

  it.each([
    ['dateOfBirth', { dateOfBirth: '2015-04-01' }, 'donor_age'],
    ['dateOfBirth', { dateOfBirth: '1990-02-30' }, 'not_a_date'],
    ['weightBand', { weightBand: '<45' }, 'donor_weight'],
    ['weightKg', { weightKg: 40 }, 'donor_weight'],
    ['bloodGroup', { bloodGroup: 'C+' }, 'invalid_value'],
    ['lastDonation', { lastDonation: '2031-05-05' }, 'date_in_future'],
  ])(
    'refuses a bad %s (%j) with a 400 naming it, in Hindi for a Hindi caller, writing nothing',
    async (field, over, code) => {
      const body = { ...donorBody(t.world.kanpur), ...over };
      const response = await operator.request({
        method: 'POST',
        url: '/api/v1/donors',
        payload: body,
        headers: { 'accept-language': 'hi' },
      });
      const problem = expectProblem(response, 400, 'validation_failed');
      expect(problem.title).toMatch(/[\u0900-\u097F]/);
      const error = problem.errors?.find((e) => e.field === field);
      expect(error?.code).toBe(code);
      expect(error?.message).toMatch(/[\u0900-\u097F]/);
      expect(await donorsWithPhone(body.phone)).toBe(0);
    },
  );

  it('answers in English for an English caller', async () => {
    const response = await operator.request({
      method: 'POST',
      url: '/api/v1/donors',
      payload: donorBody(t.world.kanpur, { dateOfBirth: '2015-04-01' }),
      headers: { 'accept-language': 'en' },
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors?.find((e) => e.field === 'dateOfBirth')?.message).toMatch(/18 to 65/);
  });

  it('refuses a district the organisation does not serve, and anyone without a health desk', async () => {
    const body = donorBody(t.world.prayagraj);
    expectProblem(await operator.request({ method: 'POST', url: '/api/v1/donors', payload: body }), 403, 'forbidden');
    expect(await donorsWithPhone(body.phone)).toBe(0);
  });
});

describe('scope: another organisation never sees a donor', () => {
  it('a Prayagraj operator gets "not found" for a Kanpur donor, and the list does not hold them', async () => {
    const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur);
    expectProblem(await prayagraj.request({ method: 'GET', url: `/api/v1/donors/${donor.id}` }), 404, 'not_found');
    expectProblem(
      await prayagraj.request({ method: 'PATCH', url: `/api/v1/donors/${donor.id}`, payload: { name: 'X' } }),
      404,
      'not_found',
    );
    expectProblem(
      await prayagraj.request({ method: 'POST', url: `/api/v1/donors/${donor.id}/reveal-contact` }),
      404,
      'not_found',
    );
    const list = await prayagraj.request({ method: 'GET', url: '/api/v1/donors?limit=200' });
    expect(list.statusCode).toBe(200);
    expect((list.json() as DonorList).items.map((d) => d.id)).not.toContain(donor.id);
    // By the last digits of the number, too: no hint the number is registered.
    const byDigits = await prayagraj.request({ method: 'GET', url: `/api/v1/donors?q=${donor.phone.slice(-5)}` });
    expect((byDigits.json() as DonorList).items.map((d) => d.id)).not.toContain(donor.id);
  });

  it('an operator of the same organisation in another district does not see them either', async () => {
    const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur);
    expectProblem(
      await t.client('operatorUnnao').request({ method: 'GET', url: `/api/v1/donors/${donor.id}` }),
      404,
      'not_found',
    );
  });

  it('lists the reader’s donors with masked phones, found by name or the last digits of the number', async () => {
    const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur, {
      name: 'Sushila Devi',
      sex: 'female',
      bloodGroup: 'AB-',
    });
    const byDigits = await operator.request({ method: 'GET', url: `/api/v1/donors?q=${donor.phone.slice(-6)}` });
    const items = (byDigits.json() as DonorList).items;
    expect(items.map((d) => d.id)).toContain(donor.id);
    expect(items.every((d) => d.phone.includes('xxx'))).toBe(true);
    const byName = await operator.request({ method: 'GET', url: '/api/v1/donors?q=sushila&bloodGroup=AB-' });
    expect((byName.json() as DonorList).items.map((d) => d.id)).toContain(donor.id);
    const otherGroup = await operator.request({ method: 'GET', url: '/api/v1/donors?q=sushila&bloodGroup=O%2B' });
    expect((otherGroup.json() as DonorList).items.map((d) => d.id)).not.toContain(donor.id);
  });
});

describe('the number is masked until revealed, and each reveal is recorded', () => {
  it('shows the number to the one who revealed it, records it once while it lasts, and masks it for others', async () => {
    const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur);
    expect((await read(donor.id)).phone).not.toBe(donor.phone);
    const revealed = await operator.request({ method: 'POST', url: `/api/v1/donors/${donor.id}/reveal-contact` });
    expect(revealed.statusCode, revealed.body).toBe(200);
    const view = revealed.json() as DonorView;
    expect(view.phone).toBe(donor.phone);
    expect(view.phoneRevealed).toBe(true);
    expect(view.revealedUntil).not.toBeNull();
    await operator.request({ method: 'POST', url: `/api/v1/donors/${donor.id}/reveal-contact` });
    const recorded = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'donor.contact_revealed'), eq(auditEvents.subjectId, donor.id)));
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.actorId).toBe(t.world.operatorKanpur.id);
    expect((await read(donor.id)).phone).toBe(donor.phone);
    expect((await read(donor.id, coordinator)).phone).not.toBe(donor.phone);
  });
});

describe('verification, like a case', () => {
  it('logs calls, records the ID seen, the confirmed group and the centre’s deferral, each in the history', async () => {
    const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur, { bloodGroup: 'B+' });
    const post = (path: string, payload?: object) =>
      operator.request({ method: 'POST', url: `/api/v1/donors/${donor.id}/${path}`, ...(payload ? { payload } : {}) });

    expect((await post('calls', { outcome: 'reached', notes: 'Confirmed age and weight' })).statusCode).toBe(200);
    const verified = await post('verify', { idSeen: 'police_id' });
    expect(verified.statusCode, verified.body).toBe(200);
    expect((verified.json() as DonorView).verification).toMatchObject({
      idSeen: 'police_id',
      byName: expect.any(String),
    });

    const confirmed = await post('group', { bloodGroup: 'B-', centre: 'Hallet Hospital blood centre' });
    expect((confirmed.json() as DonorView).groupConfirmed?.centre).toBe('Hallet Hospital blood centre');
    expect((confirmed.json() as DonorView).bloodGroup).toBe('B-');

    // A later self-registration does not undo what the blood centre found.
    const input = donorBody(t.world.kanpur, { phone: donor.phone, bloodGroup: 'O+' });
    await registerDonor(t.database.db, { organisationId: t.world.orgA.id, input, source: 'web', actorId: null });
    expect((await read(donor.id)).bloodGroup).toBe('B-');

    const deferred = await post('deferral', { reason: 'low haemoglobin', until: null, centre: 'Hallet' });
    const deferredView = deferred.json() as DonorView;
    expect(deferredView.eligibleNow).toBe(false);
    expect(deferredView.centreDeferral).toEqual({ reason: 'low haemoglobin', until: null });
    expect(deferredView.eligibility[0]?.reasons.map((r) => r.code)).toContain('centre_deferral_indefinite');
    const [stored] = await t.database.db.select().from(donors).where(eq(donors.id, donor.id));
    expect(stored?.eligibleWholeBloodFrom).toBeNull();

    const cleared = await operator.request({ method: 'DELETE', url: `/api/v1/donors/${donor.id}/deferral` });
    expect((cleared.json() as DonorView).eligibleNow).toBe(true);

    const history = (await read(donor.id)).history;
    expect(history.map((e) => e.type)).toEqual([
      'centre_deferral',
      'centre_deferral',
      'updated',
      'group_confirmed',
      'verified',
      'verification_call',
      'registered',
    ]);
    const call = history.find((e) => e.type === 'verification_call');
    expect(call?.actorName).not.toBeNull();
    expect(call?.details).toMatchObject({ outcome: 'reached', ruleSet: 'NBTC-2017/DC-2020/COVID-2021-05' });
    expect(history.find((e) => e.type === 'updated')?.details).toMatchObject({
      declaredGroup: 'O+',
      keptConfirmedGroup: 'B-',
    });
  });

  it('refuses a deferral that ended in the past, writing nothing', async () => {
    const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur);
    const response = await operator.request({
      method: 'POST',
      url: `/api/v1/donors/${donor.id}/deferral`,
      payload: { reason: 'low haemoglobin', until: '2020-01-01' },
    });
    expect(expectProblem(response, 400, 'validation_failed').errors?.[0]?.field).toBe('until');
    const [events] = await t.database.db
      .select({ n: count() })
      .from(donorEvents)
      .where(eq(donorEvents.donorId, donor.id));
    expect(events?.n).toBe(1);
  });

  it('verifies only once sex, date of birth and weight are on record (a WhatsApp donor gives them on the call)', async () => {
    const phone = freshPhone();
    const { donorId } = await registerDonor(t.database.db, {
      organisationId: t.world.orgA.id,
      input: { ...donorBody(t.world.kanpur, { phone }), sex: null, dateOfBirth: null, weightBand: null },
      source: 'whatsapp',
      actorId: null,
    });
    const refused = await operator.request({
      method: 'POST',
      url: `/api/v1/donors/${donorId}/verify`,
      payload: { idSeen: 'aadhaar' },
    });
    const fields = expectProblem(refused, 400, 'validation_failed').errors?.map((e) => e.field);
    expect(fields).toEqual(['sex', 'dateOfBirth', 'weightBand']);
    expect((await read(donorId)).verification).toBeNull();

    const filled = await operator.request({
      method: 'PATCH',
      url: `/api/v1/donors/${donorId}`,
      payload: { sex: 'male', dateOfBirth: '1992-01-15', weightBand: '>55' },
    });
    expect(filled.statusCode, filled.body).toBe(200);
    expect((filled.json() as DonorView).eligibilityAssumed).toEqual([]);
    expect((filled.json() as DonorView).history[0]?.details).toMatchObject({
      changed: ['sex', 'dateOfBirth', 'weightBand'],
    });
    const verified = await operator.request({
      method: 'POST',
      url: `/api/v1/donors/${donorId}/verify`,
      payload: { idSeen: 'aadhaar' },
    });
    expect(verified.statusCode, verified.body).toBe(200);
  });

  it('refuses an edit that breaks the rules or changes a confirmed group, writing nothing', async () => {
    const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur);
    const badAge = await operator.request({
      method: 'PATCH',
      url: `/api/v1/donors/${donor.id}`,
      payload: { name: 'Changed', dateOfBirth: '1940-01-01' },
    });
    expect(expectProblem(badAge, 400, 'validation_failed').errors?.map((e) => e.field)).toEqual(['dateOfBirth']);
    expect((await read(donor.id)).name).not.toBe('Changed');

    await operator.request({
      method: 'POST',
      url: `/api/v1/donors/${donor.id}/group`,
      payload: { bloodGroup: 'A+', centre: 'LLR Hospital' },
    });
    const regroup = await operator.request({
      method: 'PATCH',
      url: `/api/v1/donors/${donor.id}`,
      payload: { bloodGroup: 'O-' },
    });
    expect(expectProblem(regroup, 400, 'validation_failed').errors?.[0]?.code).toBe('group_confirmed');
  });

  it('keeps a donor who withdrew consent, but nobody works on them any more', async () => {
    const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur);
    const withdrawn = await operator.request({
      method: 'POST',
      url: `/api/v1/donors/${donor.id}/withdraw-consent`,
      payload: { note: 'Asked on the phone' },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const view = withdrawn.json() as DonorView;
    expect(view.consent.withdrawnAt).not.toBeNull();
    expect(view.can).toMatchObject({ update: false, revealContact: false, recordDonation: true });
    expectProblem(
      await operator.request({ method: 'PATCH', url: `/api/v1/donors/${donor.id}`, payload: { name: 'X' } }),
      409,
      'consent_withdrawn',
    );
    const list = await operator.request({ method: 'GET', url: `/api/v1/donors?q=${donor.phone.slice(-7)}` });
    expect((list.json() as DonorList).items.find((d) => d.id === donor.id)?.consentWithdrawn).toBe(true);
  });
});

describe('a donor lead becomes a donor', () => {
  it('registers the lead’s donor and marks the lead verified, naming the donor', async () => {
    const phone = freshPhone();
    const [lead] = await t.database.db
      .insert(leads)
      .values({
        organisationId: t.world.orgA.id,
        kind: 'donor',
        channel: 'whatsapp',
        fromAddress: phone,
        text: 'I want to donate blood, B+',
        districtCode: t.world.kanpur,
        inboxId: Math.floor(Math.random() * 1_000_000_000),
      })
      .returning();
    if (!lead) throw new Error('no lead');
    const response = await operator.request({
      method: 'POST',
      url: `/api/v1/leads/${lead.id}/donor`,
      payload: donorBody(t.world.kanpur, { phone, name: 'Anil Yadav' }),
    });
    expect(response.statusCode, response.body).toBe(201);
    const registered = response.json() as RegisteredDonorView;
    expect(registered.donor.source).toBe('lead');
    expect(registered.donor.history[0]?.details).toMatchObject({ leadId: lead.id });
    const [after] = await t.database.db.select().from(leads).where(eq(leads.id, lead.id));
    expect(after?.status).toBe('verified');
    expect(after?.reviewNote).toContain('Anil Yadav');

    const notFound = await prayagraj.request({
      method: 'POST',
      url: `/api/v1/leads/${lead.id}/donor`,
      payload: donorBody(t.world.kanpur, { phone }),
    });
    expectProblem(notFound, 404, 'not_found');
  });
});
