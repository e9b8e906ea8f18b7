// Issue #12's donor registry as an operator works it: register a donor on their behalf, verify them (a call, then
// the ID seen), record their donation and see the day they may give again; the list narrows by blood group; and
// the same pages in Hindi on a 360 px phone, photographed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contextAs } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone } from './support/people.js';
import { expectFits, phone, screenshot, settled } from './support/phone-screen.js';

const en = (key: string) => text('en', key);
const hi = (key: string) => text('hi', key);

// The Kanpur operator works in Hindi; the first run switches this device's screen to English.
const operator = demoPerson('operator.kanpur@sahayata.example');
// Importing a list is a coordinator's call.
const coordinator = demoPerson('coordinator.kanpur@sahayata.example');

/** An ISO day on the Kolkata calendar, as the donor rules count. */
const kolkataDay = (ms: number) => new Date(ms + 330 * 60_000).toISOString().slice(0, 10);
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Waits until the list shows only donors of this group (or no donor at all) and is not fetching: the address
 * changes before the list has caught up with it.
 */
async function listShowsOnly(page: Page, group: string): Promise<number> {
  const handle = await page.waitForFunction((wanted) => {
    const list = document.querySelector('ul.donor-rows');
    if (list === null) return document.querySelector('.donors-empty') === null ? false : { rows: 0 };
    if (list.getAttribute('aria-busy') !== 'false') return false;
    const groups = Array.from(list.querySelectorAll('.donor-row .group-badge'), (b) => b.getAttribute('data-group'));
    return groups.every((g) => g === wanted) ? { rows: groups.length } : false;
  }, group);
  // An object, as waitForFunction waits for a truthy answer and an empty list counts 0.
  return ((await handle.jsonValue()) as { rows: number }).rows;
}

