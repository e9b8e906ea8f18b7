import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contextAs, newContext } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone } from './support/people.js';

const hi = (key: string) => text('hi', key);
// The Kanpur operator works in Hindi (their account says so); no other spec puts cases in Kanpur Nagar.
const operator = demoPerson('operator.kanpur@sahayata.example');

/** A citizen's browser: a phone set to English, so the Hindi comes from the page, not the phone. */
async function filePlea(browser: Browser, phone: string): Promise<string> {
  const context = await newContext(browser, { locale: 'en-IN' });
  const page = await context.newPage();
  await page.goto('/help');
  await page.locator('html[lang=hi]').waitFor();
  const form = page.locator('main form');
  await form.locator('input[name=name]').fill('सुनीता देवी');
  await form.locator('input[name=patientName]').fill('रामकिशोर गुप्ता');
  await form.locator('select[name="needs.0.resource"]').selectOption('oxygen_cylinder');
  await form.getByLabel(hi('districtSelect.state')).selectOption('UP');
  await form.locator('select[name=district] option[value=UP-KANPUR-NAGAR]').waitFor({ state: 'attached' });
  await form.locator('select[name=district]').selectOption('UP-KANPUR-NAGAR');
  await form.locator('input[name=locality]').fill('किदवई नगर');
  await form.locator('input[name=phone]').fill(phone);
  await form.locator('input[name=spo2]').fill('84');
  await form.locator('input[name=age]').fill('62');
  await form.locator('textarea[name=details]').fill('पिताजी की साँस फूल रही है, ऑक्सीजन 84 पर है। सिलेंडर चाहिए।');
  await form.locator('input[name=consent]').check();
  await form.getByRole('button', { name: hi('help.submit') }).click();

  const reference = page.locator('.reference-large');
  await reference.waitFor();
  const value = (await reference.innerText()).trim();
  expect(value).toMatch(/^[A-Z]{3}-[A-Z0-9]{4}$/);
  await context.close();
  return value;
}

/** The timeline's entries of one kind, as shown. */
const events = (page: Page, type: string) => page.locator(`.timeline-event[data-event-type=${type}]`);

async function transition(page: Page, to: string): Promise<void> {
  await page.locator(`[data-action=transition] button[data-to=${to}]`).click();
  await page.locator(`.case-badges .status[data-status=${to}]`).waitFor();
}

describeE2e('a plea from the public page to fulfilment', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('appears live on the desk as critical, is worked through, and the citizen sees it fulfilled', async () => {
    const phone = uniquePhone();

    // The operator's desk is open before the plea arrives.
    const desk = await contextAs(browser, credentialsOf(operator));
    const page = await desk.newPage();
    await page.goto('/desk');
    await page.locator('html[lang=hi]').waitFor();
    await page.locator('.live-indicator.live-live').waitFor();
    await page.locator('main .loading').waitFor({ state: 'detached' });

    const reference = await filePlea(browser, phone);

    // It arrives without a reload, on top, as critical (SpO2 84).
    const row = page.locator(`.queue-row[data-reference="${reference}"]`);
    await row.waitFor({ timeout: 15_000 });
    expect(await page.locator('.queue-row').first().getAttribute('data-reference')).toBe(reference);
    expect(await row.getAttribute('data-priority')).toBe('critical');
    expect(await row.locator('.priority').innerText()).toBe(hi('priority.critical'));
    expect(await row.locator('.queue-row-needs').innerText()).toContain(hi('resource.oxygen_cylinder'));
    expect(await row.locator('.sla-clock').innerText()).toContain('इंतज़ार');

    await row.locator('a.case-reference').click();
    await page.locator('h1.case-reference-heading', { hasText: reference }).waitFor();

    // Assign to me.
    await page.locator('[data-action=claim] button').click();
    await page.locator('[data-field=assignee]', { hasText: operator.name }).waitFor();

    // Log the call: reached.
    const call = page.locator('[data-action=call]');
    await call.getByLabel(hi('callOutcome.reached')).check();
    await call.locator('input[type=text]').fill('बेटी से बात हुई, सिलेंडर की ज़रूरत पक्की है।');
    await call.locator('button[type=submit]').click();
    await events(page, 'call_logged').waitFor();

    await transition(page, 'verified');
    await transition(page, 'matched');

    // Record the cylinder as delivered.
    const quantity = page.locator('.need-row[data-need=oxygen_cylinder] [data-action=quantity]');
    await quantity.locator('input').fill('1');
    await quantity.locator('button').click();
    await page.locator('.need-row[data-need=oxygen_cylinder] .fulfilment-complete').waitFor();

    await transition(page, 'fulfilled');

    // Each step on the timeline, with who and when.
    for (const type of ['created', 'claimed', 'call_logged', 'status_changed', 'quantity_recorded']) {
      await events(page, type).first().waitFor();
    }
    expect(await events(page, 'status_changed').count()).toBe(3);
    const steps = await page.locator('.timeline-event').evaluateAll((items) =>
      items.map((item) => ({
        type: item.getAttribute('data-event-type'),
        at: item.querySelector('time')?.getAttribute('datetime') ?? '',
        shown: item.querySelector('time')?.textContent ?? '',
      })),
    );
    // At least the seven steps waited for above, each with its time.
    expect(steps.length).toBeGreaterThanOrEqual(7);
    expect(steps.filter((step) => step.at === '' || step.shown === '')).toEqual([]);
    expect(steps.map((step) => step.at)).toEqual([...steps.map((step) => step.at)].sort());
    const statusChanges = await events(page, 'status_changed').allInnerTexts();
    expect(statusChanges.at(-1)).toContain(`${hi('caseStatus.matched')} → ${hi('caseStatus.fulfilled')}`);
    expect(await events(page, 'claimed').innerText()).toContain(operator.name);
    await desk.close();

    // The citizen checks with the reference and the last 4 digits.
    const citizen = await newContext(browser, { locale: 'en-IN' });
    const status = await citizen.newPage();
    await status.goto('/status');
    await status.locator('html[lang=hi]').waitFor();
    await status.locator('input[name=reference]').fill(reference.toLowerCase());
    await status.locator('input[name=phoneLast4]').fill(phone.slice(-4));
    await status.getByRole('button', { name: hi('status.submit') }).click();
    const view = status.locator('.status-view[data-status=fulfilled]');
    await view.waitFor();
    expect(await view.locator('.status-words').innerText()).toBe(hi('publicStatus.fulfilled'));
    const took = await view.locator('.status-time').innerText();
    expect(took).toMatch(/में पूरा हुआ$/);
    expect(Number(await view.locator('.status-time').getAttribute('data-minutes'))).toBeGreaterThanOrEqual(0);
    await citizen.close();
  });
});
