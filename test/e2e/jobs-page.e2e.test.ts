import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contextAs } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson } from './support/people.js';
import { screenshot } from './support/phone-screen.js';

describeE2e('the Jobs page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('shows an admin the queues and the server’s scheduled jobs as they run', async () => {
    const context = await contextAs(browser, credentialsOf(demoPerson('admin@sahayata.example')));
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('nav.main-nav a[data-nav=jobs]').click();
    await page.locator('main h1', { hasText: text('en', 'nav.jobs') }).waitFor();
    await page.locator('main .loading').waitFor({ state: 'detached' });
    expect(await page.locator('main h2').allInnerTexts()).toEqual([
      text('en', 'jobs.queues.heading'),
      text('en', 'jobs.counts.heading'),
      text('en', 'jobs.recent.heading'),
    ]);
    // The server checks for overdue cases as it starts, so a run of it is there: named in words, not its code name.
    await page
      .locator('main tr[data-state] [data-job=escalation]', { hasText: text('en', 'jobs.names.escalation') })
      .first()
      .waitFor();
    await page.locator('select[name=state]').selectOption('done');
    await expect.poll(() => page.url()).toContain('state=done');
    await page.locator('main tr[data-state=done]').first().waitFor();
    // The runs shown before stay until the filtered list arrives.
    await expect.poll(() => page.locator('main tr[data-state]:not([data-state=done])').count()).toBe(0);
    await screenshot(page, 'jobs-admin-en.png');
    await context.close();
  });
});
