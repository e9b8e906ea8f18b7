// Issue #14's camp scenario in the browser: the Kanpur coordinator plans a blood donation camp for today; three donors
// register — one on the public page (and gets the QR code to show), one by the desk, one by WhatsApp through the
// simulator ("CAMP <code>"); at the door, on a 360 px phone in Hindi, one is checked in by opening the QR code's
// address and one by their phone number; one gives a unit of whole blood, the other is deferred for low haemoglobin;
// the camp's report counts them. The phone screens are photographed in Hindi and English.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CampDetail, RegistrationList } from '../../src/shared/contracts/camps.js';
import { signInApi, type ApiSession } from './support/api.js';
import { contextAs, newContext } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone } from './support/people.js';
import { expectFits, phone, screenshot, settled } from './support/phone-screen.js';

const hi = (key: string) => text('hi', key);
const coordinator = demoPerson('coordinator.kanpur@sahayata.example');
const operator = demoPerson('operator.kanpur@sahayata.example');
// The demo's first WhatsApp number is the Kanpur police's, the camp's organisation.
const kanpurWhatsApp = '100000000000001';
const liveArrival = { timeout: 20_000 };
const devanagari = /[\u0900-\u097F]/;

const istMs = 330 * 60_000;
const minute = 60_000;
/** A moment as a datetime-local value on the Kolkata clock, as the plan form takes it. */
const kolkataInput = (ms: number) => new Date(ms + istMs).toISOString().slice(0, 16);

/** Today's hours for the camp: from the half hour before now, for six hours, never past today's Kolkata midnight. */
function todaysHours(now: number): { startsAt: number; endsAt: number } {
  const halfHour = 30 * minute;
  const dayStart = Math.floor((now + istMs) / (24 * 60 * minute)) * 24 * 60 * minute - istMs;
  const startsAt = Math.max(dayStart, Math.floor(now / halfHour) * halfHour - halfHour);
  const endsAt = Math.min(startsAt + 6 * 60 * minute, dayStart + 24 * 60 * minute - minute);
  return { startsAt, endsAt };
}

