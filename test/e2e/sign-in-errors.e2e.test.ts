import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPerson, listOrganisations, signInApi } from './support/api.js';
import { newContext, signInThroughUi } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone, type Credentials } from './support/people.js';

const alertText = async (page: Page, expected: string) => {
  const alert = page.locator('form [role=alert]');
  await alert.filter({ hasText: expected }).waitFor();
  return alert.innerText();
};

describeE2e('sign-in errors speak plainly, in the chosen language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('a wrong password says so in English, and in Hindi after switching', async () => {
    // A person no other spec signs in as, so these failures can't add up to someone else's lockout.
    const { identifier } = credentialsOf(demoPerson('operator.prayagraj@sahayata.example'));
    const page = await (await newContext(browser)).newPage();
    await signInThroughUi(page, { identifier, password: 'not-the-password' });

    const english = await alertText(page, text('en', 'invalid_credentials.title', 'errors'));
    expect(english).toContain(text('en', 'invalid_credentials.detail', 'errors'));

    await page.locator('.language-switch button[lang=hi]').click();
    const hindi = await alertText(page, text('hi', 'invalid_credentials.title', 'errors'));
    expect(hindi).toContain(text('hi', 'invalid_credentials.detail', 'errors'));
    expect(await page.locator('html').getAttribute('lang')).toBe('hi');

    // A new attempt in Hindi is answered in Hindi too.
    await page.locator('form button[type=submit]').click();
    await alertText(page, text('hi', 'invalid_credentials.title', 'errors'));
    await page.context().close();
  });

  it('repeated failures lock sign-in and say for how long', async () => {
    // A person of its own: the lockout lasts 15 minutes and must not touch any other spec.
    const admin = await signInApi(credentialsOf(demoPerson('admin@sahayata.example')));
    const [organisation] = await listOrganisations(admin);
    if (!organisation) throw new Error('the demo data has no organisation');
    const phone = uniquePhone();
    const password = 'a-long-enough-password';
    await createPerson(admin, {
      name: 'Lockout Test',
      phone,
      preferredLanguage: 'en',
      password,
      membership: { role: 'volunteer', organisationId: organisation.id, districts: [] },
    });
    await admin.api.dispose();

    const page = await (await newContext(browser)).newPage();
    const wrong: Credentials = { identifier: phone, password: 'not-the-password' };
    for (let attempt = 1; attempt < 5; attempt += 1) {
      await signInThroughUi(page, wrong);
      await alertText(page, text('en', 'invalid_credentials.title', 'errors'));
    }
    await signInThroughUi(page, wrong);
    const locked = await alertText(page, text('en', 'sign_in_locked.title', 'errors'));
    expect(locked).toMatch(/Try again in \d+ minutes/);

    // While locked, even the right password is refused with the same message.
    await signInThroughUi(page, { identifier: phone, password });
    await alertText(page, text('en', 'sign_in_locked.title', 'errors'));
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.context().close();
  });
});
