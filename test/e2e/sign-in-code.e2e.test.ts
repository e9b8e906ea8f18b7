import { request, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SessionView } from '../../src/shared/contracts/auth.js';
import type { SimulatorEntry } from '../../src/shared/contracts/channels.js';
import type { UserView } from '../../src/shared/contracts/users.js';
import { createPerson, listOrganisations, signInApi, type ApiSession } from './support/api.js';
import { contextAs, e2e, newContext, signInThroughUi } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone, type Credentials } from './support/people.js';
import { expectFits, phone as phoneScreen, screenshot } from './support/phone-screen.js';

// Codes go out through a channel account of the person's organisation; in the demo, Kanpur police's have them.
const kanpurPolice = 'Kanpur Nagar Police Commissionerate';
const admin = credentialsOf(demoPerson('admin@sahayata.example'));
const coordinator = credentialsOf(demoPerson('coordinator.kanpur@sahayata.example'));
const password = 'a-long-enough-password';

/** A person of this spec's own in Kanpur police: a lock lasts 15 minutes and must touch no other spec. */
async function newKanpurPerson(adminSession: ApiSession, name: string, language: 'en' | 'hi'): Promise<UserView> {
  const organisation = (await listOrganisations(adminSession)).find((o) => o.name === kanpurPolice);
  if (!organisation) throw new Error(`the demo data has no ${kanpurPolice}`);
  return createPerson(adminSession, {
    name,
    phone: uniquePhone(),
    preferredLanguage: language,
    password,
    membership: { role: 'volunteer', organisationId: organisation.id, districts: [] },
  });
}

/** Five wrong passwords through the API: the fifth locks the account's sign-in. */
async function lockThroughApi(identifier: string): Promise<void> {
  const api = await request.newContext({ baseURL: e2e().baseUrl });
  let status = 0;
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const response = await api.post('/api/v1/auth/sign-in', { data: { identifier, password: 'not-the-password' } });
    status = response.status();
  }
  await api.dispose();
  expect(status).toBe(429);
}

