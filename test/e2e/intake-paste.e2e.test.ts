import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contextAs } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson } from './support/people.js';

const plea = 'मेरे पिता को ऑक्सीजन सिलेंडर चाहिए, SpO2 84, कानपुर, संपर्क 98390 12345';

describeE2e("the operator's paste box", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('fills needs, SpO2, district and phone from a Hindi plea', async () => {
    // A coordinator for Unnao only, so the form starts in Unnao and the message has to move it to Kanpur.
    const context = await contextAs(browser, credentialsOf(demoPerson('coordinator.unnao@sahayata.example')));
    const page = await context.newPage();
    await page.goto('/cases/new');
    await page.locator('html[lang=hi]').waitFor();
    const form = page.locator('main form');
    const box = form.locator('textarea[name=text]');
    await form.locator('select[name="location.district"] option[value=UP-UNNAO]').waitFor({ state: 'attached' });
    expect(await form.locator('select[name="location.district"]').inputValue()).toBe('UP-UNNAO');
    // The box has the focus from the start: the operator pastes without reaching for the mouse.
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);

    // A real paste, through the clipboard, as an operator would do it.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate((value) => navigator.clipboard.writeText(value), plea);
    await box.press('ControlOrMeta+V');
    const outcome = form.locator('.understand-status:not([data-state=reading])');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-state'), 'POST /api/v1/understand answered').toBe('filled');

    await form.locator('select[name="location.district"] option[value=UP-KANPUR-NAGAR]').waitFor({ state: 'attached' });
    expect(await box.inputValue()).toBe(plea);
    expect(await form.locator('select[name="needs.0.resource"]').inputValue()).toBe('oxygen_cylinder');
    expect(await form.locator('input[name="patient.spo2"]').inputValue()).toBe('84');
    expect(await form.locator('select[name="location.district"]').inputValue()).toBe('UP-KANPUR-NAGAR');
    expect((await form.locator('input[name="requester.phones.0"]').inputValue()).replace(/\D/g, '')).toMatch(
      /9839012345$/,
    );
    expect(await form.locator('.understand-status').innerText()).toBe(text('hi', 'intake.paste.filled'));
    await context.close();
  });
});
