// Issue #14's roster scenario in the browser, on a 360 px phone: Kanpur's coordinator registers a thalassemia child
// (a first try with an interval of 0 days is refused at its field), sees the empty pool's warning, adds nearby
// verified donors from the candidates, and the next three transfusions show on the child's calendar, each with a
// booked donor; a donor's "yes" taken on the phone is recorded and shows; a transfusion moved to another day is booked
// again. The organisation's calendar lists the child. One pass in Hindi reads the same page in Devanagari and records
// the donation at the centre.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CreateDonorBody, RegisteredDonorView } from '../../src/shared/contracts/donors.js';
import type { TransfusionPatientList } from '../../src/shared/contracts/transfusion-patients.js';
import { signInApi, type ApiSession } from './support/api.js';
import { contextAs } from './support/browser.js';
import { englishTexts, text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone } from './support/people.js';
import { expectFits, phone, screenshot } from './support/phone-screen.js';

const en = (key: string) => text('en', key);
const hi = (key: string) => text('hi', key);

const coordinator = demoPerson('coordinator.kanpur@sahayata.example');
const district = 'UP-KANPUR-NAGAR';
// A Kanpur Nagar PIN code far from most demo donors: the donors made here (at the centre's PIN) are the nearest.
const pincode = '209214';
const liveArrival = { timeout: 20_000 };