/** The code in the newest sign-in message to this phone, as the simulator kept it (only admins see its body). */
async function codeSentTo({ api }: ApiSession, phone: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const response = await api.get(`/api/v1/simulator/log?from=${encodeURIComponent(phone)}`);
    if (!response.ok()) throw new Error(`simulator log answered ${response.status()}: ${await response.text()}`);
    const { items } = (await response.json()) as { items: SimulatorEntry[] };
    const code = items
      .filter((item) => item.direction === 'outbound')
      .map((item) => /\b([0-9]{6})\b/.exec(item.body)?.[1])
      .find((found) => found !== undefined);
    if (code !== undefined) return code;
    if (Date.now() > deadline) throw new Error(`no sign-in code to ${phone} in the simulator log`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const alert = (page: Page) => page.locator('form > [role=alert]');
const codeInput = (page: Page) => page.locator('input[name=code]');

describeE2e('a locked sign-in, opened with a code sent to the phone', () => {
  let browser: Browser;
  let adminSession: ApiSession;
  beforeAll(async () => {
    browser = await launchChromium();
    adminSession = await signInApi(admin);
  });
  afterAll(async () => {
    await adminSession?.api.dispose();
    await releaseChromium(browser);
  });

  it('on a 360 px phone in Hindi: ask for a code, a wrong one is refused, the right one and the password sign in', async () => {
    const person = await newKanpurPerson(adminSession, 'Kod Parikshan', 'hi');
    await lockThroughApi(person.phone);

    const context = await newContext(browser, phoneScreen);
    const page = await context.newPage();
    await signInThroughUi(page, { identifier: person.phone, password });
    await page.locator('html[lang=hi]').waitFor();
    await alert(page)
      .filter({ hasText: text('hi', 'sign_in_locked.title', 'errors') })
      .waitFor();
    const status = page.locator('.sign-in-code [role=status]');
    expect(await status.innerText()).toBe(text('hi', 'signIn.code.lockedHint'));

    await page.getByRole('button', { name: text('hi', 'signIn.code.offer') }).click();
    await status.filter({ hasText: text('hi', 'signIn.code.sent') }).waitFor();
    // A field for a phone's keypad and its one-time-code autofill, named by its label, and where the caret is.
    const input = page.getByLabel(text('hi', 'signIn.code.label'));
    expect(await input.getAttribute('inputmode')).toBe('numeric');
    expect(await input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: text('hi', 'signIn.code.offerAgain') }).waitFor();
    await screenshot(page, 'sign-in-code-360-hi.png');
    await expectFits(page, '/sign-in (code step)');

    // Too few digits are caught before anything is sent.
    await input.fill('12345');
    await page.locator('form button[type=submit]').click();
    await page
      .locator('.field-error')
      .filter({ hasText: text('hi', 'signIn.code.invalid') })
      .waitFor();

    const code = await codeSentTo(adminSession, person.phone);
    // A wrong code changes nothing: still locked, and the field says the code was not taken.
    await input.fill(code === '000000' ? '111111' : '000000');
    await page.locator('form button[type=submit]').click();
    await page
      .locator('.field-error')
      .filter({ hasText: text('hi', 'signIn.code.notAccepted') })
      .waitFor();
    await alert(page)
      .filter({ hasText: text('hi', 'sign_in_locked.title', 'errors') })
      .waitFor();

    // Typed as people copy it from a message, with a space in the middle.
    await input.fill(`${code.slice(0, 3)} ${code.slice(3)}`);
    await page.locator('input[name=password]').fill(password);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.locator('main h1').waitFor();
    const session = await page.request.get('/api/v1/auth/session');
    expect(session.status()).toBe(200);
    expect(((await session.json()) as SessionView).user.id).toBe(person.id);
    await context.close();
  });

  it('in English: locked through the form, the offer appears and never claims a code was sent', async () => {
    const person = await newKanpurPerson(adminSession, 'Lock Badge Test', 'en');
    const page = await (await newContext(browser)).newPage();
    const wrong: Credentials = { identifier: person.phone, password: 'not-the-password' };
    for (let attempt = 1; attempt < 5; attempt += 1) {
      await signInThroughUi(page, wrong);
      await alert(page)
        .filter({ hasText: text('en', 'invalid_credentials.title', 'errors') })
        .waitFor();
      // No code is offered for a plain wrong password.
      expect(await page.locator('.sign-in-code').count()).toBe(0);
    }
    await signInThroughUi(page, wrong);
    await alert(page)
      .filter({ hasText: text('en', 'sign_in_locked.title', 'errors') })
      .waitFor();

    await page.getByRole('button', { name: text('en', 'signIn.code.offer') }).click();
    const status = page.locator('.sign-in-code [role=status]');
    await status.filter({ hasText: text('en', 'signIn.code.sent') }).waitFor();
    expect(text('en', 'signIn.code.sent')).toMatch(/^If this account exists and is locked/);
    await codeInput(page).waitFor();
    // The lock message stays until the next attempt.
    await alert(page)
      .filter({ hasText: text('en', 'sign_in_locked.title', 'errors') })
      .waitFor();

    // Another identifier in the form: the code box goes, as the code belongs to the account asked for.
    await page.locator('input[name=identifier]').fill(uniquePhone());
    await codeInput(page).waitFor({ state: 'detached' });
    await page.context().close();
  });

  it("Kanpur's coordinator sees the lock on the People page and the person's page", async () => {
    // A person of its own, locked through the API (the spec before locks one through the form).
    const person = await newKanpurPerson(adminSession, 'Lock Seen Test', 'en');
    await lockThroughApi(person.phone);
    const context = await contextAs(browser, coordinator);
    const page = await context.newPage();
    await page.goto(`/people?q=${encodeURIComponent(person.name)}`);
    const row = page.locator(`tr[data-person-id="${person.id}"]`);
    await row.waitFor();
    const language = (await page.locator('html').getAttribute('lang')) === 'hi' ? 'hi' : 'en';
    const [before = '', after = ''] = text(language, 'person.signIn.locked')
      .replace('{{failures}}', '5')
      .split('{{time}}');
    const badge = row.locator('[data-sign-in=locked]');
    await badge.filter({ hasText: before.trim() }).waitFor();
    expect(await badge.innerText()).toContain(after.trim());
    await screenshot(page, 'people-sign-in-locked.png');

    await row.getByRole('link', { name: person.name }).click();
    const warning = page.locator('main .sign-in-warning');
    await warning.filter({ hasText: text(language, 'person.signIn.lockedNote') }).waitFor();
    expect(await warning.innerText()).toContain(before.trim());
    await context.close();
  });
});
