import { request, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signInApi } from './support/api.js';
import { contextAs, e2e } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson } from './support/people.js';
import { expectFits, phone, screenshot } from './support/phone-screen.js';

const coordinator = demoPerson('coordinator.kanpur@sahayata.example');
const operator = demoPerson('operator.kanpur@sahayata.example');
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** A catalog text with its {{placeholders}} filled, as the page writes it. */
function filled(language: 'en' | 'hi', key: string, values: Record<string, string | number>): string {
  return text(language, key).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name]));
}

async function openAuditLog(page: Page): Promise<'en' | 'hi'> {
  await page.goto('/audit');
  await page.locator('main h1').waitFor();
  await page.locator('main .loading').waitFor({ state: 'detached' });
  await page.locator('main .audit-event').first().waitFor();
  return (await page.locator('html').getAttribute('lang')) === 'hi' ? 'hi' : 'en';
}

describeE2e('the audit log', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('tells a coordinator in sentences, with names, that their operator signed in', async () => {
    // Two wrong passwords, then the right one (which clears the count, so the account stays open for other specs).
    const guesser = await request.newContext({ baseURL: e2e().baseUrl });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const refused = await guesser.post('/api/v1/auth/sign-in', {
        data: { identifier: operator.email, password: 'not-the-password' },
      });
      expect(refused.status()).toBe(401);
    }
    await guesser.dispose();
    const signedIn = await signInApi(credentialsOf(operator));
    await signedIn.api.dispose();

    const context = await contextAs(browser, credentialsOf(coordinator), phone);
    const page = await context.newPage();
    const language = await openAuditLog(page);
    expect(language).toBe(coordinator.language);

    const signIn = filled(language, 'audit.sentence.signIn', {
      actor: operator.name,
      how: text(language, 'audit.signInVia.email'),
    });
    const newestSignIn = page.locator('main .audit-event[data-action="auth.sign_in"] .audit-sentence', {
      hasText: operator.name,
    });
    expect(await newestSignIn.first().innerText()).toBe(signIn);

    // The two failures read as one sentence, with the account's name.
    const failures = filled(language, 'audit.sentence.signInFailedRepeated_other', {
      count: 2,
      who: filled(language, 'audit.who.named', { name: operator.name, identifier: operator.email }),
    });
    const run = page.locator('main .audit-event[data-action="auth.sign_in_failed"][data-count="2"]').first();
    expect(await run.locator('.audit-sentence').innerText()).toBe(failures);
    // Each attempt's time and address wait under "details", opened from the keyboard.
    await run.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await run.locator('details').getAttribute('open')).not.toBeNull();
    expect(await run.locator('.audit-details dt').first().innerText()).toBe(text(language, 'audit.attempts'));

    // Every fact under "details" has a label in the reader's language, and nowhere is an id: people and
    // organisations go by their names.
    await page.locator('main details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    const labels = await page.locator('main .audit-details dt').allInnerTexts();
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((label) => !/[\u0900-\u097F]/.test(label))).toEqual([]);
    expect(await page.locator('main').innerText()).not.toMatch(uuid);
    await screenshot(page, 'audit-details-360-hi.png');
    await page.locator('main details').evaluateAll((all) => all.forEach((d) => d.removeAttribute('open')));

    await screenshot(page, 'audit-kanpur-360-hi.png');
    await expectFits(page, '/audit');
    await context.close();
  });

  it('shows an administrator the log in English words, never a raw field name or id', async () => {
    const admin = demoPerson('admin@sahayata.example');
    const context = await contextAs(browser, credentialsOf(admin));
    const page = await context.newPage();
    expect(await openAuditLog(page)).toBe('en');
    await page.locator('main details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    const labels = await page.locator('main .audit-details dt').allInnerTexts();
    // A field name as stored (preferredLanguage, organisationId) would be one camel-cased word.
    expect(labels.filter((label) => /^[a-z]+[A-Z]\w*$/.test(label))).toEqual([]);
    expect(await page.locator('main').innerText()).not.toMatch(uuid);
    await screenshot(page, 'audit-admin-en.png');
    await context.close();
  });
});
