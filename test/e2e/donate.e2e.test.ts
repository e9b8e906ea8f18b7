// A donor registers themselves in Hindi on /donate, on a 360 px phone, with the code the provider simulator shows
// arriving on WhatsApp; a field only the server can judge (their age) comes back next to its field in Hindi; then
// they open their own record on /donate/me with a second code.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contextAs, newContext } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone } from './support/people.js';
import { expectFits, phone as phoneScreen, screenshot } from './support/phone-screen.js';

const hi = (key: string) => text('hi', key);
// Donors' codes are masked in the simulator for everyone but an administrator, as sign-in codes are.
const admin = demoPerson('admin@sahayata.example');
const kanpurWhatsApp = '100000000000001';
const kanpurPolice = 'Kanpur Nagar Police Commissionerate';
const devanagari = /[\u0900-\u097F]/;
const arrival = { timeout: 15_000 };

/**
 * The codes the app has sent to `to`, newest last, as the simulator shows the conversation with the Kanpur
 * WhatsApp number; waits until there are at least `count`.
 */
async function codesSentTo(simulator: Page, to: string, count: number): Promise<string[]> {
  await simulator.goto('/simulator');
  const settings = simulator.locator('.simulator-settings');
  await settings.locator('select[name=via]').selectOption('whatsapp');
  await settings.locator(`select[name=account] option[value="${kanpurWhatsApp}"]`).waitFor({ state: 'attached' });
  await settings.locator('select[name=account]').selectOption(kanpurWhatsApp);
  await settings.locator('input[name=from]').fill(to);
  const bubbles = simulator.getByTestId('simulator-outbound');
  await bubbles.nth(count - 1).waitFor(arrival);
  const texts = await bubbles.locator('.bubble-text').allInnerTexts();
  return texts.map((body) => {
    expect(body).toMatch(devanagari);
    const code = /\b(\d{6})\b/.exec(body)?.[1];
    if (!code) throw new Error(`no code in "${body}"`);
    return code;
  });
}

