import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NavItem } from '../../src/shared/contracts/auth.js';
import type { Role } from '../../src/shared/enums.js';
import { navPaths } from '../../src/web/features/shell/nav-paths.js';
import { newContext, saveSignedIn, signInThroughUi } from './support/browser.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson } from './support/people.js';

const cases: { role: Role; email: string; nav: NavItem[] }[] = [
  {
    role: 'admin',
    email: 'admin@sahayata.example',
    nav: [
      'home',
      'desk',
      'new_case',
      'callbacks',
      'leads',
      'flagged_phones',
      'donors',
      'camps',
      'blood_figures',
      'thalassemia',
      'lending',
      'lending_figures',
      'channels',
      'simulator',
      'organisations',
      'people',
      'audit',
      'jobs',
      'account',
    ],
  },
  {
    role: 'coordinator',
    email: 'coordinator.kanpur@sahayata.example',
    nav: [
      'home',
      'desk',
      'new_case',
      'callbacks',
      'leads',
      'flagged_phones',
      'donors',
      'camps',
      'blood_figures',
      'thalassemia',
      'lending',
      'lending_figures',
      'channels',
      'simulator',
      'organisations',
      'people',
      'audit',
      'account',
    ],
  },
  {
    role: 'operator',
    email: 'operator.kanpur@sahayata.example',
    nav: [
      'home',
      'desk',
      'new_case',
      'callbacks',
      'leads',
      'flagged_phones',
      'donors',
      'camps',
      'blood_figures',
      'thalassemia',
      'lending',
      'lending_figures',
      'simulator',
      'account',
    ],
  },
  { role: 'volunteer', email: 'volunteer.kanpur@sahayata.example', nav: ['home', 'account'] },
  {
    role: 'viewer',
    email: 'viewer.bihar@sahayata.example',
    nav: ['home', 'desk', 'blood_figures', 'lending_figures', 'organisations', 'account'],
  },
];

describeE2e('each role sees exactly its navigation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it.each(cases)('$role', async ({ email, nav }) => {
    const person = demoPerson(email);
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInThroughUi(page, credentialsOf(person));

    const navLinks = page.locator('nav.main-nav a[data-nav]');
    await navLinks.first().waitFor();
    expect(await navLinks.evaluateAll((links) => links.map((link) => link.getAttribute('data-nav')))).toEqual(nav);
    expect(await page.locator('.user-name').innerText()).toBe(person.name);
    await saveSignedIn(context, credentialsOf(person));

    // Typing the address of an area the role doesn't have shows "not found", not the page.
    for (const item of Object.keys(navPaths) as NavItem[]) {
      if (nav.includes(item)) continue;
      await page.goto(navPaths[item]);
      await page.locator('.not-found h1').waitFor();
    }
    await context.close();
  });

  it('an unknown address shows the not-found page, signed in or not', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/no/such/page');
    await page.locator('.not-found h1').waitFor();
    expect(page.url()).toContain('/no/such/page');
    await context.close();
  });

  it('signing out returns to the sign-in page and the pages stay closed', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInThroughUi(page, credentialsOf(demoPerson('operator.bilaspur@sahayata.example')));
    await page.locator('.user-menu button').click();
    await page.waitForURL('**/sign-in');
    await page.goto('/account');
    await page.waitForURL('**/sign-in?next=%2Faccount');
    await page.locator('input[name=identifier]').waitFor();
    await context.close();
  });
});
