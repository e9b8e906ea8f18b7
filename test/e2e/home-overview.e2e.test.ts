import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OverviewView } from '../../src/shared/contracts/overview.js';
import { createCase, signInApi } from './support/api.js';
import { contextAs, newContext, signInThroughUi } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone } from './support/people.js';
import { expectFits, phone, screenshot, settled } from './support/phone-screen.js';

const operator = credentialsOf(demoPerson('operator.kanpur@sahayata.example'));
const viewer = credentialsOf(demoPerson('viewer.bihar@sahayata.example'));

/** This device's screen is in Hindi, whatever the person's saved language (the viewer's is English). */
async function inHindi(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript(() => localStorage.setItem('sahayata.language', 'hi'));
  return context;
}

async function overviewOf(context: BrowserContext): Promise<OverviewView> {
  const response = await context.request.get('/api/v1/overview');
  expect(response.status()).toBe(200);
  return (await response.json()) as OverviewView;
}

describeE2e('landing and the home overview', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    // Open cases in a few Bihar districts (an admin's intake belongs to every organisation serving the district),
    // one of them critical, so the Bihar viewer has districts to compare. No other spec works these districts.
    const admin = await signInApi(credentialsOf(demoPerson('admin@sahayata.example')));
    const plea = (district: string, resource: 'bed_icu' | 'oxygen_cylinder' | 'food') =>
      createCase(admin, {
        channel: 'phone',
        requester: { name: 'परीक्षण', phones: [uniquePhone()], language: 'hi', consentToShare: true },
        location: { district },
        needs: [{ resource, quantity: 1 }],
      });
    await plea('BR-GAYA', 'bed_icu');
    await plea('BR-GAYA', 'oxygen_cylinder');
    await plea('BR-DARBHANGA', 'oxygen_cylinder');
    await plea('BR-SIWAN', 'food');
    await admin.api.dispose();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('an operator lands on the desk after signing in; a viewer at home', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInThroughUi(page, operator);
    await page.waitForURL((url) => url.pathname === '/desk');
    await page.locator('main h1').waitFor();
    await context.close();

    const viewing = await newContext(browser);
    const viewerPage = await viewing.newPage();
    await signInThroughUi(viewerPage, viewer);
    await viewerPage.locator('main .overview-stats').first().waitFor();
    expect(new URL(viewerPage.url()).pathname).toBe('/');
    await viewing.close();
  });

  it("an operator's home, in Hindi at 360 px: the desk's numbers, each opening the desk filtered", async () => {
    const context = await inHindi(await contextAs(browser, operator, phone));
    const page = await context.newPage();
    await settled(page, '/');
    const overview = await overviewOf(context);
    const stat = (id: string) => page.locator(`main a[data-stat=${id}]`);
    await stat('critical').waitFor();
    expect(await stat('critical').locator('.overview-count').innerText()).toBe(
      String(overview.openByPriority.critical),
    );
    expect(await stat('critical').locator('.overview-label').innerText()).toBe(text('hi', 'priority.critical'));
    expect(await stat('critical').getAttribute('href')).toBe('/desk?priority=critical');
    expect(await stat('overdue').getAttribute('href')).toBe('/desk?overdue=true');
    expect(await stat('mine').getAttribute('href')).toBe('/desk?assignee=me');
    expect(await stat('callbacks').getAttribute('href')).toBe('/callbacks');
    expect(await stat('callbacks').locator('.overview-count').innerText()).toBe(String(overview.callbacksWaiting));
    await screenshot(page, 'home-operator-360-hi.png');
    await expectFits(page, '/ (operator)');

    await stat('overdue').click();
    await page.waitForURL((url) => url.pathname === '/desk' && url.searchParams.get('overdue') === 'true');
    await context.close();
  });

  it("the Bihar viewer's home, in Hindi at 360 px: a summary by district, most urgent first", async () => {
    const context = await inHindi(await contextAs(browser, viewer, phone));
    const page = await context.newPage();
    await settled(page, '/');
    const overview = await overviewOf(context);
    expect(overview.callbacksWaiting).toBeNull();
    const rows = page.locator('main table.overview-districts tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(Math.min(10, overview.byDistrict.length));
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-district')))).toEqual(
      overview.byDistrict.slice(0, 10).map((row) => row.district.code),
    );
    // Gaya has the critical case, so it comes first, named in Hindi, and its numbers open its queue.
    const gaya = page.locator('main tr[data-district=BR-GAYA]');
    expect(await rows.first().getAttribute('data-district')).toBe('BR-GAYA');
    expect(await gaya.locator('th').innerText()).toBe('गया');
    expect(await gaya.locator('th a').getAttribute('href')).toBe('/desk?district=BR-GAYA');
    expect(await gaya.locator('td.is-urgent a').first().getAttribute('href')).toBe(
      '/desk?district=BR-GAYA&priority=critical',
    );
    // A viewer claims nothing and returns no calls: those numbers are not offered.
    expect(await page.locator('main a[data-stat=mine]').count()).toBe(0);
    expect(await page.locator('main a[data-stat=callbacks]').count()).toBe(0);
    // Their membership covers all 38 districts of Bihar: counted, the names folded away.
    const districts = page.locator('main .card dd').nth(1);
    expect(await districts.innerText()).toMatch(/^बिहार के 38 ज़िले/);
    expect(await districts.locator('details').getAttribute('open')).toBeNull();
    await screenshot(page, 'home-viewer-bihar-360-hi.png');
    await expectFits(page, '/ (viewer)');

    // The district opens its queue; its times are in Hindi's own clock, with no "pm" on the page.
    await gaya.locator('th a').click();
    await page.waitForURL((url) => url.pathname === '/desk' && url.searchParams.get('district') === 'BR-GAYA');
    await page.locator('main .queue-row').first().waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/\d\s?[ap]\.?m\b/i);
    await context.close();
  });
});
