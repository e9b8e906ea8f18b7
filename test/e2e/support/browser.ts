// Browser contexts for specs: signed out, or signed in as someone with the session reused across specs.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { E2eContext } from './global-setup.js';
import type { Credentials } from './people.js';

export function e2e(): E2eContext {
  const context = inject('e2e');
  if (context === null) throw new Error('e2e context missing: the specs should have been skipped');
  return context;
}

/** An English-speaking browser unless told otherwise, so the starting language is known. */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: e2e().baseUrl, locale: 'en-IN', ...options });
}

export async function signInThroughUi(page: Page, credentials: Credentials): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[name=identifier]').fill(credentials.identifier);
  await page.locator('input[name=password]').fill(credentials.password);
  await page.locator('form button[type=submit]').click();
}

function stateFile(credentials: Credentials): string {
  const dir = e2e().stateDir;
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${encodeURIComponent(credentials.identifier)}.json`);
}

/** Remembers a signed-in context's cookies and storage for later specs signing in as the same person. */
export async function saveSignedIn(context: BrowserContext, credentials: Credentials): Promise<void> {
  await context.storageState({ path: stateFile(credentials) });
}

/** A context signed in as this person: the saved session when there is one, else a sign-in through the API. */
export async function contextAs(
  browser: Browser,
  credentials: Credentials,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const file = stateFile(credentials);
  if (existsSync(file)) return newContext(browser, { ...options, storageState: file });
  const context = await newContext(browser, options);
  // The context's request client shares its cookie jar, so this signs the pages in too.
  const response = await context.request.post('/api/v1/auth/sign-in', { data: credentials });
  if (!response.ok())
    throw new Error(`sign-in as ${credentials.identifier} failed: ${response.status()} ${await response.text()}`);
  await saveSignedIn(context, credentials);
  return context;
}

/** Visible text of every element matching the selector, trimmed and with blank ones dropped. */
export async function visibleTexts(page: Page, selector: string): Promise<string[]> {
  const texts = await page
    .locator(selector)
    .evaluateAll((elements) =>
      elements
        .filter((element) => (element as HTMLElement).offsetParent !== null || element.tagName === 'BODY')
        .map((element) => (element as HTMLElement).innerText.trim()),
    );
  return texts.filter((text) => text !== '');
}
