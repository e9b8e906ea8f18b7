import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signInApi } from './support/api.js';
import { contextAs } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone } from './support/people.js';
import { expectFits, phone, screenshot, settled } from './support/phone-screen.js';

const hi = (key: string) => text('hi', key);

type Catalog = { [key: string]: string | Catalog };
/** A Hindi message template as the app sends it (locales/hi/channels.json), with its parameters filled in. */
function hiChannelText(key: string, params: Record<string, string>): string {
  const catalog = JSON.parse(
    readFileSync(new URL('../../locales/hi/channels.json', import.meta.url), 'utf8'),
  ) as Catalog;
  const template = key
    .split('.')
    .reduce<string | Catalog | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), catalog);
  if (typeof template !== 'string') throw new Error(`no channel text ${key} in hi`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? `{{${name}}}`);
}

// The Kanpur operator works in Hindi; the demo WhatsApp number belongs to their organisation.
const operator = demoPerson('operator.kanpur@sahayata.example');
const coordinator = demoPerson('coordinator.kanpur@sahayata.example');
const kanpurWhatsApp = '100000000000001';
// Understood as oxygen_cylinder, SpO2 86 (critical), Kanpur Nagar: every essential, so a case opens at once.
const plea = 'मेरी माँ को ऑक्सीजन सिलेंडर चाहिए, SpO2 86, कानपुर नगर';
const referencePattern = /[A-Z]{3}-[A-Z0-9]{4}/;
const devanagari = /[\u0900-\u097F]/;
const liveArrival = { timeout: 15_000 };

/** The simulator, writing as `from` over WhatsApp to the Kanpur number; a new sender's thread is empty. */
async function openSimulator(page: Page, from: string, isNew = true): Promise<void> {
  await settled(page, '/simulator');
  const settings = page.locator('.simulator-settings');
  await settings.locator('select[name=via]').selectOption('whatsapp');
  await settings.locator(`select[name=account] option[value="${kanpurWhatsApp}"]`).waitFor({ state: 'attached' });
  await settings.locator('select[name=account]').selectOption(kanpurWhatsApp);
  await settings.locator('input[name=from]').fill(from);
  // The thread follows the sender after a short debounce: empty for a new one, else their conversation.
  const thread = page.locator(
    `[data-testid=simulator-thread][aria-label="${hi('simulator.thread').replace('{{from}}', from)}"]`,
  );
  await (isNew ? thread.getByText(hi('simulator.empty')) : thread.locator('.bubble').first()).waitFor();
}