async function getJson<T>({ api }: ApiSession, path: string): Promise<T> {
  const response = await api.get(`/api/v1${path}`);
  if (!response.ok()) throw new Error(`${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The same page in English on this device (the header's switch remembers it the same way). */
async function inEnglish(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => localStorage.setItem('sahayata.language', 'en'));
}

/** Opens a page in the language on this device and waits until nothing is loading. */
async function opened(page: Page, path: string, lang: 'hi' | 'en'): Promise<void> {
  await page.goto(path);
  await page
    .locator(`html[lang=${lang}]`)
    .waitFor({ state: 'attached' })
    .catch(async (error: unknown) => {
      await screenshot(page, 'camp-failed-open.png');
      const seen = await page.evaluate(() => document.documentElement.lang);
      throw new Error(`${path} (at ${page.url()}) is in "${seen}", not ${lang}`, { cause: error });
    });
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => document.querySelector('main .loading') === null);
}

/** The simulator, writing as `from` over WhatsApp to the Kanpur number, on a phone that has no thread yet. */
async function openSimulator(page: Page, from: string): Promise<void> {
  await showThread(page, from);
  await page
    .locator(`[data-testid=simulator-thread][aria-label="${hi('simulator.thread').replace('{{from}}', from)}"]`)
    .getByText(hi('simulator.empty'))
    .waitFor();
}

/** The simulator's thread of `from` with the Kanpur WhatsApp number. */
async function showThread(page: Page, from: string): Promise<void> {
  await settled(page, '/simulator');
  const settings = page.locator('.simulator-settings');
  await settings.locator('select[name=via]').selectOption('whatsapp');
  await settings.locator(`select[name=account] option[value="${kanpurWhatsApp}"]`).waitFor({ state: 'attached' });
  await settings.locator('select[name=account]').selectOption(kanpurWhatsApp);
  await settings.locator('input[name=from]').fill(from);
}

/** Sends a message in the simulator and waits for the app's `replies`-th answer in the thread. */
async function sendAndWait(page: Page, message: string, replies: number): Promise<string> {
  await page.locator('textarea[name=text]').fill(message);
  await page.getByRole('button', { name: hi('simulator.send') }).click();
  const thread = page.getByTestId('simulator-thread');
  await thread.locator('.bubble-inbound', { hasText: message }).last().waitFor(liveArrival);
  const reply = thread.getByTestId('simulator-outbound').nth(replies - 1);
  await reply.waitFor(liveArrival);
  return reply.locator('.bubble-text').innerText();
}

describeE2e('a blood donation camp, from the plan to the report', () => {
  let browser: Browser;
  let api: ApiSession;
  beforeAll(async () => {
    browser = await launchChromium();
    api = await signInApi(credentialsOf(coordinator));
  });
  afterAll(async () => {
    await api?.api.dispose();
    await releaseChromium(browser);
  });

  it(
    'plans a camp for today, registers three donors three ways, checks two in at 360 px, and reports them',
    { timeout: 240_000 },
    async () => {
      // The coordinator plans today's camp, in Hindi, with a Devanagari name.
      const desk = await contextAs(browser, credentialsOf(coordinator));
      const page = await desk.newPage();
      await opened(page, '/camps', 'hi');
      await page.locator('a[href="/camps/new"]').click();
      await page.locator('main form.camp-form').waitFor();
      const form = page.locator('main form.camp-form');
      const title = `रक्तदान शिविर, पुलिस लाइन्स ${Date.now() % 10_000}`;
      const { startsAt, endsAt } = todaysHours(Date.now());
      // Sent with the hours the wrong way round first: the server names the end time, nothing is planned.
      await form.locator('input[name=title]').fill(title);
      await form.locator('input[name=partnerCentre]').fill('हैलट अस्पताल (एलएलआर) ब्लड सेंटर');
      await form.locator('input[name=targetUnits]').fill('40');
      await form.locator('textarea[name=coOrganisers]').fill('रोटरी क्लब कानपुर');
      await form.locator('input[name=venue]').fill('पुलिस लाइन्स, कानपुर');
      await form.locator('input[name=locality]').fill('सिविल लाइन्स');
      await form.locator('input[name=pincode]').fill('208001');
      if (!(await form.locator('select[name=district]').inputValue())) {
        await form.getByLabel(hi('districtSelect.state')).selectOption('UP');
        await form.locator('select[name=district] option[value=UP-KANPUR-NAGAR]').waitFor({ state: 'attached' });
        await form.locator('select[name=district]').selectOption('UP-KANPUR-NAGAR');
      }
      await form.locator('input[name=startsAt]').fill(kolkataInput(endsAt));
      await form.locator('input[name=endsAt]').fill(kolkataInput(startsAt));
      await form.locator('button[type=submit]').click();
      await form.locator('.field-error').first().waitFor();
      expect(await form.locator('input[name=endsAt]').getAttribute('aria-invalid')).toBe('true');
      expect(page.url()).toMatch(/\/camps\/new$/);

      await form.locator('input[name=startsAt]').fill(kolkataInput(startsAt));
      await form.locator('input[name=endsAt]').fill(kolkataInput(endsAt));
      await form.locator('button[type=submit]').click();
      await page.locator('main section.camp-page').waitFor();
      const campId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
      const camp = await getJson<CampDetail>(api, `/camps/${campId}`);
      expect(camp.title).toBe(title);
      expect(camp.district.code).toBe('UP-KANPUR-NAGAR');
      expect(camp.startsAt).toBe(new Date(startsAt).toISOString());
      expect(camp.registrationOpen).toBe(true);
      expect(await page.locator('[data-field=code]').innerText()).toBe(camp.code);

      // 1. A donor registers on the public page, on their phone, in Hindi: their QR code comes back.
      const citizen = await newContext(browser, phone);
      const publicPage = await citizen.newPage();
      await opened(publicPage, camp.publicPath, 'hi');
      await publicPage.locator('main h1', { hasText: title }).waitFor();
      await screenshot(publicPage, 'camp-public-360-hi.png');
      await expectFits(publicPage, camp.publicPath);
      const publicForm = publicPage.locator('main form.camp-public-form');
      const webDonorPhone = uniquePhone();
      await publicForm.locator('input[name=name]').fill('सुनील कुमार यादव');
      await publicForm.locator('input[name=phone]').fill(webDonorPhone);
      await publicForm.locator('select[name=bloodGroup]').selectOption('B+');
      await publicForm.locator('select[name=category]').selectOption('police');
      await publicForm.getByRole('button', { name: hi('camps.public.submit') }).click();
      await publicPage.getByTestId('camp-registered').waitFor();
      const qr = publicPage.locator('.camp-qr');
      expect(await qr.locator('svg').count()).toBe(1);
      expect(await publicPage.locator('.camp-qr-show').innerText()).toBe(hi('camps.public.showThis'));
      const checkInUrl = (await qr.getAttribute('data-check-in-url')) ?? '';
      expect(checkInUrl).toContain(`/camps/${campId}/check-in?token=`);
      await screenshot(publicPage, 'camp-qr-360-hi.png');
      await expectFits(publicPage, `${camp.publicPath} (registered)`);

      // 2. The desk registers a donor who called.
      const deskDonorPhone = uniquePhone();
      const register = page.locator('form[data-action=register]');
      await register.locator('input[name=name]').fill('गीता देवी');
      await register.locator('input[name=phone]').fill(deskDonorPhone);
      await register.locator('select[name=category]').selectOption('citizen');
      await register.locator('button[type=submit]').click();
      await register.locator('[data-registered]').waitFor();
      // …who is told, on WhatsApp in Hindi, the camp, the day and the slot.
      const deskThread = await desk.newPage();
      await showThread(deskThread, deskDonorPhone);
      const deskConfirmation = deskThread.getByTestId('simulator-outbound').filter({ hasText: title }).first();
      await deskConfirmation.waitFor(liveArrival);
      expect(await deskConfirmation.locator('.bubble-text').innerText()).toMatch(devanagari);
      await deskThread.close();

      // 3. A donor registers by WhatsApp: "CAMP <code>", then their name when asked.
      const simulator = await desk.newPage();
      const whatsappDonorPhone = uniquePhone();
      await openSimulator(simulator, whatsappDonorPhone);
      const asked = await sendAndWait(simulator, `CAMP ${camp.code}`, 1);
      expect(asked).toContain(title);
      const confirmed = await sendAndWait(simulator, 'रामप्रसाद वर्मा', 2);
      expect(confirmed).toContain('रामप्रसाद वर्मा');
      expect(confirmed).toMatch(devanagari);
      const all = await getJson<RegistrationList>(api, `/camps/${campId}/registrations`);
      expect(all.items.map((r) => r.source).sort()).toEqual(['operator', 'web', 'whatsapp']);
      // Masked in every list: no full number is ever answered.
      for (const full of [webDonorPhone, deskDonorPhone, whatsappDonorPhone]) {
        expect(all.items.some((r) => r.phone.replace(/\D/g, '').endsWith(full.slice(3)))).toBe(false);
      }

      // The coordinator invites eligible donors nearby: how many were invited and how many skipped, and why.
      await page.reload();
      const invite = page.locator('form[data-action=invite]');
      await invite.locator('button[type=submit]').click();
      const invited = invite.locator('.camp-invite-result');
      await invited.waitFor(liveArrival);
      expect(Number(await invited.getAttribute('data-invited'))).toBeGreaterThanOrEqual(0);
      expect(await invited.locator('[data-skipped]').count()).toBe(4);

      // At the door, on a 360 px phone in Hindi: the QR code's address opens the registration with a big button.
      const door = await contextAs(browser, credentialsOf(operator), phone);
      const checkIn = await door.newPage();
      await opened(checkIn, new URL(checkInUrl).pathname + new URL(checkInUrl).search, 'hi');
      const found = checkIn.locator('section.camp-found');
      await found.locator('.camp-registration-name', { hasText: 'सुनील कुमार यादव' }).waitFor();
      await screenshot(checkIn, 'camp-check-in-qr-360-hi.png');
      await expectFits(checkIn, 'check-in (QR)');
      await found.locator('button[data-action=check-in]').click();
      const outcome = found.locator('form[data-action=outcome]');
      await outcome.waitFor();
      await screenshot(checkIn, 'camp-outcome-360-hi.png');
      await expectFits(checkIn, 'check-in (outcome)');
      const bag = `KNP-${Date.now() % 1_000_000}`;
      await outcome.locator('select[name=product]').selectOption('whole_blood');
      await outcome.locator('input[name=bagNumber]').fill(bag);
      await outcome.getByRole('button', { name: hi('camps.outcome.submitDonated') }).click();
      await found.locator('[data-done=donated]').waitFor();
      expect(await found.locator('[data-outcome=donated]').innerText()).toContain(bag);

      // The next donor, found by the phone number they registered with, is deferred for low haemoglobin.
      await found.getByRole('button', { name: hi('camps.checkIn.next') }).click();
      await checkIn.locator('form[data-action=find-phone] input[name=phone]').fill(deskDonorPhone);
      await checkIn.locator('form[data-action=find-phone] button[type=submit]').click();
      await found.locator('.camp-registration-name', { hasText: 'गीता देवी' }).waitFor();
      await found.locator('button[data-action=check-in]').click();
      await outcome.waitFor();
      await outcome.locator('input[value=deferred]').check();
      await outcome.locator('select[name=reason]').selectOption('low_haemoglobin');
      const until = new Date(Date.now() + istMs + 90 * 24 * 60 * minute).toISOString().slice(0, 10);
      await outcome.locator('input[name=until]').fill(until);
      await outcome.getByRole('button', { name: hi('camps.outcome.submitDeferred') }).click();
      await found.locator('[data-done=deferred]').waitFor();
      await screenshot(checkIn, 'camp-deferred-360-hi.png');
      await expectFits(checkIn, 'check-in (deferred)');

      // The report counts them: three registered, two came, one gave a unit of whole blood, one deferred.
      const report = await door.newPage();
      await opened(report, `/camps/${campId}/report`, 'hi');
      const figure = async (key: string) => report.locator(`[data-report=${key}]`).getAttribute('data-value');
      expect([
        await figure('registered'),
        await figure('came'),
        await figure('donated'),
        await figure('deferred'),
      ]).toEqual(['3', '2', '1', '1']);
      expect(await report.locator('dd[data-row=whole_blood]').getAttribute('data-value')).toBe('1');
      expect(await report.locator('dd[data-row=police]').getAttribute('data-value')).toBe('1');
      expect(await report.locator('dd[data-row=low_haemoglobin]').getAttribute('data-value')).toBe('1');
      expect(await report.locator('a[data-link=csv]').getAttribute('href')).toBe(
        `/api/v1/camps/${campId}/report?format=csv`,
      );
      await screenshot(report, 'camp-report-360-hi.png');
      await expectFits(report, 'camp report');

      // The camp page at 360 px in Hindi: counts follow.
      await opened(report, `/camps/${campId}`, 'hi');
      expect(await report.locator('[data-count=donated]').getAttribute('data-value')).toBe('1');
      await screenshot(report, 'camp-page-360-hi.png');
      await expectFits(report, 'camp page');

      // After the camp, the coordinator marks it held and thanks the donors, once.
      await page.reload();
      await page.locator('form[data-action=held] button[type=submit]').click();
      await page.locator('section.camp-page[data-state=held]').waitFor();
      await page.locator('form[data-action=thank] button[type=submit]').click();
      await page.locator('section.camp-actions [data-queued]').waitFor(liveArrival);
      await page.locator('form[data-action=thank]').waitFor({ state: 'detached' });
      await page.locator('[data-event=thanked]').waitFor();
      expect(await page.locator('[data-event=thanked]').count()).toBe(1);
      await screenshot(page, 'camp-page-coordinator-hi.png');

      // The same screens in English.
      const english = await contextAs(browser, credentialsOf(operator), { ...phone, locale: 'en-IN' });
      await inEnglish(english);
      const en = await english.newPage();
      await opened(en, `/camps/${campId}/check-in`, 'en');
      await en.locator('form[data-action=find-phone] input[name=phone]').fill(webDonorPhone);
      await en.locator('form[data-action=find-phone] button[type=submit]').click();
      await en.locator('section.camp-found [data-done=donated]').waitFor();
      await screenshot(en, 'camp-check-in-360-en.png');
      await expectFits(en, 'check-in (English)');
      await opened(en, `/camps/${campId}/report`, 'en');
      await screenshot(en, 'camp-report-360-en.png');
      await expectFits(en, 'camp report (English)');
      const englishCitizen = await newContext(browser, { ...phone, locale: 'en-IN' });
      await inEnglish(englishCitizen);
      const enPublic = await englishCitizen.newPage();
      await opened(enPublic, camp.publicPath, 'en');
      await screenshot(enPublic, 'camp-public-360-en.png');
      await expectFits(enPublic, `${camp.publicPath} (English)`);

      for (const context of [desk, citizen, door, english, englishCitizen]) await context.close();
    },
  );
});
