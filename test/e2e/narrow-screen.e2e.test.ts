import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contextAs, newContext } from './support/browser.js';
import { launchChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson } from './support/people.js';

const artifacts = new URL('./artifacts/', import.meta.url);
const phone = {
  viewport: { width: 360, height: 760 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'hi-IN',
} as const;

/** Elements reaching past the right edge: the page would scroll sideways or cut them off. */
async function overflowing(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = Array.from(document.body.querySelectorAll('*'))
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  });
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: new URL(name, artifacts).pathname, fullPage: true });
}

describeE2e('a 360 px wide phone, in Hindi', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the sign-in page fits', async () => {
    const context = await newContext(browser, phone);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.locator('html[lang=hi]').waitFor();
    await page.locator('input[name=identifier]').waitFor();
    await screenshot(page, 'sign-in-360-hi.png');
    const { scrollWidth, culprits } = await overflowing(page);
    expect(culprits).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    await context.close();
  });

  it('the shell and every page of a coordinator fit, nothing cut off', async () => {
    // A Hindi-speaking coordinator whom no other spec signs in as: all five areas, all in Hindi.
    const context = await contextAs(
      browser,
      credentialsOf(demoPerson('coordinator.prayagraj@sahayata.example')),
      phone,
    );
    const page = await context.newPage();
    for (const [path, name] of [
      ['/', 'shell-360-hi.png'],
      ['/organisations', 'organisations-360-hi.png'],
      ['/people', 'people-360-hi.png'],
      ['/audit', 'audit-360-hi.png'],
      ['/account', 'account-360-hi.png'],
    ] as const) {
      await page.goto(path);
      await page.locator('html[lang=hi]').waitFor();
      await page.locator('main h1').waitFor();
      await page.locator('main .loading').waitFor({ state: 'detached' });
      // Fonts load after first paint; measure and photograph what people will actually see.
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, name);
      const { scrollWidth, culprits } = await overflowing(page);
      expect(culprits, path).toEqual([]);
      expect(scrollWidth, path).toBeLessThanOrEqual(360);
    }
    await context.close();
  });
});
