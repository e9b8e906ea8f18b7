// Issue #13's browser scenario, on a 360 px phone in Hindi, as Mission Jeevan's Unnao coordinator works it: a WhatsApp
// plea for a cylinder (SpO2 91, Unnao) arrives through the simulator, the coordinator lends the nearest cylinder from
// the case and the loan shows on the case's timeline with the minutes since the first message; the borrower writes
// `वापसी <ref>`, the cylinder comes back and the deposit is refunded. The demo's week-old loan (demo-lending.ts) gets
// its due reminder in the simulator and, being overdue, escalates — both by the server's own jobs. A plea with SpO2
// 86 is shown as "refer to hospital". Every lending screen fits 360 px in Hindi.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoSponsorToken } from '../../src/server/db/demo/demo-lending.js';
import type { CaseDetail } from '../../src/shared/contracts/cases.js';
import type { LoanDetail, LoanList } from '../../src/shared/contracts/loans.js';
import { listCases, signInApi, type ApiSession } from './support/api.js';
import { contextAs, newContext } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone } from './support/people.js';
import { expectFits, overflowing, phone, screenshot, settled } from './support/phone-screen.js';

const hi = (key: string) => text('hi', key);

// Mission Jeevan's Unnao coordinator works in Hindi; the demo's second WhatsApp number is Mission Jeevan's.
const coordinator = demoPerson('coordinator.unnao@sahayata.example');
const missionJeevanWhatsApp = '100000000000002';
const unnaoStore = 'Mission Jeevan store, Civil Lines Unnao';
// Understood as oxygen_cylinder, SpO2 91, Unnao: every essential, so a case opens at once.
const plea = 'पिताजी को ऑक्सीजन सिलेंडर चाहिए, SpO2 91, कोविड पॉजिटिव, घर पर आइसोलेशन, उन्नाव';
const severePlea = 'माँ को ऑक्सीजन सिलेंडर चाहिए, SpO2 86, उन्नाव';
// The demo's overdue loan: handed over ten days ago on a seven-day loan, to this borrower.
const overdueBorrower = '+919876510004';
const referencePattern = /[A-Z]{3}-[A-Z0-9]{4}/;
const liveArrival = { timeout: 20_000 };
// The lending jobs run every minute or so on the server; a run after the start must have happened.
const jobRun = { timeout: 150_000 };

/** A number as a Hindi page may print it: Latin or Devanagari digits. */
const digits = (n: number) => new RegExp(`${n}|${String(n).replace(/\d/g, (d) => '०१२३४५६७८९'[Number(d)] ?? d)}`);

