// Debian's Chromium, never a downloaded one: this machine and CI reach no browser download site.
import { chromium, type Browser } from 'playwright-core';

export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

let shared: Browser | null = null;

/**
 * The run's one browser: launched by the first spec, then handed to each spec after it (the specs share a worker,
 * and a launch costs more than many a spec's checks). Playwright closes it when the worker ends.
 */
export async function launchChromium(): Promise<Browser> {
  if (shared?.isConnected()) return shared;
  shared = await launch();
  return shared;
}

/** A spec is done: every context it opened closes (pages, cookies, live streams); the browser stays for the next. */
export async function releaseChromium(browser: Browser | undefined): Promise<void> {
  if (browser) await Promise.all(browser.contexts().map((context) => context.close()));
}

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // Without these Chromium keeps calling home, and this machine's closed network refuses it.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
