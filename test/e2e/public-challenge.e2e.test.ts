import { request, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { e2e, newContext } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { uniquePhone } from './support/people.js';

const plea = (phone: string) => ({
  name: 'परीक्षण',
  phone,
  needs: [{ resource: 'food', quantity: 1 }],
  district: 'BR-GAYA',
  language: 'hi',
  consent: true,
});

describeE2e('a noisy source must prove work before the public form accepts more', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('the form fetches the challenge, solves it in the browser and is accepted', async () => {
    // Make this address noisy: file pleas until the server asks for proof of work (428 challenge_required).
    const api = await request.newContext({ baseURL: e2e().baseUrl });
    let answer = 0;
    for (let i = 0; i < 10 && answer !== 428; i += 1) {
      answer = (await api.post('/api/v1/public/requests', { data: plea(uniquePhone()) })).status();
    }
    await api.dispose();
    expect(answer, 'the server never asked for a challenge').toBe(428);

    const context = await newContext(browser, { locale: 'hi-IN' });
    const page = await context.newPage();
    const challenges: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/api/v1/public/challenge')) challenges.push(response.status());
    });
    await page.goto('/help');
    const form = page.locator('main form');
    await form.locator('input[name=name]').fill('गीता कुमारी');
    await form.locator('select[name="needs.0.resource"]').selectOption('medicine');
    await form.locator('input[name="needs.0.medicine"]').fill('रेमडेसिविर');
    await form.getByLabel(text('hi', 'districtSelect.state')).selectOption('BR');
    await form.locator('select[name=district] option[value=BR-GAYA]').waitFor({ state: 'attached' });
    await form.locator('select[name=district]').selectOption('BR-GAYA');
    await form.locator('input[name=phone]').fill(uniquePhone());
    await form.locator('input[name=consent]').check();
    await form.getByRole('button', { name: text('hi', 'help.submit') }).click();

    await page.locator('.reference-large').waitFor();
    expect(challenges).toEqual([200]);
    await context.close();
  });
});
