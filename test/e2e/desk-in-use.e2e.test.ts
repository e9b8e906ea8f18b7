// The desk as operators use it in a busy hour (issue 11): a shown number stays shown, numbers find cases,
// fulfilling says what was delivered, viewers never see a whole number, the keyboard works the queue, and the
// case page keeps its everyday actions at the top of a phone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CaseDetail, CreateCaseBody } from '../../src/shared/contracts/cases.js';
import { createCase, createPerson, listOrganisations, signInApi, type ApiSession } from './support/api.js';
import { contextAs } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone, type Credentials } from './support/people.js';
import { expectFits, phone, screenshot, settled } from './support/phone-screen.js';

const en = (key: string, values: Record<string, string | number> = {}) =>
  text('en', key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));

// An organisation of this spec's own, in a district no other spec uses, so its queue is this spec's alone.
const district = 'MP-INDORE';
const password = 'desk-in-use-password';
const admin = credentialsOf(demoPerson('admin@sahayata.example'));
// The viewer check is about Kanpur police's own cases, with a message really sent (its SMS line is in the demo).
const kanpurPolice = 'Kanpur Nagar Police Commissionerate';
const kanpurOperator = credentialsOf(demoPerson('operator.kanpur@sahayata.example'));

async function post(session: ApiSession, path: string, data: unknown = {}): Promise<unknown> {
  const response = await session.api.post(`/api/v1${path}`, {
    data,
    headers: { 'x-csrf-token': session.session.csrfToken },
  });
  if (!response.ok()) throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`);
  return response.json();
}

async function get<T>(session: ApiSession, path: string): Promise<T> {
  const response = await session.api.get(`/api/v1${path}`);
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

const patients = [
  'Salim Khan',
  'Gopal Yadav',
  'Asha Bai',
  'Imtiaz Ali',
  'Ramesh Verma',
  'Kiran Solanki',
  'Noor Jahan',
  'Bhagwati Prasad',
  'Dolly Thomas',
  'Jaswinder Gill',
  'Usha Patidar',
  'Feroz Mansuri',
];
let pleas = 0;

/**
 * A plea that stays "normal" (no oxygen, no SpO2, no word saying it is urgent), each for a patient of its own:
 * the same patient in the same district would join the open case instead of opening one.
 */
function plea(requesterPhone: string, over: Partial<CreateCaseBody> = {}): CreateCaseBody {
  pleas += 1;
  const patient = patients[pleas % patients.length] ?? 'Salim Khan';
  return {
    channel: 'phone',
    text: 'Ration for a family of five, the father is in hospital.',
    requester: { name: 'Farida Begum', phones: [requesterPhone], language: 'en', consentToShare: true },
    patient: { name: patient, age: 45 },
    location: { district },
    needs: [{ resource: 'food', quantity: 2 }],
    ...over,
  };
}

/** "+919712345678" → "9712345678": the ten digits that must never show to someone who may not see them. */
const national = (e164: string) => e164.replace(/^\+91/, '');

const status = (page: Page, value: string) => page.locator(`.case-badges .status[data-status=${value}]`).waitFor();

describeE2e('the desk as operators use it', () => {
  let browser: Browser;
  let operator: Credentials;
  let coordinator: Credentials;
  let operatorApi: ApiSession;
  let coordinatorApi: ApiSession;
  const kanpurCases: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    const adminApi = await signInApi(admin);
    const organisation = (await post(adminApi, '/organisations', {
      name: 'Indore Sahayata Desk (e2e)',
      kind: 'ngo',
      districts: [district],
    })) as { id: string };
    const person = async (name: string, role: 'operator' | 'coordinator', language: 'en' | 'hi') => {
      const user = await createPerson(adminApi, {
        name,
        phone: uniquePhone(),
        preferredLanguage: language,
        password,
        membership: { role, organisationId: organisation.id, districts: [] },
      });
      return { identifier: user.phone, password };
    };
    operator = await person('Meera Joshi', 'operator', 'en');
    coordinator = await person('Rajendra Chouhan', 'coordinator', 'hi');
    await adminApi.api.dispose();
    operatorApi = await signInApi(operator);
    coordinatorApi = await signInApi(coordinator);
  });

  afterAll(async () => {
    // Closed, so the Kanpur queue is as other specs expect it.
    if (kanpurCases.length > 0) {
      const kanpur = await signInApi(kanpurOperator);
      for (const id of kanpurCases)
        await post(kanpur, `/cases/${id}/transitions`, { to: 'closed', closeReason: 'no_longer_needed' });
      await kanpur.api.dispose();
    }
    await operatorApi?.api.dispose();
    await coordinatorApi?.api.dispose();
    await releaseChromium(browser);
  });

  it('a shown number stays a number to call after someone else changes the case', async () => {
    const requester = uniquePhone();
    const created = await createCase(operatorApi, plea(requester));
    const context = await contextAs(browser, operator);
    const page = await context.newPage();
    // The live stream is open before anyone else changes the case.
    const streaming = page.waitForResponse((response) => response.url().endsWith('/api/v1/cases/stream'));
    await page.goto(`/cases/${created.caseId}`);
    await page.locator('h1.case-reference-heading').waitFor();
    await streaming;

    // Masked as the server sends it, until shown.
    expect(await page.locator(`a[href="tel:${requester}"]`).count()).toBe(0);
    expect(await page.locator('.phones .masked-phone').innerText()).not.toContain(national(requester));
    await page.locator('[data-action=reveal] button').click();
    const link = page.locator(`.phones a[href="tel:${requester}"]`);
    await link.waitFor();
    await page.locator('[data-field=revealed-until]').waitFor();
    expect(await page.locator('[data-field=revealed-until]').innerText()).toMatch(/^Shown to you until /);
    expect(await page.locator('[data-action=reveal]').count()).toBe(0);

    // Someone else adds a note: the live stream refetches the case, and the number is still shown.
    await post(coordinatorApi, `/cases/${created.caseId}/notes`, { note: 'Spoke to the hospital, ration confirmed.' });
    await page.locator('.timeline-event[data-event-type=note_added]').waitFor({ timeout: 15_000 });
    await link.waitFor();
    expect(await page.locator('[data-action=reveal]').count()).toBe(0);
    // A page reload asks the server again: still shown, and the reveal was recorded once.
    await page.reload();
    await link.waitFor();
    expect(await page.locator('.timeline-event[data-event-type=contact_revealed]').count()).toBe(1);

    // Closing as a duplicate waits until the original is chosen (no 409 for a missing case).
    await page.locator('[data-action=transition] button[data-to=closed]').click();
    const close = page.locator('[data-form=close]');
    await close.locator('select[name=closeReason]').selectOption('duplicate');
    expect(await close.locator('button[type=submit]').isDisabled()).toBe(true);
    const other = await createCase(operatorApi, plea(uniquePhone()));
    const choice = close.locator(`.case-picker-choices input[type=radio][value="${other.caseId}"]`);
    await choice.waitFor({ timeout: 15_000 });
    await choice.check();
    expect(await close.locator('button[type=submit]').isDisabled()).toBe(false);
    await context.close();
  });

  it('finds a case by its phone number, written three ways, and says how many in words that fit', async () => {
    const requester = uniquePhone();
    const digits = national(requester);
    const created = await createCase(operatorApi, plea(requester));
    const context = await contextAs(browser, operator);
    const page = await context.newPage();
    await page.goto('/desk');
    await page.locator('main .loading').waitFor({ state: 'detached' });
    expect(await page.locator('.queue-filters .search .field-hint').innerText()).toBe(en('desk.filters.qHintPhones'));

    for (const written of [digits, `${digits.slice(0, 5)} ${digits.slice(5)}`, requester]) {
      const search = page.locator('.queue-filters input[name=q]');
      await search.fill(written);
      await search.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === written);
      // Until the answer comes, the previous list stays on screen (marked busy): wait for this search's.
      await page.waitForFunction(() => document.querySelectorAll('.queue[aria-busy=false] .queue-row').length === 1);
      await page.locator(`.queue-row[data-reference="${created.reference}"]`).waitFor();
      expect(await page.locator('.queue-count').innerText(), written).toBe(en('desk.count_one', { count: 1 }));
      // The result is a case: its number stays masked.
      expect(await page.locator('main').innerText()).not.toContain(digits);
    }

    // A fulfilled case searched under the default "all open": not a dead end.
    const done = await createCase(operatorApi, plea(uniquePhone()));
    for (const to of ['verified', 'matched', 'fulfilled']) {
      await post(operatorApi, `/cases/${done.caseId}/transitions`, { to });
    }
    await page.goto(`/desk?q=${encodeURIComponent(done.reference)}`);
    await page.locator('.queue-empty[data-empty=filtered]').waitFor();
    const offer = page.locator('[data-found-in=fulfilled] a');
    await offer.waitFor();
    expect(await offer.innerText()).toBe(en('desk.foundIn.fulfilled_one', { count: 1 }));
    expect(await page.locator('[data-found-in=closed]').count()).toBe(0);
    await offer.click();
    await page.locator(`.queue-row[data-reference="${done.reference}"]`).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('fulfilled');
    await context.close();
  });

  it('fulfils with the quantities delivered, matched with whom, and lets them be corrected after', async () => {
    const created = await createCase(
      operatorApi,
      plea(uniquePhone(), {
        needs: [
          { resource: 'food', quantity: 2 },
          { resource: 'medicine', quantity: 1, medicine: 'paracetamol' },
        ],
      }),
    );
    await post(operatorApi, `/cases/${created.caseId}/claim`);
    const context = await contextAs(browser, operator);
    const page = await context.newPage();
    await page.goto(`/cases/${created.caseId}`);
    await page.locator('h1.case-reference-heading').waitFor();
    // Claimed and open: the claim's expiry shows.
    await page.locator('.case-summary', { hasText: en('case.summary.claimExpires') }).waitFor();

    await page.locator('[data-action=transition] button[data-to=verified]').click();
    await status(page, 'verified');
    const match = page.locator('[data-form=match]');
    await match.locator('input[name="matchedWith.text"]').fill('Ration kit from the gurudwara langar');
    await match.locator('button[data-to=matched]').click();
    await status(page, 'matched');
    await page
      .locator('.timeline-event[data-event-type=status_changed]', { hasText: 'Ration kit from the gurudwara langar' })
      .waitFor();

    // Nothing recorded as delivered yet: fulfilling asks, filled in with what was asked for.
    await page.locator('[data-action=transition] button[data-to=fulfilled]').click();
    const fulfil = page.locator('[data-form=fulfil]');
    await fulfil.waitFor();
    expect(await page.locator('.case-badges .status').getAttribute('data-status')).toBe('matched');
    const detail = await get<CaseDetail>(operatorApi, `/cases/${created.caseId}`);
    const food = detail.needs.find((need) => need.resource === 'food');
    const medicine = detail.needs.find((need) => need.resource === 'medicine');
    if (!food || !medicine) throw new Error('the case lost its needs');
    const foodBox = fulfil.locator(`input[data-need-id="${food.id}"]`);
    expect(await foodBox.inputValue()).toBe('2');
    expect(await fulfil.locator(`input[data-need-id="${medicine.id}"]`).inputValue()).toBe('1');
    await foodBox.fill('1');
    await fulfil.locator('.fulfil-short').waitFor();
    await fulfil.locator('button[type=submit]').click();
    await status(page, 'fulfilled');

    const count = (resource: string) => page.locator(`.need-row[data-need=${resource}] .need-row-count`).innerText();
    expect(await count('food')).toBe(en('case.needs.count', { fulfilled: 1, requested: 2 }));
    expect(await count('medicine')).toBe(en('case.needs.count', { fulfilled: 1, requested: 1 }));
    const after = await get<CaseDetail>(operatorApi, `/cases/${created.caseId}`);
    expect(after.needs.map((need) => [need.resource, need.quantityFulfilled])).toEqual(
      expect.arrayContaining([
        ['food', 1],
        ['medicine', 1],
      ]),
    );
    expect(after.claimExpiresAt).toBeNull();
    expect(await page.locator('.case-summary').innerText()).not.toContain(en('case.summary.claimExpires'));

    // Corrected after: the quantity editor is still there, and the correction is on the timeline.
    const correct = page.locator('.need-row[data-need=food] [data-action=quantity]');
    await correct.locator('input').fill('2');
    await correct.locator('button').click();
    await page
      .locator('.need-row[data-need=food] .need-row-count', {
        hasText: en('case.needs.count', { fulfilled: 2, requested: 2 }),
      })
      .waitFor();
    await page.locator('.timeline-event[data-event-type=quantity_recorded]').nth(2).waitFor();
    expect(await page.locator('.timeline-event[data-event-type=quantity_recorded]').count()).toBe(3);
    await context.close();
  });

  it('shows a viewer no whole number of a case, anywhere in the page', async () => {
    const adminApi = await signInApi(admin);
    const police = (await listOrganisations(adminApi)).find((o) => o.name === kanpurPolice);
    if (!police) throw new Error(`the demo data has no ${kanpurPolice}`);
    const viewerUser = await createPerson(adminApi, {
      name: 'Drishti Awasthi',
      phone: uniquePhone(),
      preferredLanguage: 'en',
      password,
      membership: { role: 'viewer', organisationId: police.id, districts: ['UP-KANPUR-NAGAR'] },
    });
    await adminApi.api.dispose();

    const requester = uniquePhone();
    const brother = uniquePhone();
    const spaced = `${national(brother).slice(0, 5)} ${national(brother).slice(5)}`;
    const kanpur = await signInApi(kanpurOperator);
    const created = await createCase(kanpur, {
      channel: 'phone',
      text: `Ration chahiye, ghar mein paanch log hain. Mere bhai ka number ${spaced} hai.`,
      requester: { name: 'Shabnam Ansari', phones: [requester], language: 'hi', consentToShare: true },
      location: { district: 'UP-KANPUR-NAGAR', locality: 'Chaman Ganj' },
      needs: [{ resource: 'food', quantity: 1 }],
    });
    kanpurCases.push(created.caseId);
    // A status change sends the requester a message; the operator shows the numbers (to themselves only).
    await post(kanpur, `/cases/${created.caseId}/transitions`, { to: 'verified' });
    await post(kanpur, `/cases/${created.caseId}/reveal-contact`);
    let sent = 0;
    for (let tries = 0; tries < 40 && sent === 0; tries += 1) {
      sent = (await get<{ items: unknown[] }>(kanpur, `/cases/${created.caseId}/outbound`)).items.length;
      if (sent === 0) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(sent, 'a message was sent to the requester').toBeGreaterThan(0);
    await kanpur.api.dispose();

    const numbers = [national(requester), national(brother)];
    /** Every text and attribute in the page, with the spaces, dashes and dots a number may be split by removed. */
    const pageText = async (page: Page) =>
      (await page.evaluate(() => `${document.documentElement.outerHTML}\n${document.body.innerText}`)).replace(
        /[\s\-.()]/g,
        '',
      );
    const context = await contextAs(browser, { identifier: viewerUser.phone, password });
    const page = await context.newPage();
    await page.goto(`/desk?q=${encodeURIComponent(created.reference)}`);
    await page.locator(`.queue-row[data-reference="${created.reference}"]`).waitFor();
    for (const digits of numbers) expect(await pageText(page), `desk: ${digits}`).not.toContain(digits);

    await page.goto(`/cases/${created.caseId}`);
    await page.locator('h1.case-reference-heading').waitFor();
    await page.locator('.timeline-event[data-event-type=status_changed]').waitFor();
    await page.locator('section[aria-labelledby=case-outbound] .loading').waitFor({ state: 'detached' });
    expect(await page.locator('.message-text').first().innerText()).toContain(`xxxxx xx${national(brother).slice(-3)}`);
    for (const digits of numbers) expect(await pageText(page), `case: ${digits}`).not.toContain(digits);
    expect(await page.locator('a[href^="tel:"]').count()).toBe(0);
    expect(await page.locator('[data-action=reveal], .case-quick-bar').count()).toBe(0);
    await context.close();
  });

  it('works from the keyboard: / searches, j and k move, Enter opens, c claims, ? lists the keys', async () => {
    const first = await createCase(operatorApi, plea(uniquePhone()));
    await createCase(operatorApi, plea(uniquePhone()));
    const context = await contextAs(browser, operator);
    const page = await context.newPage();
    await page.goto('/desk');
    await page.locator('main .loading').waitFor({ state: 'detached' });
    await page.locator('.queue-row').nth(1).waitFor();

    // "/" goes to the search box; what is typed there is text, not shortcuts.
    await page.keyboard.press('/');
    const search = page.locator('.queue-filters input[name=q]');
    expect(await search.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type(first.reference);
    expect(await search.inputValue()).toBe(first.reference);
    expect(await page.locator('.queue-row[data-current]').count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === first.reference);
    await page.waitForFunction(() => document.querySelectorAll('.queue[aria-busy=false] .queue-row').length === 1);
    await page.locator(`.queue-row[data-reference="${first.reference}"]`).waitFor();

    // j and k move through the queue, from wherever the page is.
    await page.goto('/desk');
    await page.locator('main .loading').waitFor({ state: 'detached' });
    const rows = page.locator('.queue-row');
    await rows.nth(1).waitFor();
    const focusedRow = () =>
      page.evaluate(() => document.activeElement?.closest('.queue-row')?.getAttribute('data-case-id') ?? null);
    const ids = await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-case-id')));
    await page.keyboard.press('j');
    expect(await focusedRow()).toBe(ids[0]);
    expect(await rows.nth(0).getAttribute('data-current')).toBe('true');
    await page.keyboard.press('j');
    expect(await focusedRow()).toBe(ids[1]);
    expect(await rows.nth(1).getAttribute('data-current')).toBe('true');
    await page.keyboard.press('k');
    expect(await focusedRow()).toBe(ids[0]);

    // Enter opens it; c claims it.
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/cases/${ids[0]}`);
    await page.locator('h1.case-reference-heading').waitFor();
    const claimable = (await page.locator('[data-action=claim] button').count()) > 0;
    if (claimable) {
      await page.keyboard.press('c');
      await page.locator('[data-field=assignee]', { hasText: 'Meera Joshi' }).waitFor();
    }

    // ? lists the keys, in a dialog Escape closes.
    await page.keyboard.press('?');
    const dialog = page.locator('dialog.shortcuts-dialog');
    await dialog.and(page.locator('[open]')).waitFor();
    expect(await dialog.locator('h2').innerText()).toBe(en('desk.shortcuts.heading'));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog.shortcuts-dialog[open]'));
    await context.close();
  });

  it('shows the priority a pasted plea would get, with the word that made it urgent', async () => {
    const context = await contextAs(browser, operator);
    const page = await context.newPage();
    await page.goto('/cases/new');
    await page.locator('textarea[name=text]').fill('Ration for my mother, she is alone. Please help jaldi.');
    const reason = page.locator('.triage-preview [data-reason=urgent_words]');
    await reason.waitFor();
    expect(await reason.innerText()).toBe(
      en('intake.triage.urgentWord', { reason: en('priorityReason.urgent_words'), word: 'jaldi' }),
    );
    expect(await page.locator('.triage-preview').getAttribute('data-priority')).toBe('high');
    await context.close();
  });

  it('fits the needs editor on a 360 px phone in English: "Choose what is needed" is not cut off', async () => {
    const context = await contextAs(browser, operator, { ...phone, locale: 'en-IN' });
    const page = await context.newPage();
    await page.goto('/cases/new');
    await page.locator('html[lang=en]').waitFor();
    const select = page.locator('select[name="needs.0.resource"]');
    await select.waitFor();
    const room = await select.evaluate((element: HTMLSelectElement) => {
      const style = getComputedStyle(element);
      const canvas = document.createElement('canvas').getContext('2d');
      if (!canvas) return { text: 0, box: 0 };
      canvas.font = style.font;
      const label = element.selectedOptions[0]?.text ?? '';
      // The box's inner width, less the arrow Chromium draws at its end.
      const inner = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      return { text: canvas.measureText(label).width, box: inner };
    });
    expect(room.text).toBeGreaterThan(0);
    expect(room.text).toBeLessThanOrEqual(room.box);
    await expectFits(page, '/cases/new (en)');
    await context.close();
  });

  it('keeps claim, call and status at the top of a case on a 360 px phone, in Hindi', async () => {
    const created = await createCase(operatorApi, {
      channel: 'whatsapp',
      text: 'मेरी माँ अस्पताल में भर्ती हैं, घर पर बच्चों के लिए राशन और बुखार की दवा चाहिए। विजय नगर, इंदौर।',
      requester: { name: 'सुरेश प्रजापति', phones: [uniquePhone()], language: 'hi', consentToShare: true },
      patient: { name: 'कमला प्रजापति', age: 58, sex: 'female' },
      location: { district, locality: 'विजय नगर', hospital: 'महाराजा यशवंतराव अस्पताल' },
      needs: [
        { resource: 'food', quantity: 1 },
        { resource: 'medicine', quantity: 2, medicine: 'पैरासिटामोल' },
      ],
    });
    await post(operatorApi, `/cases/${created.caseId}/notes`, { note: 'बेटे से बात हुई, पता पक्का है।' });

    const context = await contextAs(browser, coordinator, phone);
    const page = await context.newPage();
    await settled(page, `/cases/${created.caseId}`);
    await page.locator('.timeline-event[data-event-type=note_added]').waitFor();
    const bar = page.locator('.case-quick-bar');
    await bar.waitFor();
    for (const action of ['claim', 'reveal', 'status']) await bar.locator(`[data-quick=${action}]`).waitFor();
    const top = await bar.boundingBox();
    expect(top, 'the quick bar is on screen').not.toBeNull();
    // Within the first screen (it was 1,550 px down), one or two rows high.
    expect(top?.y ?? Infinity).toBeLessThan(phone.viewport.height - 120);
    expect(top?.height ?? Infinity).toBeLessThan(120);

    await screenshot(page, 'case-360-hi.png');
    await expectFits(page, '/cases/:id (quick bar)');

    // Scrolled down to the timeline, the bar is still at the top of the screen.
    await page.locator('.timeline-event[data-event-type=note_added]').scrollIntoViewIfNeeded();
    const scrolled = await bar.boundingBox();
    expect(Math.abs(scrolled?.y ?? Infinity)).toBeLessThan(1);
    // Status jumps to the status buttons, below the bar rather than under it.
    await bar.locator('[data-quick=status]').click();
    const firstStep = page.locator('[data-action=transition] .form-actions button').first();
    expect(await firstStep.evaluate((element) => element === document.activeElement)).toBe(true);
    const step = await firstStep.boundingBox();
    const barNow = await bar.boundingBox();
    expect(step?.y ?? 0).toBeGreaterThanOrEqual((barNow?.y ?? 0) + (barNow?.height ?? 0));

    // Showing the number turns the button into a number to call; claiming takes the case.
    await bar.locator('[data-quick=reveal]').click();
    await bar.locator('a[data-quick=call][href^="tel:+91"]').waitFor();
    await bar.locator('[data-quick=claim]').click();
    await page.locator('[data-field=assignee]', { hasText: 'Rajendra Chouhan' }).waitFor();
    await expectFits(page, '/cases/:id (revealed, claimed)');
    await context.close();
  });
});
