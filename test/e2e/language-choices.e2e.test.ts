import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SessionView } from '../../src/shared/contracts/auth.js';
import { createPerson, listOrganisations, signInApi } from './support/api.js';
import { newContext, signInThroughUi } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone, type Credentials } from './support/people.js';

/** The language messages to the person go out in, as the server keeps it. */
async function messagingLanguage(page: Page): Promise<string> {
  const response = await page.request.get('/api/v1/auth/session');
  expect(response.status()).toBe(200);
  return ((await response.json()) as SessionView).user.preferredLanguage;
}

describeE2e('the screen language and the language of messages are two choices', () => {
  let browser: Browser;
  let person: Credentials;
  beforeAll(async () => {
    browser = await launchChromium();
    // A person of this spec's own, since it changes their saved language.
    const admin = await signInApi(credentialsOf(demoPerson('admin@sahayata.example')));
    const [organisation] = await listOrganisations(admin);
    if (!organisation) throw new Error('the demo data has no organisation');
    const phone = uniquePhone();
    person = { identifier: phone, password: 'a-long-enough-password' };
    await createPerson(admin, {
      name: 'Bhasha Test',
      phone,
      preferredLanguage: 'en',
      password: person.password,
      membership: { role: 'volunteer', organisationId: organisation.id, districts: [] },
    });
    await admin.api.dispose();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('the header switch changes this screen only; the account page changes the messages', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInThroughUi(page, person);
    await page.locator('nav.main-nav').waitFor();
    await page.locator('html[lang=en]').waitFor();
    expect(await messagingLanguage(page)).toBe('en');

    await page.locator('.language-switch button[lang=hi]').click();
    await page.locator('html[lang=hi]').waitFor();
    expect(await messagingLanguage(page)).toBe('en');
    // Kept on this device.
    await page.reload();
    await page.locator('nav.main-nav').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('hi');
    expect(await messagingLanguage(page)).toBe('en');

    await page.locator('nav.main-nav a[data-nav=account]').click();
    const choice = page.locator('main fieldset.message-language');
    await choice
      .locator('legend')
      .filter({ hasText: text('hi', 'account.language.heading') })
      .waitFor();
    expect(await choice.locator('input[value=en]').isChecked()).toBe(true);
    await choice.locator('input[value=hi]').check();
    await choice
      .locator('[role=status]')
      .filter({ hasText: text('hi', 'account.language.saved') })
      .waitFor();
    expect(await messagingLanguage(page)).toBe('hi');

    // The screen is still this device's to choose, and choosing it leaves the messages alone.
    await page.locator('.language-switch button[lang=en]').click();
    await page.locator('html[lang=en]').waitFor();
    expect(await choice.locator('input[value=hi]').isChecked()).toBe(true);
    expect(await messagingLanguage(page)).toBe('hi');
    await context.close();

    // A new device, with no screen language of its own yet, starts in the person's saved language.
    const elsewhere = await newContext(browser);
    const second = await elsewhere.newPage();
    await signInThroughUi(second, person);
    await second.locator('nav.main-nav').waitFor();
    await second.locator('html[lang=hi]').waitFor();
    await elsewhere.close();
  });
});
