// A 360 px wide phone in Hindi, and the checks every narrow-screen spec makes: nothing reaches past the right
// edge, and a photograph of the page to look at.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const artifacts = new URL('../artifacts/', import.meta.url);

export const phone = {
  viewport: { width: 360, height: 760 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'hi-IN',
} as const;

/** Elements reaching past the right edge: the page would scroll sideways or cut them off. */
export async function overflowing(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = Array.from(document.body.querySelectorAll('*'))
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  // Fonts load after first paint; photograph what people will actually see.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: new URL(name, artifacts).pathname, fullPage: true });
}

/** Opens a page and waits until it is in Hindi, has its heading and nothing is still loading. */
export async function settled(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('html[lang=hi]').waitFor();
  await page.locator('main h1').waitFor();
  // A page may load several parts at once (a case and its donors, its messages): wait for every one.
  await page.waitForFunction(() => document.querySelector('main .loading') === null);
}

/** Nothing reaches past the right edge and the page does not scroll sideways. */
export async function expectFits(page: Page, path: string): Promise<void> {
  const { scrollWidth, culprits } = await overflowing(page);
  expect(culprits, path).toEqual([]);
  expect(scrollWidth, path).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth));
}
