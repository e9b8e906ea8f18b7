import { chromium } from 'playwright-core';
const [,, who, lang, tag] = process.argv;
const base = 'http://localhost:3101';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
await ctx.addInitScript((l) => localStorage.setItem('sahayata.language', l), lang);
const page = await ctx.newPage();
page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
page.on('response', (r) => { if (r.url().includes('/api/') && r.status() >= 400) console.log('HTTP', r.status(), r.request().method(), r.url()); });
await page.goto(base + '/sign-in');
await page.locator('input[name=identifier]').fill(who);
await page.locator('input[name=password]').fill('sahayata-demo');
await page.locator('form button[type=submit]').first().click();
await page.waitForTimeout(1500);
let i = 0;
const shot = async (label) => { const h = await page.evaluate(() => document.documentElement.scrollHeight); const sw = await page.evaluate(() => document.documentElement.scrollWidth); for (let k = 0, n = 0; k < h; k += 1300, n++) { const f = `/tmp/qa-shots/${tag}-${label}-${n}.png`; await page.screenshot({ path: f, fullPage: true, clip: { x: 0, y: k, width: 360, height: Math.min(1300, h - k) } }); console.log(f); } console.log(label, page.url(), 'h', h, 'sw', sw); };
// child page
await page.goto(base + '/thalassemia'); await page.waitForLoadState('networkidle');
await page.locator('main a[href*="/thalassemia/children/"]').first().click();
await page.waitForLoadState('networkidle'); await page.waitForTimeout(800);
await shot('child');
// new child empty submit
await page.goto(base + '/thalassemia/new'); await page.waitForLoadState('networkidle');
await page.locator('main form button[type=submit]').last().click();
await page.waitForTimeout(800);
await shot('newchild-empty');
const errs = await page.locator('[role=alert], .field-error, [id$=-error]').allInnerTexts();
console.log('errors:', JSON.stringify(errs));
await browser.close();