/** An ISO day on the Kolkata calendar. */
const kolkataDay = (ms: number) => new Date(ms + 330 * 60_000).toISOString().slice(0, 10);
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function post<T>({ api, session }: ApiSession, path: string, data: unknown): Promise<T> {
  const response = await api.post(`/api/v1${path}`, { data, headers: { 'x-csrf-token': session.csrfToken } });
  if (!response.ok()) throw new Error(`${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A verified whole-blood donor in Kanpur, registered by the coordinator through the API. */
async function verifiedDonor(api: ApiSession, name: string, bloodGroup: CreateDonorBody['bloodGroup']) {
  const body: CreateDonorBody = {
    phone: uniquePhone(),
    name,
    sex: 'male',
    dateOfBirth: '1990-05-20',
    weightBand: '>55',
    bloodGroup,
    district,
    pincode,
    products: ['whole_blood'],
    contactFrom: 0,
    contactTo: 1439,
    language: 'hi',
    preferredChannel: 'whatsapp',
    consentPurpose: 'थैलेसीमिया से पीड़ित बच्चों के लिए नियमित रक्तदान',
  };
  const registered = await post<RegisteredDonorView>(api, '/donors', body);
  await post(api, `/donors/${registered.donorId}/verify`, { idSeen: 'police_id' });
  return registered.donorId;
}

/** A phone in the given screen language (the device's choice, so the account's Hindi does not override it). */
async function phoneIn(browser: Browser, language: 'en' | 'hi'): Promise<BrowserContext> {
  const context = await contextAs(browser, credentialsOf(coordinator), {
    ...phone,
    locale: language === 'hi' ? 'hi-IN' : 'en-IN',
  });
  await context.addInitScript((lang) => localStorage.setItem('sahayata.language', lang), language);
  return context;
}

/** Opens a page and waits for its heading and for every part of it to load. */
async function opened(page: Page, path: string, language: 'en' | 'hi'): Promise<void> {
  await page.goto(path);
  await page.locator(`html[lang=${language}]`).waitFor();
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('main .loading').length === 0);
}

describeE2e('a thalassemia child, their donor pool and their next transfusions, on a phone', () => {
  let browser: Browser;
  let api: ApiSession;
  let childId: string | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    api = await signInApi(credentialsOf(coordinator));
  });
  afterAll(async () => {
    // Care ended, so the pool is released and the calendar is as other specs expect it.
    if (childId !== undefined) await post(api, `/transfusion-patients/${childId}/state`, { state: 'ended' });
    await api?.api.dispose();
    await releaseChromium(browser);
  });

  it(
    'registers the child, fills the pool from the candidates and books the next three transfusions',
    { timeout: 240_000 },
    async () => {
      const suffix = String(Date.now()).slice(-5);
      const donorIds = [
        await verifiedDonor(api, 'रमेश कुमार', 'B+'),
        await verifiedDonor(api, 'सुरेश यादव', 'O+'),
        await verifiedDonor(api, 'अमित सिंह', 'B+'),
        await verifiedDonor(api, 'विकास गुप्ता', 'O-'),
      ];
      const today = kolkataDay(Date.now());
      const childName = `गुड़िया ${suffix}`;

      // The new child's form, in English on a 360 px phone.
      const context = await phoneIn(browser, 'en');
      const page = await context.newPage();
      await opened(page, '/thalassemia/new', 'en');
      const form = page.locator('form.child-form');
      await form.locator('input[name=name]').fill(childName);
      await form.locator('select[name=sex]').selectOption('female');
      await form.locator('input[name=dateOfBirth]').fill('2018-02-11');
      await form.locator('input[name=guardianName]').fill('सुनीता देवी');
      await form.locator('input[name=guardianPhone]').fill(uniquePhone());
      await form.locator('input[name=consentBy]').fill('सुनीता देवी');
      await form.locator('select[name=bloodGroup]').selectOption('B+');
      await form.locator('input[name=intervalDays]').fill('0');
      await form.locator('input[name=unitsPerTransfusion]').fill('1');
      await form.locator('input[name=lastTransfusionOn]').fill(addDays(today, -7));
      await form.locator('input[name=centre]').fill('हैलट अस्पताल (एलएलआर), कानपुर');
      await form.locator('select[name=district]').selectOption(district);
      await form.locator('input[name=pincode]').fill(pincode);

      // An interval of 0 days is refused at its field, and nothing is registered.
      await form.getByRole('button', { name: en('thalassemia.new.submit') }).click();
      const summary = form.locator('.error-summary');
      await summary.waitFor();
      await summary.locator('a[data-field=intervalDays]').waitFor();
      await form.locator('input[name=intervalDays][aria-invalid=true]').waitFor();
      await screenshot(page, 'thalassemia-new-child-error-360-en.png');
      await expectFits(page, '/thalassemia/new (refused)');
      const none = await api.api.get(`/api/v1/transfusion-patients?q=${encodeURIComponent(childName)}`);
      expect(((await none.json()) as TransfusionPatientList).total).toBe(0);

      // Every 21 days: registered, the child's page opens.
      await form.locator('input[name=intervalDays]').fill('21');
      await form.getByRole('button', { name: en('thalassemia.new.submit') }).click();
      await page.waitForURL(/\/thalassemia\/children\/[0-9a-f-]{36}$/);
      childId = /children\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
      await page.locator('section.child-page').waitFor();
      expect(await page.locator('main h1').innerText()).toContain(childName);
      const reference = (await page.locator('section.child-page').getAttribute('data-reference')) ?? '';
      expect(reference).toMatch(/^THAL-\d{4,}$/);

      // The empty pool warns that it cannot cover the next 3 months.
      const roster = page.locator('section.roster');
      await roster.locator('[data-warning=coverage]').waitFor();

      // The candidates: the nearest compatible verified donors; each of ours is added to the pool.
      await roster.locator('details.roster-candidates > summary').click();
      for (const [i, donorId] of donorIds.entries()) {
        const candidate = roster.locator(`li.roster-candidate[data-donor-id="${donorId}"]`);
        await candidate.waitFor(liveArrival);
        // The first said on the phone they would also give for other children: the pool records it.
        if (i === 0) await candidate.getByLabel(en('thalassemia.roster.agreedToMorePools')).check();
        await candidate.getByRole('button', { name: en('thalassemia.roster.add') }).click();
        await roster.locator(`.roster-members li[data-donor-id="${donorId}"]`).waitFor(liveArrival);
      }
      const morePools = roster.locator('.roster-members li', { hasText: en('thalassemia.roster.morePools') });
      expect(await morePools.getAttribute('data-donor-id')).toBe(donorIds[0]);
      // Four donors are not enough for a child transfused every 21 days: the warning says how many are missing.
      const warning = roster.locator('[data-warning=coverage]');
      await warning.waitFor();
      expect(Number(await warning.getAttribute('data-missing'))).toBeGreaterThan(0);

      // Book now: the next three transfusions, each with a donor of the pool booked and asked.
      const calendar = page.locator('section.child-transfusions');
      await calendar.locator('button[data-action=plan]').click();
      await calendar.locator('[data-plan-result]').waitFor(liveArrival);
      const upcoming = calendar.locator('li.transfusion[data-past=false]');
      await expect.poll(() => upcoming.count(), liveArrival).toBe(3);
      const days: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        const transfusion = upcoming.nth(i);
        days.push((await transfusion.getAttribute('data-due-on')) ?? '');
        const booking = transfusion.locator('li.transfusion-booking').first();
        await booking.waitFor();
        expect(donorIds).toContain(await booking.getAttribute('data-donor-id'));
        expect(['booked', 'confirmed']).toContain(await booking.getAttribute('data-state'));
      }
      expect(days).toEqual([addDays(today, 14), addDays(today, 35), addDays(today, 56)]);

      // The first donor says yes on the phone; the coordinator records it.
      const first = upcoming.first().locator('li.transfusion-booking[data-state=booked]').first();
      const answeredDonor = (await first.getAttribute('data-donor-id')) ?? '';
      await first.locator('button[data-answer=confirmed]').click();
      const confirmed = upcoming
        .first()
        .locator(`li.transfusion-booking[data-donor-id="${answeredDonor}"][data-state=confirmed]`);
      await confirmed.waitFor(liveArrival);
      expect(await confirmed.locator('.booking-state').innerText()).toBe(en('thalassemia.bookingState.confirmed'));
      await screenshot(page, 'thalassemia-child-360-en.png');
      await expectFits(page, '/thalassemia/children/{id}');

      // The third transfusion moves two days later: its booking is cancelled and the pool booked again for the day.
      const third = upcoming.nth(2);
      await third.locator('details[data-folded=move] > summary').click();
      const move = third.locator('form[data-action=move]');
      await move.locator('input[name=dueOn]').fill(addDays(today, 58));
      await move.getByRole('button', { name: en('thalassemia.move.submit') }).click();
      const moved = calendar.locator(`li.transfusion[data-due-on="${addDays(today, 58)}"]`);
      await moved.locator('li.transfusion-booking[data-state=booked]').first().waitFor(liveArrival);
      expect(donorIds).toContain(await moved.locator('li.transfusion-booking').first().getAttribute('data-donor-id'));
      await expect.poll(() => calendar.locator(`li.transfusion[data-due-on="${addDays(today, 56)}"]`).count()).toBe(0);

      // The list shows the child with the next transfusion and the pool's warning; the calendar lists the child.
      await opened(page, `/thalassemia?q=${encodeURIComponent(reference)}`, 'en');
      const row = page.locator(`li.child-row[data-reference="${reference}"]`);
      await row.waitFor();
      expect(await row.locator('.child-row-next').getAttribute('data-next')).toBe(addDays(today, 14));
      await row.locator('[data-warning=coverage]').waitFor();
      await expectFits(page, '/thalassemia');
      await opened(page, '/thalassemia/calendar', 'en');
      await page
        .locator(`section.calendar-day[data-day="${addDays(today, 14)}"] a.child-name`, { hasText: childName })
        .waitFor();
      await expectFits(page, '/thalassemia/calendar');
      await context.close();

      // The same child's page in Hindi: Devanagari headings, states and buttons, and no English left on it.
      const hindi = await phoneIn(browser, 'hi');
      const hiPage = await hindi.newPage();
      await opened(hiPage, `/thalassemia/children/${childId}`, 'hi');
      await hiPage.locator('section.child-transfusions li.transfusion').first().waitFor();
      expect(await hiPage.locator('#transfusions-heading').innerText()).toBe(hi('thalassemia.calendar.heading'));
      expect(await hiPage.locator('#roster-heading').innerText()).toBe(hi('thalassemia.roster.heading'));
      expect(await hiPage.locator('#child-profile').innerText()).toBe(hi('thalassemia.profile.heading'));
      const hiConfirmed = hiPage.locator(
        `section.child-transfusions li.transfusion-booking[data-donor-id="${answeredDonor}"][data-state=confirmed] .booking-state`,
      );
      expect(await hiConfirmed.first().innerText()).toBe(hi('thalassemia.bookingState.confirmed'));
      expect(await hiPage.locator('[data-warning=coverage] .problem-title').innerText()).toMatch(/[\u0900-\u097F]/);
      const english = englishTexts();
      const onScreen = await hiPage.locator('main').evaluate((main) =>
        Array.from(main.querySelectorAll('h1, h2, h3, summary, button, label, dt, .badge, .booking-state'))
          .map((element) => (element as HTMLElement).innerText.trim())
          .filter((words) => words !== ''),
      );
      expect(onScreen.filter((words) => english.has(words))).toEqual([]);
      await screenshot(hiPage, 'thalassemia-child-360-hi.png');
      await expectFits(hiPage, '/thalassemia/children/{id} (hi)');

      // At the centre the donor gives: the bag number is recorded, in Hindi, and the booking says so.
      const hiBooking = hiPage.locator(
        `section.child-transfusions li.transfusion[data-due-on="${addDays(today, 14)}"] li.transfusion-booking[data-donor-id="${answeredDonor}"]`,
      );
      await hiBooking.locator('button[data-action=outcome]').click();
      const outcome = hiBooking.locator('form[data-action=outcome]');
      await outcome.locator('select[name=outcome]').selectOption('donated');
      await outcome.locator('input[name=bagNumber]').fill(`KNP-${suffix}`);
      await outcome.getByRole('button', { name: hi('thalassemia.outcome.submit') }).click();
      const donated = hiPage.locator(
        `section.child-transfusions li.transfusion-booking[data-donor-id="${answeredDonor}"][data-state=donated] .booking-state`,
      );
      await donated.first().waitFor(liveArrival);
      expect(await donated.first().innerText()).toBe(hi('thalassemia.bookingState.donated'));
      await hindi.close();
    },
  );
});