describeE2e('a donor registers on /donate in Hindi and reads their own record', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('registers with the code from the simulator at 360 px, then sees the record on /donate/me', async () => {
    const donorPhone = uniquePhone();
    const desk = await contextAs(browser, credentialsOf(admin));
    const simulator = await desk.newPage();
    const context = await newContext(browser, phoneScreen);
    const page = await context.newPage();

    await page.goto('/donate');
    await page.locator('html[lang=hi]').waitFor();
    await page.locator('main h1', { hasText: hi('donate.title') }).waitFor();
    const form = page.locator('main form');
    // Sent empty first: every required field is named in Hindi, next to it.
    await form.getByRole('button', { name: hi('donate.sendCode') }).click();
    await form.locator('.error-summary').waitFor();
    expect(await form.locator('.field-error', { hasText: hi('donate.errors.bloodGroup') }).count()).toBe(1);
    expect(await form.locator('.field-error', { hasText: hi('donate.errors.consent') }).count()).toBe(1);
    // A name pasted with a NUL in it and a birthday still to come: each says what is wrong, not "type your name".
    await form.locator('input[name=name]').fill('सुनील\u0000कुमार');
    await form.locator('input[name=dateOfBirth]').fill('2099-01-01');
    await form.getByRole('button', { name: hi('donate.sendCode') }).click();
    const errorBy = (field: string) => page.locator('.field', { has: page.locator(`input[name=${field}]`) });
    await errorBy('name')
      .getByText(text('hi', 'validation.ill_formed_text', 'errors'))
      .waitFor();
    await errorBy('dateOfBirth')
      .getByText(text('hi', 'validation.date_in_future', 'errors'))
      .waitFor();
    // The summary lists the problems in the order the form shows its fields (weight beside sex, then the birthday).
    const summaryLines = await form.locator('.error-summary li').allInnerTexts();
    const weightLine = summaryLines.indexOf(hi('donate.errors.weightBand'));
    expect(weightLine).toBeGreaterThanOrEqual(0);
    expect(weightLine).toBeLessThan(summaryLines.indexOf(text('hi', 'validation.date_in_future', 'errors')));

    await form.locator('input[name=name]').fill('सुनील कुमार यादव');
    await form.locator('input[name=phone]').fill(donorPhone);
    await form.locator('select[name=sex]').selectOption('male');
    await form.locator('select[name=weightBand]').selectOption('>55');
    // Fifteen years old: only the server's rules refuse it.
    await form.locator('input[name=dateOfBirth]').fill('2011-06-01');
    await form.locator('select[name=bloodGroup]').selectOption('B+');
    await form.getByLabel(hi('districtSelect.state')).selectOption('UP');
    await form.locator('select[name=district] option[value=UP-KANPUR-NAGAR]').waitFor({ state: 'attached' });
    await form.locator('select[name=district]').selectOption('UP-KANPUR-NAGAR');
    await form.locator('input[name=locality]').fill('किदवई नगर');
    await form.locator('input[name=pincode]').fill('208011');
    expect(await form.locator('select[name=language]').inputValue()).toBe('hi');
    await form.locator('input[name=consent]').check();
    await form.getByRole('button', { name: hi('donate.sendCode') }).click();

    // The age is refused before any code is sent, next to the date of birth, in Hindi.
    const codeForm = page.locator('main form.donate-code');
    const ageRule = text('hi', 'validation.donor_age', 'errors');
    await page.locator('main form .field-error').first().waitFor(arrival);
    expect(await page.locator('main form .field-error').allInnerTexts()).toEqual([ageRule]);
    // Next to the date of birth itself.
    await page
      .locator('.field', { has: page.locator('input[name=dateOfBirth]') })
      .getByText(ageRule)
      .waitFor();
    await screenshot(page, 'donate-form-360-hi.png');
    await expectFits(page, '/donate (the form, an error from the server)');
    expect(await codeForm.count()).toBe(0);
    await form.locator('input[name=dateOfBirth]').fill('1994-05-10');
    await form.getByRole('button', { name: hi('donate.sendCode') }).click();
    await codeForm.locator('input[name=code]').waitFor();
    const codes = await codesSentTo(simulator, donorPhone, 1);
    await codeForm.locator('input[name=code]').fill(codes.at(-1) ?? '');
    await screenshot(page, 'donate-code-360-hi.png');
    await expectFits(page, '/donate (the code)');
    await codeForm.getByRole('button', { name: hi('donate.code.submit') }).click();

    const registered = page.getByTestId('donate-registered');
    await registered.waitFor(arrival);
    expect(await registered.innerText()).toBe(
      hi('donate.done.created').replace('{{name}}', 'सुनील कुमार यादव').replace('{{organisation}}', kanpurPolice),
    );
    expect(await page.getByTestId('donate-next').innerText()).toBe(hi('donate.done.eligibleNow'));
    await screenshot(page, 'donate-registered-360-hi.png');
    await expectFits(page, '/donate (registered)');

    // Their own record, by phone and a second code.
    await page.getByRole('link', { name: hi('donate.done.seeOwn') }).click();
    await page.locator('main h1', { hasText: hi('donate.me.title') }).waitFor();
    await page.locator('main input[name=phone]').fill(donorPhone);
    await page.getByRole('button', { name: hi('donate.me.sendCode') }).click();
    await page.locator('main input[name=code]').waitFor();
    const afterHistoryCode = await codesSentTo(simulator, donorPhone, 2);
    await page.locator('main input[name=code]').fill(afterHistoryCode.at(-1) ?? '');
    await page.getByRole('button', { name: hi('donate.me.show') }).click();
    const record = page.getByTestId('own-donor-record');
    await record.waitFor(arrival);
    expect(await record.locator('h2').innerText()).toBe('सुनील कुमार यादव');
    expect(await record.locator('[data-field=bloodGroup]').innerText()).toContain('B+');
    expect(await record.locator('[data-field=district]').innerText()).toBe('कानपुर नगर');
    expect(await record.getByTestId('own-next-eligible').innerText()).toBe(hi('donate.done.eligibleNow'));
    expect(await record.innerText()).toContain(hi('donate.me.noDonations'));
    await screenshot(page, 'donate-me-360-hi.png');
    await expectFits(page, '/donate/me');

    await context.close();
    await desk.close();
  });
});
