import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listCases, signInApi } from './support/api.js';
import { newContext } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson } from './support/people.js';

describeE2e('the public form refuses bad input in Hindi', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('shows each problem under its field, and nothing is created', async () => {
    const name = `परीक्षण ${Date.now().toString(36)}`;
    const context = await newContext(browser, { locale: 'en-IN' });
    const page = await context.newPage();
    await page.goto('/help');
    await page.locator('html[lang=hi]').waitFor();
    const form = page.locator('main form');
    await form.locator('input[name=name]').fill(name);
    await form.locator('select[name="needs.0.resource"]').selectOption('plasma');
    await form.getByLabel(text('hi', 'districtSelect.state')).selectOption('BR');
    await form.locator('select[name=district] option[value=BR-PATNA]').waitFor({ state: 'attached' });
    await form.locator('select[name=district]').selectOption('BR-PATNA');
    await form.locator('input[name=phone]').fill('12345');
    // Consent left unticked.
    await form.getByRole('button', { name: text('hi', 'help.submit') }).click();

    const phoneError = form.locator('.field', { has: page.locator('input[name=phone]') }).locator('.field-error');
    await phoneError.waitFor();
    expect(await phoneError.innerText()).toBe(text('hi', 'validation.invalid_phone', 'errors'));
    const consentError = form.locator('.field-checkbox .field-error');
    expect(await consentError.innerText()).toBe(text('hi', 'help.consentRequired'));
    expect(await form.locator('[role=alert] .problem-title').innerText()).toBe(
      text('hi', 'validation_failed.title', 'errors'),
    );
    expect(await page.locator('.reference-large').count()).toBe(0);
    await context.close();

    // Nothing reached the desk of the district.
    const viewer = await signInApi(credentialsOf(demoPerson('viewer.bihar@sahayata.example')));
    const patna = await listCases(viewer, { district: 'BR-PATNA', status: 'new', limit: '200' });
    expect(patna.filter((item) => item.requesterName === name)).toEqual([]);
    await viewer.api.dispose();
  });
});
