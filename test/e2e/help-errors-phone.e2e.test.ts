import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { newContext } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { artifacts, phone } from './support/phone-screen.js';

const hi = (key: string) => text('hi', key);
const hiError = (key: string) => text('hi', key, 'errors');
const fill = (template: string, values: Record<string, string>) =>
  Object.entries(values).reduce((result, [name, value]) => result.replaceAll(`{{${name}}}`, value), template);

/** The element has focus and is (at least partly) on screen, not 1,500 px above it. */
async function focusedOnScreen(locator: Locator): Promise<{ focused: boolean; onScreen: boolean }> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return {
      focused: element === document.activeElement,
      onScreen: box.bottom > 0 && box.top < window.innerHeight,
    };
  });
}

async function submitFromTheBottom(page: Page): Promise<void> {
  const submit = page.locator('main form button[type=submit]');
  await submit.scrollIntoViewIfNeeded();
  await submit.tap();
}

describeE2e('the public form on a 360 px phone: what is wrong, where the person is looking', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('an empty form: the summary takes focus in view, on every tap, and its links lead to the fields', async () => {
    const context = await newContext(browser, { ...phone, locale: 'en-IN' });
    const page = await context.newPage();
    const pleas: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/public/requests')) pleas.push(request.method());
    });
    await page.goto('/help');
    await page.locator('html[lang=hi]').waitFor();
    await page.locator('main form select[name="needs.0.resource"]').waitFor();

    await submitFromTheBottom(page);
    const summary = page.locator('main form .error-summary');
    await summary.waitFor();
    expect(await focusedOnScreen(summary)).toEqual({ focused: true, onScreen: true });
    expect(await summary.locator('.problem-title').innerText()).toBe(hiError('validation_failed.title'));
    const links = summary.locator('a');
    expect(await links.allInnerTexts()).toEqual([
      hi('help.errors.name'),
      hi('help.errors.resource'),
      hi('help.errors.district'),
      hi('help.errors.phone'),
      hi('help.consentRequired'),
    ]);

    // Text boxes say they are wrong as selects do: in red, under the same rule.
    const nameInput = page.locator('input[name=name]');
    expect(await nameInput.getAttribute('aria-invalid')).toBe('true');
    const red = await page
      .locator('select[name=district]')
      .evaluate((select) => getComputedStyle(select).borderTopColor);
    expect(await nameInput.evaluate((input) => getComputedStyle(input).borderTopColor)).toBe(red);
    expect(red).toBe('rgb(179, 38, 30)');

    await page.evaluate(() => document.fonts.ready);
    mkdirSync(artifacts, { recursive: true });
    // What the person sees right after the tap: the viewport, not the whole page.
    await page.screenshot({ path: new URL('help-errors-360-hi.png', artifacts).pathname });

    // A second tap, from the bottom again, brings the summary back into view and focus.
    await page.locator('input[name=name]').fill('सुनीता देवी');
    await submitFromTheBottom(page);
    await summary
      .locator('a')
      .first()
      .filter({ hasText: hi('help.errors.resource') })
      .waitFor();
    expect(await focusedOnScreen(summary)).toEqual({ focused: true, onScreen: true });

    // Each link moves focus to its field, scrolled into view.
    await summary.locator('a[data-field=phone]').tap();
    expect(await focusedOnScreen(page.locator('input[name=phone]'))).toEqual({ focused: true, onScreen: true });
    await summary.scrollIntoViewIfNeeded();
    await summary.locator('a[data-field="needs.0.resource"]').tap();
    expect(await focusedOnScreen(page.locator('select[name="needs.0.resource"]'))).toEqual({
      focused: true,
      onScreen: true,
    });
    // The district cannot be chosen before its state: the link leads to the state.
    await summary.scrollIntoViewIfNeeded();
    await summary.locator('a[data-field=district]').tap();
    const state = page.getByLabel(hi('districtSelect.state'));
    expect(await focusedOnScreen(state)).toEqual({ focused: true, onScreen: true });
    await summary.scrollIntoViewIfNeeded();
    await summary.locator('a[data-field=consent]').tap();
    expect(await focusedOnScreen(page.locator('input[name=consent]'))).toEqual({ focused: true, onScreen: true });

    expect(pleas).toEqual([]);
    await context.close();
  });

  it('numbers and lengths out of bounds are said in words, with a live count on the details', async () => {
    const context = await newContext(browser, phone);
    const page = await context.newPage();
    const pleas: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/public/requests')) pleas.push(request.method());
    });
    await page.goto('/help');
    await page.locator('html[lang=hi]').waitFor();
    const form = page.locator('main form');
    await form.locator('input[name=name]').fill('सुनीता देवी');
    await form.locator('select[name="needs.0.resource"]').selectOption('oxygen_cylinder');
    await form.getByLabel(hi('districtSelect.state')).selectOption('UP');
    await form.locator('select[name=district] option[value=UP-UNNAO]').waitFor({ state: 'attached' });
    await form.locator('select[name=district]').selectOption('UP-UNNAO');
    await form.locator('input[name=phone]').fill('98390 12345');
    await form.locator('input[name=spo2]').fill('999');
    await form.locator('input[name=age]').fill('250');
    await form.locator('input[name=consent]').check();

    const details = form.locator('textarea[name=details]');
    const counter = form.locator('.field', { has: page.locator('textarea[name=details]') }).locator('.field-counter');
    expect(await counter.innerText()).toBe(fill(hi('help.detailsCount'), { used: '0', max: '2,000' }));
    await details.fill('अ'.repeat(1999));
    expect(await counter.innerText()).toBe(fill(hi('help.detailsCount'), { used: '1,999', max: '2,000' }));
    await details.fill('अ'.repeat(2003));
    expect(await counter.innerText()).toBe(fill(hi('help.detailsOver'), { over: '3', max: '2,000' }));
    expect(await counter.getAttribute('class')).toContain('is-over');
    expect(await details.getAttribute('aria-describedby')).toContain(await counter.getAttribute('id'));

    await submitFromTheBottom(page);
    const summary = form.locator('.error-summary');
    await summary.waitFor();
    expect(await focusedOnScreen(summary)).toEqual({ focused: true, onScreen: true });
    expect(await summary.locator('a').allInnerTexts()).toEqual([
      fill(hi('help.errors.spo2'), { min: '30', max: '100' }),
      fill(hi('help.errors.age'), { min: '0', max: '120' }),
      fill(hi('help.errors.tooLong'), { max: '2,000' }),
    ]);
    const fieldError = (control: string) =>
      form
        .locator('.field', { has: page.locator(control) })
        .locator('.field-error')
        .innerText();
    expect(await fieldError('input[name=spo2]')).toBe(fill(hi('help.errors.spo2'), { min: '30', max: '100' }));
    expect(await fieldError('textarea[name=details]')).toBe(fill(hi('help.errors.tooLong'), { max: '2,000' }));
    expect(pleas).toEqual([]);
    await context.close();
  });
});
