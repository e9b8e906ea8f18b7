// Recording a donation: the donor's next eligible day follows (stored, for matching), the donation is listed, and
// the donor is thanked in their language on their channel — never after STOP or a withdrawn consent, and not
// when the organisation has no account to send from. A bad donation is refused with nothing written.
import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { donations, donors, optOuts, outbox } from '../../src/server/db/schema/index.js';
import { addDays, kolkataDay } from '../../src/server/domain/blood/calendar.js';
import type { DonorList, DonorView, RecordedDonation } from '../../src/shared/contracts/donors.js';
import { caseBody } from '../factories/cases.js';
import { createChannelAccount } from '../factories/channels.js';
import { createDonor } from '../factories/donors.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const t = useTestWorld({ roles: ['operatorKanpur', 'operatorPrayagraj'] });
const operator = t.client('operatorKanpur');

beforeAll(async () => {
  await createChannelAccount(t.database.db, t.world.orgA.id, 'whatsapp');
});

const today = (): string => kolkataDay(new Date());

async function give(donorId: string, payload: object): Promise<RecordedDonation> {
  const response = await operator.request({ method: 'POST', url: `/api/v1/donors/${donorId}/donations`, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const thanksTo = (phone: string) =>
  t.database.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.toAddress, phone), eq(outbox.purpose, 'donor_thanks')));

