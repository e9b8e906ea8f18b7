import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contextAs, newContext, signInThroughUi, visibleTexts } from './support/browser.js';
import { englishTexts, languageNames, text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson } from './support/people.js';

// A coordinator (home, people and account are all open to them) whom no other spec signs in as,
// because this spec changes their saved language.
const person = demoPerson('coordinator.bilaspur@sahayata.example');

/** Interface text: each must be in Devanagari. Headings of cards (h3) and table cells hold data. */
const labelSelector = 'nav a, h1, h2, button, label, legend, th, dt, .field-hint';
const devanagari = /[\u0900-\u097F]/;

async function untranslated(page: Page): Promise<string[]> {
  const english = englishTexts();
  const shared = languageNames();
  const lines = (await page.locator('body').innerText()).split('\n').map((line) => line.trim());
  const leftovers = lines.filter((line) => english.has(line));
  const labels = await visibleTexts(page, labelSelector);
  return [...leftovers, ...labels.filter((label) => !devanagari.test(label) && !shared.has(label))];
}

async function openFromNav(page: Page, item: string): Promise<void> {
  await page.locator(`nav.main-nav a[data-nav=${item}]`).click();
  await page.locator('main h1').waitFor();
  await page.locator('main .loading').waitFor({ state: 'detached' });
}

describeE2e('Hindi', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('switching to Hindi translates every label, and the choice is kept for the person', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInThroughUi(page, credentialsOf(person));
    await page.locator('nav.main-nav').waitFor();

    // Start from English, whatever the person had chosen before.
    await page.locator('.language-switch button[lang=en]').click();
    await page.locator('html[lang=en]').waitFor();
    expect(await page.locator('nav.main-nav a[data-nav=home]').innerText()).toBe(text('en', 'nav.home'));

    await page.locator('.language-switch button[lang=hi]').click();
    await page.locator('html[lang=hi]').waitFor();

    await openFromNav(page, 'home');
    expect(await untranslated(page)).toEqual([]);

    await openFromNav(page, 'people');
    await page.locator('main table').waitFor();
    await page.locator('main .page-heading button').click();
    await page.locator('main form.panel').waitFor();
    expect(await untranslated(page)).toEqual([]);

    // The desk's pages (no cases in Bilaspur here, so the queue speaks only through its labels).
    for (const item of ['desk', 'new_case', 'flagged_phones']) {
      await openFromNav(page, item);
      expect(await untranslated(page), item).toEqual([]);
    }

    await openFromNav(page, 'account');
    expect(await untranslated(page)).toEqual([]);

    // Survives a reload, and comes from the account rather than this browser: clear its memory first.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('nav.main-nav').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('hi');
    expect(await page.locator('nav.main-nav a[data-nav=account]').innerText()).toBe(text('hi', 'nav.account'));
    await context.close();

    // A different, English-speaking browser: signing in brings the person's Hindi with it.
    const elsewhere = await contextAs(browser, credentialsOf(person));
    const second = await elsewhere.newPage();
    await second.goto('/');
    await second.locator('html[lang=hi]').waitFor();
    expect(await second.locator('nav.main-nav a[data-nav=home]').innerText()).toBe(text('hi', 'nav.home'));
    await elsewhere.close();
  });
});
