// Debian's Chromium, never a downloaded one: this machine and CI reach no browser download site.
import { chromium, type Browser } from 'playwright-core';

export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export function launchChromium(): Promise<Browser> {
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
