import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DeskPolicyView } from '../../src/shared/contracts/organisations.js';
import { listOrganisations, signInApi, type ApiSession } from './support/api.js';
import { contextAs } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson } from './support/people.js';
import { expectFits, phone, screenshot } from './support/phone-screen.js';

const coordinator = demoPerson('coordinator.kanpur@sahayata.example');
const kanpurPolice = 'Kanpur Nagar Police Commissionerate';
// The demo's Exotel account (demo-channel-defaults.ts): its token belongs in both addresses.
const exotelToken = 'demo-exotel-webhook-token';

async function language(page: Page): Promise<'en' | 'hi'> {
  return (await page.locator('html').getAttribute('lang')) === 'hi' ? 'hi' : 'en';
}

async function policyOf({ api }: ApiSession, organisationId: string): Promise<DeskPolicyView> {
  const response = await api.get(`/api/v1/organisations/${organisationId}/desk-policy`);
  if (!response.ok()) throw new Error(`desk policy answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as DeskPolicyView;
}

describeE2e('an organisation’s settings, as its coordinator keeps them', () => {
  let browser: Browser;
  let api: ApiSession;
  let organisationId: string;
  let original: DeskPolicyView;
  beforeAll(async () => {
    browser = await launchChromium();
    api = await signInApi(credentialsOf(coordinator));
    const organisation = (await listOrganisations(api)).find((o) => o.name === kanpurPolice);
    if (!organisation) throw new Error(`the demo data has no ${kanpurPolice}`);
    organisationId = organisation.id;
    original = await policyOf(api, organisationId);
  });
  afterAll(async () => {
    // Whatever happened, the policy goes back as it was, so other specs' clocks are not affected.
    if (api && original) {
      const { can: _can, ...body } = original;
      const restored = await api.api.put(`/api/v1/organisations/${organisationId}/desk-policy`, {
        data: body,
        headers: { 'x-csrf-token': api.session.csrfToken },
      });
      expect(restored.ok()).toBe(true);
      await api.api.dispose();
    }
    await releaseChromium(browser);
  });

  it('changes the critical first-response target and sees it saved', async () => {
    const context = await contextAs(browser, credentialsOf(coordinator));
    const page = await context.newPage();
    await page.goto('/organisations');
    await page.locator('main h1').waitFor();
    const section = page.locator(`main .desk-policy[data-organisation-id="${organisationId}"]`);
    const firstResponse = section.locator('input[name="targets.critical.firstResponseMinutes"]');
    await firstResponse.waitFor();
    const lang = await language(page);
    const unit = section.locator('select[name="targets.critical.firstResponseMinutes.unit"]');
    const target = original.targets.critical.firstResponseMinutes === 12 ? 11 : 12;

    // A fulfilment target shorter than the first response is refused in the box, before anything is sent.
    const fulfil = section.locator('input[name="targets.critical.fulfilMinutes"]');
    const fulfilUnit = section.locator('select[name="targets.critical.fulfilMinutes.unit"]');
    const fulfilBefore = await fulfil.inputValue();
    const fulfilUnitBefore = await fulfilUnit.inputValue();
    await fulfil.fill('1');
    await fulfilUnit.selectOption('minutes');
    await section.locator('button[type=submit]').click();
    await expect.poll(() => fulfil.getAttribute('aria-invalid')).toBe('true');
    // Focus goes to the box with the problem, so its message is read out.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'targets.critical.fulfilMinutes',
    );
    const message = await fulfil.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${message}"]`).innerText()).toContain(
      text(lang, 'deskPolicy.error.fulfilBeforeResponse').split('{{')[0]!.trim(),
    );
    await fulfil.fill(fulfilBefore);
    await fulfilUnit.selectOption(fulfilUnitBefore);

    await firstResponse.fill(String(target));
    await unit.selectOption('minutes');
    await section.locator('button[type=submit]').click();
    await section.locator('.desk-policy-saved', { hasText: text(lang, 'deskPolicy.saved') }).waitFor();
    expect(await fulfil.getAttribute('aria-invalid')).toBe('false');

    // Saved on the server, and shown again after a reload.
    expect((await policyOf(api, organisationId)).targets.critical.firstResponseMinutes).toBe(target);
    await page.reload();
    await firstResponse.waitFor();
    expect(await firstResponse.inputValue()).toBe(String(target));
    expect(await unit.inputValue()).toBe('minutes');

    // The audit log says what changed, in words.
    await page.goto('/audit');
    const change = page
      .locator('main .audit-event[data-action="organisation.updated"] .audit-sentence', { hasText: kanpurPolice })
      .first();
    await change.waitFor();
    const label = text(lang, 'deskPolicy.targetLabel')
      .replace('{{priority}}', text(lang, 'priority.critical'))
      .replace('{{target}}', text(lang, 'deskPolicy.firstResponse'));
    expect(await change.innerText()).toContain(label);
    await context.close();
  });

  it('fits a 360 px phone in Hindi, the Exotel addresses too', async () => {
    const context = await contextAs(browser, credentialsOf(coordinator), phone);
    const page = await context.newPage();
    await page.goto('/organisations');
    await page.locator('main .desk-policy form').waitFor();
    await screenshot(page, 'desk-policy-360-hi.png');
    await expectFits(page, '/organisations');
    // The Exotel addresses are long: they wrap rather than widen the card.
    await page.goto('/channels');
    await page.locator('main .channel-account[data-provider=exotel] .webhook-url').first().waitFor();
    await screenshot(page, 'channels-exotel-360-hi.png');
    await expectFits(page, '/channels');
    await context.close();
  });

  it('shows the Exotel addresses whole, each with a copy button that says it copied', async () => {
    const context = await contextAs(browser, credentialsOf(coordinator), {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.goto(`/channels?organisation=${organisationId}`);
    const card = page.locator('main .channel-account[data-provider=exotel]');
    await card.waitFor();
    const lang = await language(page);
    const addresses = await card.locator('.webhook-url code').allInnerTexts();
    expect(addresses).toHaveLength(2);
    expect(addresses[0]).toMatch(new RegExp(`/webhooks/exotel/sms\\?token=${exotelToken}$`));
    expect(addresses[1]).toMatch(new RegExp(`/webhooks/exotel/call\\?token=${exotelToken}$`));
    expect(await card.locator('.webhook-url-label').allInnerTexts()).toEqual([
      text(lang, 'channels.account.webhook.sms'),
      text(lang, 'channels.account.webhook.missed_calls'),
    ]);

    // From the keyboard: focus the missed-call address's button and press Enter.
    const missedCalls = card.locator('.webhook-url').nth(1);
    await missedCalls.locator('button').focus();
    await page.keyboard.press('Enter');
    await missedCalls.locator('[role=status]', { hasText: text(lang, 'channels.account.copied') }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(addresses[1]);
    await context.close();
  });
});