async function getJson<T>({ api }: ApiSession, path: string): Promise<T> {
  const response = await api.get(`/api/v1${path}`);
  if (!response.ok()) throw new Error(`${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Like `settled`, for pages that load several parts at once (the case page's lending panel, outbound, timeline). */
async function opened(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('html[lang=hi]').waitFor();
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('main .loading').length === 0);
}

/** The simulator, writing as `from` over WhatsApp to Mission Jeevan's number. */
async function openSimulator(page: Page, from: string): Promise<void> {
  await settled(page, '/simulator');
  const settings = page.locator('.simulator-settings');
  await settings.locator('select[name=via]').selectOption('whatsapp');
  await settings
    .locator(`select[name=account] option[value="${missionJeevanWhatsApp}"]`)
    .waitFor({ state: 'attached' });
  await settings.locator('select[name=account]').selectOption(missionJeevanWhatsApp);
  await settings.locator('input[name=from]').fill(from);
  await page
    .locator(`[data-testid=simulator-thread][aria-label="${hi('simulator.thread').replace('{{from}}', from)}"]`)
    .waitFor();
}

/** Sends a message in the simulator and waits for it in the thread. */
async function send(page: Page, message: string): Promise<void> {
  await page.locator('textarea[name=text]').fill(message);
  await page.getByRole('button', { name: hi('simulator.send') }).click();
  await page
    .getByTestId('simulator-thread')
    .locator('.bubble-inbound', { hasText: message })
    .last()
    .waitFor(liveArrival);
}

/** A plea written in the simulator; the case it opened (its reference comes back in the reply). */
async function pleaThroughSimulator(page: Page, api: ApiSession, from: string, message: string): Promise<CaseDetail> {
  await openSimulator(page, from);
  await send(page, message);
  const reply = page.getByTestId('simulator-outbound').filter({ hasText: referencePattern }).first();
  await reply.waitFor(liveArrival);
  const reference = referencePattern.exec(await reply.locator('.bubble-text').innerText())?.[0] ?? '';
  const [found] = await listCases(api, { q: reference });
  if (!found) throw new Error(`case ${reference} not found`);
  return getJson<CaseDetail>(api, `/cases/${found.id}`);
}

describeE2e('oxygen lending from a WhatsApp plea, on a phone in Hindi', () => {
  let browser: Browser;
  let api: ApiSession;
  const caseIds: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    api = await signInApi(credentialsOf(coordinator));
  });
  afterAll(async () => {
    // Closed, so the queues are as other specs expect them.
    for (const caseId of caseIds) {
      const closed = await api.api.post(`/api/v1/cases/${caseId}/transitions`, {
        data: { to: 'closed', closeReason: 'no_longer_needed' },
        headers: { 'x-csrf-token': api.session.csrfToken },
      });
      if (!closed.ok()) throw new Error(`closing ${caseId} failed: ${closed.status()}`);
    }
    await api?.api.dispose();
    await releaseChromium(browser);
  });

  it(
    'lends the nearest cylinder from the case, shows the minutes since the first message, and takes it back on वापसी',
    { timeout: 240_000 },
    async () => {
      const context = await contextAs(browser, credentialsOf(coordinator), phone);
      const simulator = await context.newPage();
      const citizen = uniquePhone();
      const detail = await pleaThroughSimulator(simulator, api, citizen, plea);
      caseIds.push(detail.id);
      expect(detail.location.district).toBe('UP-UNNAO');
      expect(detail.patient.spo2).toBe(91);

      // The case's lending panel: the gate answered, the Unnao store the nearest depot.
      const page = await context.newPage();
      await opened(page, `/cases/${detail.id}`);
      const panel = page.locator('section.case-lending');
      await panel.waitFor();
      const gate = panel.locator('form.lending-gate');
      expect(await gate.locator('input[name=spo2]').inputValue()).toBe('91');
      for (const question of ['covidPositive', 'hasPrescription', 'homeIsolation']) {
        await gate.locator(`select[name=${question}]`).selectOption('yes');
      }
      await gate.getByRole('button', { name: hi('lending.gate.check') }).click();
      await gate.locator('[data-outcome=may_lend]').waitFor();
      expect(await gate.locator('[data-outcome=may_lend] .problem-title').innerText()).toBe(
        hi('lending.gate.outcome.may_lend'),
      );
      const nearest = panel.locator('li.lending-depot').first();
      expect(await nearest.getAttribute('data-depot')).toBe(unnaoStore);
      const choice = nearest.locator('label.lending-choice').first();
      const itemLabel = (await choice.getAttribute('data-item-label')) ?? '';
      expect(itemLabel).toMatch(/^UNN-/);
      await choice.locator('input[type=radio]').check();

      // The loan: the patient, a ₹5,000 cash deposit with its receipt, handed over at once by the driver.
      const form = panel.locator('form.lending-lend');
      await form.waitFor();
      await form.locator('input[name=patientName]').fill('रामकिशोर गुप्ता');
      await form.locator('input[name=patientPhone]').fill(citizen);
      await form.locator('input[name=address]').fill('सिविल लाइंस, उन्नाव');
      await form.locator('select[name=idSeen]').selectOption('aadhaar');
      await form.locator('select[name="deposit.mode"]').selectOption('cash');
      await form.locator('input[name="deposit.amount"]').fill('5000');
      await form.locator('input[name="deposit.receiptNumber"]').fill('MJ-E2E-1');
      await form.locator('input[name=handOverNow]').check();
      await form.locator('input[name="handOver.byName"]').fill('रमेश यादव');
      await form.getByRole('button', { name: hi('lending.lend.submit') }).click();
      await panel.locator('p.success[role=status]').waitFor(liveArrival);

      const loans = await getJson<LoanList>(api, `/loans?caseId=${detail.id}`);
      expect(loans.items).toHaveLength(1);
      const [summary] = loans.items;
      if (!summary) throw new Error('no loan on the case');
      expect(summary.item.label).toBe(itemLabel);
      expect(summary.depot.name).toBe(unnaoStore);
      expect(summary.handedOverAt).not.toBeNull();
      expect(summary.minutesToHandOver).not.toBeNull();
      const minutes = summary.minutesToHandOver ?? -1;
      expect(minutes).toBeGreaterThanOrEqual(0);
      expect(minutes).toBeLessThan(30);
      const reference = summary.reference;
      expect(await panel.locator('p.success[role=status]').innerText()).toContain(reference);

      // The case's timeline, without a reload: the loan and the minutes since the first message.
      const handedOver = page.locator('.timeline-event[data-event-type=loan_handed_over]');
      await handedOver.waitFor(liveArrival);
      expect(await handedOver.innerText()).toMatch(digits(minutes));
      const lentEvent = page.locator('.timeline-event[data-event-type=loan_lent]');
      await lentEvent.waitFor(liveArrival);
      expect(await lentEvent.innerText()).toContain(reference);
      // The clock started at the person's WhatsApp message.
      const lentLoan = await getJson<LoanDetail>(api, `/loans/${summary.id}`);
      const firstMessage = Math.min(...detail.messages.map((m) => Date.parse(m.receivedAt)));
      expect(Date.parse(lentLoan.firstMessageAt ?? '')).toBe(firstMessage);
      expect(minutes).toBe(Math.floor((Date.parse(lentLoan.handedOverAt ?? '') - firstMessage) / 60_000));
      await panel.locator(`.lending-loan-line[data-loan="${reference}"]`).waitFor(liveArrival);
      await screenshot(page, 'lending-case-lent-360-hi.png');
      await expectFits(page, '/cases/{id} (lent)');

      // The borrower is better: `वापसी <ref>` on WhatsApp makes a pick-up task on the loan.
      await send(simulator, `वापसी ${reference}`);
      await simulator.getByTestId('simulator-outbound').filter({ hasText: reference }).nth(0).waitFor(liveArrival);
      await expect
        .poll(async () => (await getJson<LoanDetail>(api, `/loans/${summary.id}`)).pickupRequested, liveArrival)
        .toBe(true);
      const loanEvents = (await getJson<LoanDetail>(api, `/loans/${summary.id}`)).events;
      expect(loanEvents.find((e) => e.type === 'pickup_requested')?.actorName).toBeNull();

      // The cylinder is collected and comes back; the deposit is refunded in full.
      await opened(page, `/lending/loans/${summary.id}`);
      await page.locator(`section[data-loan="${reference}"]`).waitFor();
      expect(await page.locator('.lending-minutes').first().getAttribute('data-minutes')).toBe(String(minutes));
      await page.locator('li[data-event=pickup_requested]').waitFor();
      const returnForm = page.locator('form[data-action=return]');
      await returnForm.locator('select[name=condition]').selectOption('partly_used');
      await returnForm.getByRole('button', { name: hi('lending.return.submit') }).click();
      await page.locator(`section[data-loan="${reference}"][data-status=returned]`).waitFor(liveArrival);
      const depositForm = page.locator('form[data-action=deposit]');
      await depositForm.waitFor(liveArrival);
      expect(await depositForm.locator('input[name=amount]').inputValue()).toBe('5000');
      await depositForm.locator('input[name=reference]').fill('नकद, रसीद MJ-E2E-1 पर');
      await depositForm.getByRole('button', { name: hi('lending.deposit.submit.refund') }).click();
      await page.locator('[data-balance="0"]').waitFor(liveArrival);
      await page.locator('li[data-event=deposit_refunded]').waitFor(liveArrival);
      await screenshot(page, 'lending-loan-returned-360-hi.png');
      await expectFits(page, '/lending/loans/{id} (returned)');

      const back = await getJson<LoanDetail>(api, `/loans/${summary.id}`);
      expect(back.status).toBe('returned');
      expect(back.returnCondition).toBe('partly_used');
      expect(back.deposit).toMatchObject({ amount: 5000, refunded: 5000, deducted: 0, balance: 0 });
      // A partly used cylinder waits for a refill at the depot it left from.
      const item = await getJson<{ status: string; depot: { name: string } }>(api, `/equipment/${back.item.id}`);
      expect(item.status).toBe('empty');
      expect(item.depot.name).toBe(unnaoStore);

      // The case's timeline says it all in Hindi: the events' names, the field's, and the minutes as the loan keeps
      // them (checked last, so a missing text does not hide the rest of the scenario).
      await opened(page, `/cases/${detail.id}`);
      const timelineHandOver = page.locator('.timeline-event[data-event-type=loan_handed_over]');
      await timelineHandOver.waitFor();
      expect(await page.locator('.timeline-event[data-event-type=loan_lent] .timeline-head strong').innerText()).toBe(
        hi('caseEvent.loan_lent'),
      );
      expect(await timelineHandOver.locator('.timeline-head strong').innerText()).toBe(
        hi('caseEvent.loan_handed_over'),
      );
      expect(
        await page.locator('.timeline-event[data-event-type=loan_returned] .timeline-head strong').innerText(),
      ).toBe(hi('caseEvent.loan_returned'));
      const minutesField = timelineHandOver
        .locator('.timeline-changes > div')
        .filter({ has: page.locator('dt', { hasText: hi('caseField.minutesToHandOver') }) });
      expect(await minutesField.locator('dd').innerText()).toMatch(digits(minutes));
      await context.close();
    },
  );

  it(
    'the demo’s week-old loan gets its due reminder in the simulator and, overdue, escalates',
    { timeout: 240_000 },
    async () => {
      const overdue = await getJson<LoanList>(api, '/loans?overdue=true');
      expect(overdue.items.length).toBeGreaterThanOrEqual(1);
      const loan = overdue.items.find((l) => l.patientName === 'Kallu Prasad');
      if (!loan) throw new Error('the demo’s overdue loan is not listed');
      expect(loan.daysOverdue).toBeGreaterThanOrEqual(2);

      // The reminder reached the borrower on WhatsApp, naming the loan.
      const context = await contextAs(browser, credentialsOf(coordinator), phone);
      const simulator = await context.newPage();
      await openSimulator(simulator, overdueBorrower);
      await simulator.getByTestId('simulator-outbound').filter({ hasText: loan.reference }).first().waitFor(jobRun);

      // The coordinator was told (the loan's history and the case's timeline say so).
      await expect
        .poll(async () => (await getJson<LoanDetail>(api, `/loans/${loan.id}`)).events.map((e) => e.type), {
          ...jobRun,
          interval: 2_000,
        })
        .toEqual(expect.arrayContaining(['reminder_queued', 'overdue_escalated']));
      const page = await context.newPage();
      await opened(page, `/lending/loans/${loan.id}`);
      await page.locator('li[data-event=overdue_escalated]').waitFor();
      await page.locator('li[data-event=reminder_queued]').first().waitFor();
      await screenshot(page, 'lending-loan-overdue-360-hi.png');
      await expectFits(page, '/lending/loans/{id} (overdue)');
      await opened(page, `/cases/${loan.case.id}`);
      await page.locator('.timeline-event[data-event-type=loan_overdue]').waitFor();
      await context.close();
    },
  );

  it('shows a plea with SpO2 86 as "refer to hospital", with nothing to lend', { timeout: 120_000 }, async () => {
    const context = await contextAs(browser, credentialsOf(coordinator), phone);
    const simulator = await context.newPage();
    const detail = await pleaThroughSimulator(simulator, api, uniquePhone(), severePlea);
    caseIds.push(detail.id);
    expect(detail.patient.spo2).toBe(86);

    const page = await context.newPage();
    await opened(page, `/cases/${detail.id}`);
    const panel = page.locator('section.case-lending');
    const refer = panel.locator('[data-outcome=refer_to_hospital]');
    await refer.waitFor();
    expect(await refer.locator('.problem-title').innerText()).toBe(hi('lending.gate.outcome.refer_to_hospital'));
    expect(await panel.locator('label.lending-choice').count()).toBe(0);
    expect(await panel.locator('form.lending-lend').count()).toBe(0);
    // Checking the gate escalates the case to the coordinators.
    await panel
      .locator('form.lending-gate')
      .getByRole('button', { name: hi('lending.gate.check') })
      .click();
    await panel.getByText(hi('lending.gate.escalated')).waitFor(liveArrival);
    await page.locator('.timeline-event[data-event-type=escalated]').waitFor(liveArrival);
    await screenshot(page, 'lending-refer-to-hospital-360-hi.png');
    await expectFits(page, '/cases/{id} (refer to hospital)');
    await context.close();
  });

  it('every lending screen fits a 360 px phone in Hindi', { timeout: 180_000 }, async () => {
    const context = await contextAs(browser, credentialsOf(coordinator), phone);
    const page = await context.newPage();
    // Every page is measured before any is judged, so one report names all that do not fit.
    const misfits: Record<string, string[]> = {};
    const measure = async (path: string, name: string) => {
      await screenshot(page, name);
      const { scrollWidth, culprits } = await overflowing(page);
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      if (culprits.length > 0 || scrollWidth > width) misfits[path] = culprits;
    };
    for (const [path, name] of [
      ['/lending', 'lending-loans-360-hi.png'],
      ['/lending/equipment', 'lending-equipment-360-hi.png'],
      ['/lending/depots', 'lending-depots-360-hi.png'],
      ['/lending/refills', 'lending-refills-360-hi.png'],
      ['/lending/sponsors', 'lending-sponsors-360-hi.png'],
      ['/lending/oxygen-stock', 'lending-stock-360-hi.png'],
      ['/lending/figures', 'lending-figures-360-hi.png'],
    ] as const) {
      await opened(page, path);
      await measure(path, name);
    }

    // An oxygen stock site shows its time to empty.
    const sites = await getJson<{ items: { id: string; hoursToEmpty: number | null }[] }>(api, '/oxygen-stock');
    const site = sites.items.find((s) => s.hoursToEmpty !== null);
    if (!site) throw new Error('no demo stock site with a time to empty');
    await opened(page, `/lending/oxygen-stock/${site.id}`);
    await page.locator('section[data-site][data-alert=ok]').waitFor();
    expect(await page.locator('main').innerText()).toContain(hi('lending.stock.hoursToEmpty').split('{{')[0]?.trim());
    await measure('/lending/oxygen-stock/{id}', 'lending-stock-site-360-hi.png');

    // A cylinder's page with its ledger.
    const items = await getJson<{ items: { id: string; label: string }[] }>(api, '/equipment?kind=cylinder');
    const item = items.items[0];
    if (!item) throw new Error('no demo cylinder listed');
    await opened(page, `/lending/equipment/${item.id}`);
    await measure('/lending/equipment/{id}', 'lending-item-360-hi.png');
    await context.close();

    // The sponsor's own page, by its private link, signed out: how many loans their cylinders served and how many
    // are out (the demo lent one of theirs), and no patient at all.
    const signedOut = await newContext(browser, phone);
    const sponsorPage = await signedOut.newPage();
    await settled(sponsorPage, `/sponsors/${demoSponsorToken('Rotary Club of Unnao')}`);
    await screenshot(sponsorPage, 'lending-sponsor-public-360-hi.png');
    expect(
      await sponsorPage.locator('[data-figure=loansOut]').count(),
      await sponsorPage.locator('body').innerText(),
    ).toBe(1);
    const figure = async (name: string) =>
      Number(await sponsorPage.locator(`[data-figure=${name}] strong`).innerText());
    expect(await figure('loansOut')).toBeGreaterThanOrEqual(1);
    expect(await figure('loansServed')).toBeGreaterThanOrEqual(1);
    const shown = await sponsorPage.locator('main').innerText();
    for (const patient of ['Harish Chandra Bajpai', 'Neelam Bajpai', '9876510002'])
      expect(shown).not.toContain(patient);
    const { culprits, scrollWidth } = await overflowing(sponsorPage);
    if (culprits.length > 0 || scrollWidth > 360) misfits['/sponsor/{token}'] = culprits;
    await signedOut.close();

    expect(misfits).toEqual({});
  });
});
