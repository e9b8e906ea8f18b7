import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCase, listCases, signInApi } from './support/api.js';
import { contextAs } from './support/browser.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone } from './support/people.js';

describeE2e("a Kanpur operator cannot see Prayagraj's cases", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('neither in the queue nor by address', async () => {
    const prayagraj = await signInApi(credentialsOf(demoPerson('operator.prayagraj@sahayata.example')));
    const created = await createCase(prayagraj, {
      channel: 'phone',
      requester: { name: 'विनोद यादव', phones: [uniquePhone()], language: 'hi', consentToShare: true },
      patient: { name: 'कमला यादव', spo2: 82 },
      location: { district: 'UP-PRAYAGRAJ', locality: 'झूंसी' },
      needs: [{ resource: 'bed_icu', quantity: 1 }],
    });
    // It exists, for those whose district it is.
    expect((await listCases(prayagraj, { q: created.reference })).map((c) => c.id)).toContain(created.caseId);
    await prayagraj.api.dispose();

    const kanpur = await contextAs(browser, credentialsOf(demoPerson('operator.kanpur@sahayata.example')));
    const page = await kanpur.newPage();

    await page.goto('/desk');
    await page.locator('main .loading').waitFor({ state: 'detached' });
    expect(await page.locator(`.queue-row[data-reference="${created.reference}"]`).count()).toBe(0);
    // Not even when searching for it by its reference.
    await page.goto(`/desk?q=${encodeURIComponent(created.reference)}`);
    await page.locator('.queue-empty').waitFor();

    await page.goto(`/cases/${created.caseId}`);
    await page.locator('.not-found h1').waitFor();
    expect(await page.locator('h1.case-reference-heading').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain(created.reference);
    await kanpur.close();
  });
});