describe('recording a donation', () => {
  it('moves a man’s next whole-blood day 90 days on, stored for matching, and lists the donation', async () => {
    const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur, { sex: 'male' });
    const recorded = await give(donor.id, {
      product: 'whole_blood',
      bloodCentre: 'Hallet Hospital blood centre',
      bagNumber: `HB-${donor.phone.slice(-6)}`,
      donatedOn: today(),
    });
    const day90 = addDays(today(), 90);
    expect(recorded.donor.eligibleNow).toBe(false);
    expect(recorded.donor.nextEligibleOn).toBe(day90);
    expect(recorded.donor.eligibility[0]).toMatchObject({ product: 'whole_blood', eligible: false, from: day90 });
    expect(recorded.donor.lastDonatedOn).toBe(today());
    expect(recorded.donation).toMatchObject({ product: 'whole_blood', units: 1, donatedOn: today() });
    const [stored] = await t.database.db.select().from(donors).where(eq(donors.id, donor.id));
    expect(stored?.eligibleWholeBloodFrom).toBe(day90);
    expect(stored?.eligibility.whole_blood?.ruleSet).toBe('NBTC-2017/DC-2020/COVID-2021-05');

    const history = recorded.donor.history;
    expect(history.find((e) => e.type === 'donation_recorded')?.details).toMatchObject({
      donationId: recorded.donation.id,
      nextEligibleOn: day90,
    });
    // The list reads the stored days: no longer among those eligible now.
    const listed = async (eligibleNow: 'true' | 'false') =>
      (
        (
          await operator.request({
            method: 'GET',
            url: `/api/v1/donors?q=${donor.phone.slice(-8)}&eligibleNow=${eligibleNow}&product=whole_blood`,
          })
        ).json() as DonorList
      ).items.map((d) => d.id);
    expect(await listed('true')).not.toContain(donor.id);
    expect(await listed('false')).toContain(donor.id);
    const list = await operator.request({ method: 'GET', url: `/api/v1/donors/${donor.id}/donations` });
    expect(list.statusCode).toBe(200);
    expect((list.json() as { items: Array<{ id: string }> }).items.map((d) => d.id)).toEqual([recorded.donation.id]);
  });

  it('a woman waits 120 days', async () => {
    const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur, { sex: 'female' });
    const recorded = await give(donor.id, { product: 'whole_blood', bloodCentre: 'LLR', donatedOn: today() });
    expect(recorded.donor.nextEligibleOn).toBe(addDays(today(), 120));
  });

  it('thanks the donor in Hindi on WhatsApp, saying where the blood went and when they may give again', async () => {
    const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur, { language: 'hi', name: 'रमेश' });
    const created = await operator.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: caseBody(t.world.kanpur, {
        patient: { name: 'Guddu', age: 9, conditions: ['thalassemia'] },
        location: { district: t.world.kanpur, hospital: 'हैलट अस्पताल' },
        needs: [{ resource: 'blood', quantity: 1, bloodGroup: 'B+' }],
      }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const { caseId } = created.json() as { caseId: string };
    const recorded = await give(donor.id, {
      product: 'whole_blood',
      bloodCentre: 'Hallet',
      donatedOn: today(),
      caseId,
    });
    expect(recorded.thanked).toBe(true);
    expect(recorded.donation.case?.id).toBe(caseId);
    const [message] = await thanksTo(donor.phone);
    expect(message).toMatchObject({ channel: 'whatsapp', language: 'hi', caseId, state: 'pending' });
    expect(message?.body).toContain('रमेश');
    expect(message?.body).toContain('हैलट अस्पताल में थैलेसीमिया से पीड़ित एक बच्चे तक');
    expect(message?.body).toContain('धन्यवाद');
    expect(recorded.donor.history.map((e) => e.type)).toContain('thanked');
  });

  it('thanks in English with the operator’s words for where it went', async () => {
    const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur, { language: 'en' });
    const recorded = await give(donor.id, {
      product: 'platelets',
      bloodCentre: 'Regency',
      donatedOn: today(),
      reachedNote: 'a dengue patient at Regency Hospital',
    });
    expect(recorded.thanked).toBe(true);
    const [message] = await thanksTo(donor.phone);
    expect(message?.body).toContain('Your blood reached a dengue patient at Regency Hospital.');
  });

  it('does not thank a donor who sent STOP, withdrew consent, or whose organisation has no account', async () => {
    const stopped = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur);
    await t.database.db.insert(optOuts).values({ address: stopped.phone, channel: 'whatsapp' });
    expect((await give(stopped.id, { product: 'plasma', bloodCentre: 'A', donatedOn: today() })).thanked).toBe(false);

    const withdrawn = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur);
    await operator.request({ method: 'POST', url: `/api/v1/donors/${withdrawn.id}/withdraw-consent`, payload: {} });
    expect((await give(withdrawn.id, { product: 'plasma', bloodCentre: 'A', donatedOn: today() })).thanked).toBe(false);
    expect(await thanksTo(withdrawn.phone)).toHaveLength(0);

    const smsDonor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur, { preferredChannel: 'sms' });
    expect((await give(smsDonor.id, { product: 'plasma', bloodCentre: 'A', donatedOn: today() })).thanked).toBe(false);
    expect(await thanksTo(smsDonor.phone)).toHaveLength(0);
  });

  it('refuses a bag number the centre already has, a future day, or a case the operator cannot see: nothing written', async () => {
    const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur);
    const other = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur);
    const bag = `BAG-${donor.phone.slice(-6)}`;
    await give(other.id, { product: 'whole_blood', bloodCentre: 'Ursula', bagNumber: bag, donatedOn: today() });
    const attempts: Array<[object, string, string]> = [
      [{ bagNumber: bag }, 'bagNumber', 'bag_number_taken'],
      [{ donatedOn: addDays(today(), 2) }, 'donatedOn', 'date_in_future'],
      [{ caseId: '00000000-0000-4000-8000-000000000000' }, 'caseId', 'unknown_case'],
    ];
    for (const [over, field, code] of attempts) {
      const response = await operator.request({
        method: 'POST',
        url: `/api/v1/donors/${donor.id}/donations`,
        payload: { product: 'whole_blood', bloodCentre: 'Ursula', donatedOn: today(), ...over },
        headers: { 'accept-language': 'hi' },
      });
      const problem = expectProblem(response, 400, 'validation_failed');
      expect(problem.errors?.[0]).toMatchObject({ field, code, message: expect.stringMatching(/[\u0900-\u097F]/) });
    }
    const [given] = await t.database.db.select({ n: count() }).from(donations).where(eq(donations.donorId, donor.id));
    expect(given?.n).toBe(0);
    const view = (await operator.request({ method: 'GET', url: `/api/v1/donors/${donor.id}` })).json() as DonorView;
    expect(view.history.map((e) => e.type)).toEqual(['registered']);
    expect(view.eligibleNow).toBe(true);
  });

  it('the same donation entered again, even by many at once, is kept once and thanked once', async () => {
    const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur);
    const payload = { product: 'whole_blood', bloodCentre: 'Hallet Hospital blood bank', donatedOn: today() };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        operator.request({ method: 'POST', url: `/api/v1/donors/${donor.id}/donations`, payload }),
      ),
    );
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(1);
    for (const refused of answers.filter((a) => a.statusCode !== 201)) {
      expect(expectProblem(refused, 400, 'validation_failed').errors?.[0]).toMatchObject({
        field: 'donatedOn',
        code: 'donation_already_recorded',
      });
    }
    const [given] = await t.database.db.select({ n: count() }).from(donations).where(eq(donations.donorId, donor.id));
    expect(given?.n).toBe(1);
    expect(await thanksTo(donor.phone)).toHaveLength(1);
  });

  it('another organisation cannot record or read a donor’s donations', async () => {
    const donor = await createDonor(t.database.db, t.world.orgA.id, t.world.kanpur);
    const prayagraj = t.client('operatorPrayagraj');
    expectProblem(
      await prayagraj.request({ method: 'GET', url: `/api/v1/donors/${donor.id}/donations` }),
      404,
      'not_found',
    );
    expectProblem(
      await prayagraj.request({
        method: 'POST',
        url: `/api/v1/donors/${donor.id}/donations`,
        payload: { product: 'whole_blood', bloodCentre: 'X', donatedOn: today() },
      }),
      404,
      'not_found',
    );
  });
});