describeE2e('a WhatsApp plea in Hindi, through the simulator', () => {
  let browser: Browser;
  let caseId: string | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    // Closed, so the Kanpur queue is as other specs expect it.
    if (caseId !== undefined) {
      const { api, session } = await signInApi(credentialsOf(operator));
      const closed = await api.post(`/api/v1/cases/${caseId}/transitions`, {
        data: { to: 'closed', closeReason: 'no_longer_needed' },
        headers: { 'x-csrf-token': session.csrfToken },
      });
      await api.dispose();
      if (!closed.ok()) throw new Error(`closing ${caseId} failed: ${closed.status()}`);
    }
    await releaseChromium(browser);
  });

  it('reaches the desk live with its needs understood, and the status change answers in Hindi', async () => {
    const citizen = uniquePhone();

    // The operator's desk is open before the plea arrives.
    const desk = await contextAs(browser, credentialsOf(operator));
    const page = await desk.newPage();
    await page.goto('/desk');
    await page.locator('html[lang=hi]').waitFor();
    await page.locator('.live-indicator.live-live').waitFor();
    await page.locator('main .loading').waitFor({ state: 'detached' });

    // The citizen writes in Devanagari.
    const simulator = await desk.newPage();
    await openSimulator(simulator, citizen);
    await simulator.locator('textarea[name=text]').fill(plea);
    await simulator.getByRole('button', { name: hi('simulator.send') }).click();

    const thread = simulator.getByTestId('simulator-thread');
    await thread.locator('.bubble-inbound', { hasText: plea }).waitFor(liveArrival);
    const firstReply = thread.getByTestId('simulator-outbound').filter({ hasText: referencePattern });
    await firstReply.waitFor(liveArrival);
    const replyText = await firstReply.locator('.bubble-text').innerText();
    expect(replyText).toMatch(devanagari);
    const reference = referencePattern.exec(replyText)?.[0] ?? '';
    expect(replyText).toBe(hiChannelText('case_opened', { reference }));
    await firstReply.and(simulator.locator('[data-state=sent]')).waitFor(liveArrival);

    // It arrives on the desk without a reload, critical (SpO2 86), needing an oxygen cylinder.
    const row = page.locator(`.queue-row[data-reference="${reference}"]`);
    await row.waitFor(liveArrival);
    expect(await row.getAttribute('data-priority')).toBe('critical');
    expect(await row.locator('.priority').innerText()).toBe(hi('priority.critical'));
    expect(await row.locator('.queue-row-needs').innerText()).toContain(hi('resource.oxygen_cylinder'));

    await row.locator('a.case-reference').click();
    await page.locator('h1.case-reference-heading', { hasText: reference }).waitFor();
    caseId = new URL(page.url()).pathname.split('/').at(-1);
    const claim = page.locator('[data-action=claim] button');
    if (await claim.isVisible()) {
      await claim.click();
      await page.locator('[data-field=assignee]', { hasText: operator.name }).waitFor();
    }
    await page.locator('[data-action=transition] button[data-to=verified]').click();
    await page.locator('.case-badges .status[data-status=verified]').waitFor();

    // The citizen hears about it, in Hindi, on WhatsApp.
    const verified = hiChannelText('notify.verified', { reference });
    expect(verified).toContain(reference);
    expect(verified).toMatch(devanagari);
    const update = thread.getByTestId('simulator-outbound').filter({ hasText: verified });
    await update.waitFor(liveArrival);
    expect(await update.locator('.bubble-text').innerText()).toBe(verified);
    await update.and(simulator.locator('[data-state=sent]')).waitFor(liveArrival);
    expect(await thread.getByTestId('simulator-outbound').count()).toBe(2);

    // The case page lists both messages it sent.
    const sent = page.locator('section[aria-labelledby=case-outbound] li.message.outbound');
    await sent.filter({ hasText: verified }).waitFor(liveArrival);
    const bodies = await sent.locator('.message-text').allInnerTexts();
    expect(bodies).toHaveLength(2);
    expect(bodies).toEqual(expect.arrayContaining([replyText, verified]));
    await desk.close();

    // The conversation on a 360 px phone: the Hindi readable, nothing past the right edge.
    const narrow = await contextAs(browser, credentialsOf(operator), phone);
    const small = await narrow.newPage();
    await openSimulator(small, citizen, false);
    await small.getByTestId('simulator-outbound').filter({ hasText: verified }).waitFor();
    await screenshot(small, 'simulator-plea-360-hi.png');
    await expectFits(small, '/simulator (the plea)');
    await narrow.close();
  });

  it('the simulator, callbacks and leads fit a 360 px phone in Hindi', async () => {
    const context = await contextAs(browser, credentialsOf(operator), phone);
    const page = await context.newPage();

    const citizen = uniquePhone();
    await openSimulator(page, citizen);
    await screenshot(page, 'simulator-360-hi.png');
    await expectFits(page, '/simulator');
    // With a conversation in the thread: a plea short of a district, so the bot asks for one.
    await page.locator('textarea[name=text]').fill('ऑक्सीजन सिलेंडर चाहिए');
    await page.getByRole('button', { name: hi('simulator.send') }).click();
    await page.getByTestId('simulator-outbound').first().waitFor(liveArrival);
    await screenshot(page, 'simulator-thread-360-hi.png');
    await expectFits(page, '/simulator (a conversation)');

    for (const [path, name] of [
      ['/callbacks', 'callbacks-360-hi.png'],
      ['/leads', 'leads-360-hi.png'],
    ] as const) {
      await settled(page, path);
      await screenshot(page, name);
      await expectFits(page, path);
    }
    await context.close();
  });

  it('the channels page fits a 360 px phone in Hindi', async () => {
    const context = await contextAs(browser, credentialsOf(coordinator), phone);
    const page = await context.newPage();
    await settled(page, '/channels');
    await page.getByText(kanpurWhatsApp).first().waitFor();
    await screenshot(page, 'channels-360-hi.png');
    await expectFits(page, '/channels');
    await context.close();
  });
});
