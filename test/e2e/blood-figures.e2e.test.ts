// The Kanpur police's figure on the figures page (issue #12): the demo's coordinator opens it from the nav on a
// 360 px phone in Hindi, picks April–May 2021 and reads 36 units — 31 blood and 5 plasma — from 21 citizens and
// 15 police personnel, with the charts drawn by ECharts, which no other page downloads.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { kanpurDrive } from '../../src/server/db/demo/demo-donors.js';
import { addDays, kolkataDay } from '../../src/server/domain/blood/calendar.js';
import { contextAs } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson } from './support/people.js';
import { expectFits, phone, screenshot, settled } from './support/phone-screen.js';

const coordinator = demoPerson('coordinator.kanpur@sahayata.example');

/** A catalog text with its {{placeholders}} filled in. */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name]));

describeE2e('the blood figures page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('shows a coordinator the Kanpur figure for the demo period, in Hindi at 360 px', async () => {
    const context = await contextAs(browser, credentialsOf(coordinator), phone);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));

    await settled(page, '/');
    // ECharts is a chunk of its own: the home page does not download it.
    expect(requested.filter((url) => /echarts/i.test(url))).toEqual([]);
    const link = page.locator('a[data-nav=blood_figures]');
    expect(await link.innerText()).toBe(text('hi', 'nav.blood_figures'));
    await link.click();
    await page.locator('main h1', { hasText: text('hi', 'nav.blood_figures') }).waitFor();
    await page.locator('main .loading').waitFor({ state: 'detached' });

    await page.getByLabel(text('hi', 'bloodFigures.filters.from')).fill(kanpurDrive.period.from);
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(kanpurDrive.period.from);
    await page.getByLabel(text('hi', 'bloodFigures.filters.to')).fill(kanpurDrive.period.to);
    // The period is kept in the address (so it can be shared); the figure is read once it is.
    await expect
      .poll(() => {
        const url = new URL(page.url());
        return [url.searchParams.get('from'), url.searchParams.get('to')];
      })
      .toEqual([kanpurDrive.period.from, kanpurDrive.period.to]);
    const figures = page.locator('[data-testid=blood-figures][data-units="36"][aria-busy=false]');
    await figures.waitFor();

    const tile = async (figure: string) =>
      Number(await figures.locator(`.figures-tile[data-figure=${figure}]`).getAttribute('data-value'));
    expect([await tile('units'), await tile('whole_blood'), await tile('plasma'), await tile('donors')]).toEqual([
      36, 31, 5, 36,
    ]);
    const donorsOf = (category: string) =>
      figures.locator(`.figures-table tr[data-category=${category}] td[data-figure=donors]`).innerText();
    expect([await donorsOf('citizen'), await donorsOf('police')]).toEqual(['21', '15']);

    // The helplines' own sentence, as the catalog and the language's way of listing make it.
    const and = (parts: string[]) => new Intl.ListFormat('hi-IN', { type: 'conjunction' }).format(parts);
    const expected = fill(text('hi', 'bloodFigures.summary'), {
      units: fill(text('hi', 'bloodFigures.units_other'), { value: 36 }),
      products: and([
        fill(text('hi', 'bloodFigures.product.whole_blood_other'), { value: 31 }),
        fill(text('hi', 'bloodFigures.product.plasma_other'), { value: 5 }),
      ]),
      donors: and([
        fill(text('hi', 'bloodFigures.donorsOf.citizen_other'), { value: 21 }),
        fill(text('hi', 'bloodFigures.donorsOf.police_other'), { value: 15 }),
      ]),
    });
    expect(await figures.locator('[data-testid=figures-summary]').innerText()).toBe(expected);

    // Three charts, drawn (SVG) once ECharts has loaded — on this page only.
    for (const chart of ['chart-products', 'chart-categories', 'chart-months']) {
      await page.locator(`[data-testid=${chart}][data-state=drawn] svg`).waitFor();
    }
    expect(requested.filter((url) => /echarts/i.test(url)).length).toBeGreaterThan(0);

    await screenshot(page, 'blood-figures-360-hi.png');
    await expectFits(page, '/reports/blood');
    await context.close();
  });

  it('shows the demo’s camp and children beside the figures, in Hindi and English at 360 px, and as CSV', async () => {
    const context = await contextAs(browser, credentialsOf(coordinator), phone);
    const page = await context.newPage();
    const to = kolkataDay(new Date());
    const path = `/reports/blood?from=${addDays(to, -90)}&to=${to}`;
    for (const language of ['hi', 'en'] as const) {
      await settled(page, path);
      if (language === 'en') {
        await page.locator('.language-switch button[lang=en]').click();
        await page.locator('main h1', { hasText: text('en', 'nav.blood_figures') }).waitFor();
      }
      const care = page.locator('[data-testid=care-figures]');
      await care.locator('h2', { hasText: text(language, 'bloodFigures.care.heading') }).waitFor();
      const tile = async (figure: string) =>
        Number(await care.locator(`.figures-tile[data-figure=${figure}]`).getAttribute('data-value'));
      // The camp at the police lines (10 gave; other browser tests may hold camps of their own), both children
      // transfused, every transfusion on time.
      expect(await tile('camps')).toBeGreaterThanOrEqual(1);
      expect(await tile('children')).toBeGreaterThanOrEqual(2);
      expect(await tile('on_time')).toBeGreaterThan(0);
      const campRows = await care.locator('[data-testid=care-camps] tbody tr').allInnerTexts();
      expect(campRows.some((row) => row.includes('Police Lines'))).toBe(true);
      await screenshot(page, `blood-figures-care-360-${language}.png`);
      await expectFits(page, path);
    }
    const href = await page.locator('[data-testid=figures-csv]').getAttribute('href');
    expect(href).toContain('format=csv');
    const csv = await context.request.get(href ?? '');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).split('\r\n');
    // Other browser tests may hold camps of their own: at least the demo's one camp, its 10 units, both children.
    const figure = (name: string) => Number(lines.find((line) => line.startsWith(`${name},`))?.split(',')[2]);
    expect(figure('camps,held')).toBeGreaterThanOrEqual(1);
    expect(figure('camps,units_collected')).toBeGreaterThanOrEqual(10);
    expect(figure('children,served')).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it('is not offered to a volunteer, and says "not found" if they type its address', async () => {
    const volunteer = demoPerson('volunteer.kanpur@sahayata.example');
    const context = await contextAs(browser, credentialsOf(volunteer), phone);
    const page = await context.newPage();
    await settled(page, '/');
    expect(await page.locator('a[data-nav=blood_figures]').count()).toBe(0);
    await page.goto('/reports/blood');
    await page.locator('main h1', { hasText: text('hi', 'notFound.title') }).waitFor();
    await context.close();
  });
});
