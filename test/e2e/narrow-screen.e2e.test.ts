import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { createCase, signInApi } from './support/api.js';
import { contextAs, newContext } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone } from './support/people.js';
import { expectFits, phone, screenshot, settled } from './support/phone-screen.js';

// A Hindi-speaking coordinator whom no other spec signs in as, in a district no other spec puts cases in.
const coordinator = demoPerson('coordinator.prayagraj@sahayata.example');

describeE2e('a 360 px wide phone, in Hindi', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('the sign-in page fits', async () => {
    const context = await newContext(browser, phone);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.locator('html[lang=hi]').waitFor();
    await page.locator('input[name=identifier]').waitFor();
    await screenshot(page, 'sign-in-360-hi.png');
    await expectFits(page, '/sign-in');
    await context.close();
  });

  it('the public form and status page fit, in Hindi even on an English phone', async () => {
    const context = await newContext(browser, { ...phone, locale: 'en-IN' });
    const page = await context.newPage();
    for (const [path, name] of [
      ['/help', 'help-360-hi.png'],
      ['/status', 'status-360-hi.png'],
    ] as const) {
      await settled(page, path);
      await screenshot(page, name);
      await expectFits(page, path);
    }

    // Filed (in Prayagraj, a district no other spec watches): the confirmation, then the status page.
    await settled(page, '/help');
    const form = page.locator('main form');
    await form.locator('input[name=name]').fill('मोहम्मद आरिफ़');
    await form.locator('select[name="needs.0.resource"]').selectOption('bed_oxygen');
    await form.getByLabel(text('hi', 'districtSelect.state')).selectOption('UP');
    await form.locator('select[name=district] option[value=UP-PRAYAGRAJ]').waitFor({ state: 'attached' });
    await form.locator('select[name=district]').selectOption('UP-PRAYAGRAJ');
    await form.locator('input[name=phone]').fill(uniquePhone());
    await form.locator('input[name=consent]').check();
    await form.locator('button[type=submit]').click();
    await page.locator('.reference-large').waitFor();
    await screenshot(page, 'help-done-360-hi.png');
    await expectFits(page, '/help (sent)');
    await page.locator('main a.button-link').click();
    await page.locator('.status-view').waitFor();
    await screenshot(page, 'status-view-360-hi.png');
    await expectFits(page, '/status/:reference');
    await context.close();
  });

  it('the shell and every page of a coordinator fit, nothing cut off', async () => {
    const context = await contextAs(browser, credentialsOf(coordinator), phone);
    const page = await context.newPage();
    for (const [path, name] of [
      ['/', 'shell-360-hi.png'],
      ['/organisations', 'organisations-360-hi.png'],
      ['/people', 'people-360-hi.png'],
      ['/audit', 'audit-360-hi.png'],
      ['/account', 'account-360-hi.png'],
    ] as const) {
      await settled(page, path);
      await screenshot(page, name);
      await expectFits(page, path);
    }
    await context.close();
  });

  it('the queue, a case and the intake form fit', async () => {
    const api = await signInApi(credentialsOf(coordinator));
    const created = await createCase(api, {
      channel: 'whatsapp',
      text: 'मेरे पिताजी को तुरंत ऑक्सीजन सिलेंडर चाहिए, ऑक्सीजन 86 है। कोविड पॉज़िटिव, घर पर हैं। सिविल लाइंस, प्रयागराज।',
      requester: { name: 'राजेश कुमार श्रीवास्तव', phones: [uniquePhone()], language: 'hi', consentToShare: true },
      patient: {
        name: 'ओमप्रकाश श्रीवास्तव',
        age: 67,
        sex: 'male',
        conditions: ['covid_positive', 'home_isolation'],
        spo2: 86,
      },
      location: { district: 'UP-PRAYAGRAJ', locality: 'सिविल लाइंस', hospital: null },
      needs: [
        { resource: 'oxygen_cylinder', quantity: 1 },
        { resource: 'plasma', quantity: 2, bloodGroup: 'B+' },
      ],
    });
    const flaggedPhone = uniquePhone();
    await createCase(api, {
      channel: 'phone',
      requester: { name: 'सीमा', phones: [flaggedPhone], language: 'hi', consentToShare: true },
      patient: { name: 'आरव', age: 9, conditions: ['thalassemia'] },
      location: { district: 'UP-PRAYAGRAJ' },
      needs: [{ resource: 'blood', quantity: 1, bloodGroup: 'O-' }],
    });
    const headers = { 'x-csrf-token': api.session.csrfToken };
    await api.api.post('/api/v1/flagged-phones', {
      data: { phone: flaggedPhone, reason: 'पहले पैसे माँगे, फिर फ़ोन बंद कर दिया' },
      headers,
    });
    await api.api.post(`/api/v1/cases/${created.caseId}/claim`, { data: {}, headers });
    await api.api.post(`/api/v1/cases/${created.caseId}/calls`, {
      data: { outcome: 'reached', note: 'बेटे से बात हुई, सिलेंडर की ज़रूरत पक्की है।' },
      headers,
    });
    await api.api.dispose();

    const context = await contextAs(browser, credentialsOf(coordinator), phone);
    const page = await context.newPage();

    await settled(page, '/desk');
    await page.locator(`.queue-row[data-reference="${created.reference}"]`).waitFor();
    await screenshot(page, 'desk-360-hi.png');
    await expectFits(page, '/desk');

    await settled(page, `/cases/${created.caseId}`);
    await page.locator('.timeline-event[data-event-type=call_logged]').waitFor();
    await screenshot(page, 'case-360-hi.png');
    await expectFits(page, '/cases/:id');

    await settled(page, '/flagged-phones');
    await page.locator('main table').waitFor();
    await screenshot(page, 'flagged-phones-360-hi.png');
    await expectFits(page, '/flagged-phones');

    await settled(page, '/cases/new');
    await screenshot(page, 'intake-360-hi.png');
    await expectFits(page, '/cases/new');
    await context.close();
  });
});