describeE2e('the donor registry', () => {
  let browser: Browser;
  // Made by the first test, looked at on a phone by the second.
  let donorPath = '';
  const donorPhone = uniquePhone();
  // A group few demo donors have, so the filtered list is short and ours is on it.
  const group = 'AB-';
  const name = `Ravi Shankar ${donorPhone.slice(-4)}`;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('an operator registers, verifies and records a donation, then sees the next eligible day', async () => {
    const context = await contextAs(browser, credentialsOf(operator));
    const page = await context.newPage();
    await page.goto('/donors');
    await page.locator('main h1').waitFor();
    await page.locator('.language-switch button[lang=en]').click();
    await page.locator('html[lang=en]').waitFor();
    // The nav offers the registry to an operator.
    await page.locator('nav.main-nav a[data-nav=donors]').waitFor();

    // Registered on their behalf, by keyboard-reachable controls named like the API body.
    await page.getByRole('link', { name: en('donors.register') }).click();
    const form = page.locator('form.donor-form');
    await form.waitFor();
    // Sending before the donor agreed says so, and sends nothing.
    await form.locator('input[name=name]').fill(name);
    await form.locator('button[type=submit]').click();
    await page.locator('.error-summary').getByText(en('donors.form.consentRequired')).waitFor();
    expect(page.url()).toContain('/donors/new');
    // …and names what else is missing at the same press, next to each field, not one problem a press.
    for (const field of ['phone', 'dateOfBirth']) {
      await form
        .locator('.field', { has: page.locator(`input[name=${field}]`) })
        .locator('.field-error')
        .waitFor();
    }

    await form.locator('input[name=phone]').fill(donorPhone);
    await form.locator('select[name=sex]').selectOption('male');
    await form.locator('input[name=dateOfBirth]').fill('1990-05-01');
    await form.locator('select[name=bloodGroup]').selectOption(group);
    await form.locator('select[name=weightBand]').selectOption('>55');
    await form.locator('select[name=district]').selectOption('UP-KANPUR-NAGAR');
    await form.locator('input[name=locality]').fill('Kidwai Nagar');
    await form.locator('input[name=firstTimeDonor]').check();
    await form.locator('input[name=consentGiven]').check();
    await form.locator('button[type=submit]').click();

    await page.locator('.success[data-registered=new]').waitFor();
    donorPath = new URL(page.url()).pathname;
    expect(donorPath).toMatch(/^\/donors\/[0-9a-f-]{36}$/);
    expect(await page.locator('main h1').innerText()).toBe(name);
    // Masked until asked, and neither verified nor confirmed yet.
    expect(await page.locator('.donor-contact [data-field=phone]').innerText()).not.toContain(donorPhone.slice(3, 8));
    await page.locator('.donor-heading [data-verified=false]').waitFor();
    await page.locator(`.donor-heading .group-badge[data-group="${group}"][data-confirmed=false]`).waitFor();
    // A first-time donor of 36 with weight given: eligible for whole blood today.
    await page.locator('.donor-eligibility li[data-product=whole_blood][data-eligible=true]').waitFor();

    // The verification call, then the ID seen.
    const call = page.locator('form[data-action=call]');
    await call.getByLabel(en('callOutcome.reached')).check();
    await call.locator('input[name=notes]').fill('Confirmed weight 68 kg and address');
    await call.locator('button[type=submit]').click();
    await page.locator('.donor-history .timeline-event[data-event=verification_call]').waitFor();

    const verify = page.locator('form[data-action=verify]');
    await verify.locator('select[name=idSeen]').selectOption('aadhaar');
    await verify.locator('button[type=submit]').click();
    await page.locator('.donor-heading [data-verified=true]').waitFor();
    await page.locator('.donor-history .timeline-event[data-event=verified]').waitFor();

    // Corrected after the call: the record keeps the rest and shows the new locality.
    await page.getByRole('button', { name: en('donors.edit.open') }).click();
    const edit = page.locator('.donor-edit form.donor-form');
    expect(await edit.locator('input[name=phone]').count()).toBe(0);
    await edit.locator('input[name=locality]').fill('Swaroop Nagar');
    await edit.locator('button[type=submit]').click();
    await edit.waitFor({ state: 'detached' });
    await page.locator('#donor-facts-heading').waitFor();
    expect(await page.locator('.donor-page .facts').first().innerText()).toContain('Swaroop Nagar');
    await page.locator('.donor-history .timeline-event[data-event=updated]').waitFor();
    await page.locator(`.donor-heading .group-badge[data-group="${group}"]`).waitFor();

    // The number, shown on request (and recorded).
    await page.getByRole('button', { name: en('donors.record.reveal') }).click();
    await page.locator('.donor-contact a.donor-phone').waitFor();

    // A whole blood donation today: a man may give again in 90 days, and the page says from when.
    const today = kolkataDay(Date.now());
    const nextDay = addDays(today, 90);
    const donation = page.locator('form[data-action=donation]');
    await donation.locator('select[name=product]').selectOption('whole_blood');
    await donation.locator('input[name=donatedOn]').fill(today);
    await donation.locator('input[name=bloodCentre]').fill('LLR (Hallet) Hospital Blood Centre');
    await donation.locator('button[type=submit]').click();
    await page.locator(`.donor-recorded [data-next-eligible="${nextDay}"] time[datetime="${nextDay}"]`).waitFor();
    await page.locator(`.donor-eligibility .donor-next[data-next-eligible="${nextDay}"]`).waitFor();
    await page.locator('.donor-eligibility li[data-product=whole_blood][data-eligible=false]').waitFor();
    const reason = await page
      .locator('.donor-eligibility li[data-product=whole_blood] [data-reason=whole_blood_interval]')
      .innerText();
    expect(reason).toContain('90');
    await page.locator('.donor-donation-list li').first().waitFor();
    await page.locator('.donor-history .timeline-event[data-event=donation_recorded]').waitFor();

    // The list narrows by group: every row is AB-, ours among them; another group leaves ours out.
    await page.locator('nav.main-nav a[data-nav=donors]').click();
    await page.locator('ul.donor-rows, .donors-empty').first().waitFor();
    const toggle = page.locator('.queue-filters-toggle');
    if (await toggle.isVisible()) await toggle.click();
    await page.locator('select[name=bloodGroup]').selectOption(group);
    await page.waitForURL(/bloodGroup=AB-/);
    expect(await listShowsOnly(page, group)).toBeGreaterThan(0);
    await page.locator('input[name=q]').fill(donorPhone.slice(-4));
    await page.locator('input[name=q]').press('Enter');
    await page.waitForURL(/q=/);
    const ours = page.locator('ul.donor-rows .donor-row', { hasText: name });
    await ours.waitFor();
    await ours.locator('.next-eligible-from').waitFor();

    await page.locator('select[name=bloodGroup]').selectOption('B+');
    await page.waitForURL(/bloodGroup=B%2B/);
    await listShowsOnly(page, 'B+');
    expect(await page.locator('ul.donor-rows .donor-row', { hasText: name }).count()).toBe(0);
    await context.close();
  });

  it('in Hindi on a 360 px phone: the list, the record and the form fit, and read in Devanagari', async () => {
    expect(donorPath).not.toBe('');
    const context = await contextAs(browser, credentialsOf(operator), phone);
    const page = await context.newPage();

    await settled(page, `/donors?bloodGroup=${encodeURIComponent(group)}`);
    await page.locator('ul.donor-rows .donor-row').first().waitFor();
    expect(await page.locator('main h1').innerText()).toBe(hi('donors.title'));
    await screenshot(page, 'donors-360-hi.png');
    await expectFits(page, '/donors');

    await settled(page, donorPath);
    await page.locator('.donor-eligibility').waitFor();
    expect(await page.locator('#donor-eligibility-heading').innerText()).toBe(hi('donors.record.eligibility'));
    const reason = await page.locator('.donor-eligibility [data-reason=whole_blood_interval]').innerText();
    // "90 दिन पिछले रक्तदान से: …" — the reason in Hindi, with its day.
    expect(reason).toMatch(/[\u0900-\u097F]/);
    expect(await page.locator('.donor-heading [data-verified=true]').innerText()).toBe(hi('donors.verified'));
    await screenshot(page, 'donor-record-360-hi.png');
    await expectFits(page, '/donors/{id}');

    await settled(page, '/donors/new');
    await page.locator('form.donor-form').waitFor();
    await screenshot(page, 'donor-new-360-hi.png');
    await expectFits(page, '/donors/new');
    await context.close();
  });

  it("a coordinator imports the police lines' roster in Hindi: row errors in Hindi first, then the whole file", async () => {
    const context = await contextAs(browser, credentialsOf(coordinator), phone);
    const page = await context.newPage();
    await settled(page, '/donors/import');
    const [first, second] = [uniquePhone(), uniquePhone()];
    const roster = (secondBirthDay: string) =>
      Buffer.from(
        [
          'नाम,मोबाइल,लिंग,जन्म तिथि,वज़न,रक्त समूह',
          `सिपाही राम सिंह,${first},पुरुष,12/03/1992,70,O+`,
          `सिपाही मोहन लाल,${second},पुरुष,${secondBirthDay},65,B+`,
        ].join('\r\n'),
        'utf8',
      );
    const form = page.locator('main form');
    await form.locator('select[name=district]').selectOption('UP-KANPUR-NAGAR');
    await form.locator('select[name=category]').selectOption('police');

    // 31 February: the preview names row 3 and its column, in Hindi, and offers no import.
    await form
      .locator('input[name=csv]')
      .setInputFiles({ name: 'police-lines.csv', mimeType: 'text/csv', buffer: roster('31/02/1990') });
    await form.locator('button[type=submit]').click();
    const preview = page.locator('.donor-import-preview');
    await preview.locator('[data-preview-errors="1"]').waitFor();
    const problem = preview.locator('.donor-import-problems tr[data-field^="rows.3."]');
    await problem.waitFor();
    expect(await problem.innerText()).toMatch(/[\u0900-\u097F]/);
    expect(await problem.innerText()).toContain('जन्म तिथि');
    expect(await preview.locator('.form-actions button').count()).toBe(0);
    await screenshot(page, 'donor-import-errors-360-hi.png');
    await expectFits(page, '/donors/import (errors)');

    // Corrected: two new police donors, imported in one go.
    await form
      .locator('input[name=csv]')
      .setInputFiles({ name: 'police-lines.csv', mimeType: 'text/csv', buffer: roster('28/02/1990') });
    await form.locator('button[type=submit]').click();
    await preview.locator('[data-preview-errors="0"]').waitFor();
    expect(await preview.locator('.donor-import-sample tr[data-action=new]').count()).toBe(2);
    await preview.locator('.form-actions button').click();
    await page.locator('.success[data-imported="2"]').waitFor();
    await expectFits(page, '/donors/import (done)');

    await settled(page, `/donors?q=${first.slice(-6)}`);
    const row = page.locator('ul.donor-rows .donor-row', { hasText: 'सिपाही राम सिंह' });
    await row.waitFor();
    expect(await row.innerText()).toContain(hi('donors.category.police'));
    await context.close();
  });
});
