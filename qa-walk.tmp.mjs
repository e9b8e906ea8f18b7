import { chromium } from 'playwright-core';
const [,, who, lang, tag, ...paths] = process.argv;
const base = 'http://localhost:3101';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: lang === 'hi' ? 'hi-IN' : 'en-IN' });
await ctx.addInitScript((l) => localStorage.setItem('sahayata.language', l), lang);
const page = await ctx.newPage();
page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
if (who !== 'public') {
  await page.goto(base + '/sign-in');
  await page.locator('input[name=identifier]').fill(who);
  await page.locator('input[name=password]').fill('sahayata-demo');
  await page.locator('form button[type=submit]').first().click();
  await page.waitForTimeout(1500);
}
let i = 0;
for (const p of paths) {
  await page.goto(base + p);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const f = `/tmp/qa-shots/${tag}-${i++}.png`;
  await page.screenshot({ path: f, fullPage: true });
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  const text = await page.evaluate(() => document.body.innerText);
  const rawKeys = text.match(/\b[a-z]+(\.[a-zA-Z_]+){1,}\b/g) ?? [];
  console.log(f, p, 'url=', page.url(), 'scrollWidth=', sw, 'rawkeys?', JSON.stringify(rawKeys.slice(0, 10)));
  if (lang === 'hi') { const latin = text.match(/[A-Za-z]{3,}[A-Za-z ]*/g) ?? []; console.log('  latin:', JSON.stringify([...new Set(latin)].slice(0, 30))); }
}
await browser.close();
