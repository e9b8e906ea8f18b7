import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { newContext, signInThroughUi } from './support/browser.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson } from './support/people.js';

/** Everything a page says in the console as an error, every answer of 400 or more, and each session question. */
function listen(page: Page) {
  const heard = { consoleErrors: [] as string[], failedAnswers: [] as string[], sessionAsks: 0 };
  page.on('console', (message) => {
    if (message.type() === 'error') heard.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => heard.consoleErrors.push(`${page.url()}: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) heard.failedAnswers.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/v1/auth/session') heard.sessionAsks += 1;
  });
  return heard;
}

async function visit(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(path);
  await page.locator(ready).waitFor();
  await page.locator('main .loading').waitFor({ state: 'detached' });
  // Whatever the page asks for on its own (districts, fonts) has been answered.
  await page.waitForLoadState('networkidle');
}

describeE2e('signed-out public pages are quiet', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('/help, /status and /sign-in ask nobody who is signed in, and log no errors', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const heard = listen(page);
    await visit(page, '/help', 'main form select[name="needs.0.resource"]');
    // An empty form is refused in the browser, so no 422 comes back to be logged either.
    await page.locator('main form button[type=submit]').click();
    await page.locator('main form .error-summary').waitFor();
    await visit(page, '/status', 'main form input[name=reference]');
    await visit(page, '/sign-in', 'main form input[name=identifier]');
    // And moving between them inside the app.
    await page.locator('main .public-links a').first().click();
    await page.locator('main form select[name="needs.0.resource"]').waitFor();

    expect(heard).toEqual({ consoleErrors: [], failedAnswers: [], sessionAsks: 0 });
    await context.close();
  });

  it('after signing out, the public pages stop asking', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    // A person no other spec signs out; signing out ends only the session made here.
    await signInThroughUi(page, credentialsOf(demoPerson('volunteer.patna@sahayata.example')));
    await page.locator('.user-menu button').click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.locator('main form input[name=identifier]').waitFor();
    // Straight to the sign-in page, not bounced there by the page just left (with itself as `next`).
    expect(new URL(page.url()).search).toBe('');

    const heard = listen(page);
    await visit(page, '/help', 'main form select[name="needs.0.resource"]');
    await visit(page, '/sign-in', 'main form input[name=identifier]');
    expect(heard).toEqual({ consoleErrors: [], failedAnswers: [], sessionAsks: 0 });
    await context.close();
  });
});
