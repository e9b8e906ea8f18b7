import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contextAs, newContext, signInThroughUi } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone } from './support/people.js';

describeE2e('an admin sets up an organisation and a person', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('adds an organisation and a person through the UI, and the person can sign in', async () => {
    const suffix = Date.now().toString(36);
    const organisationName = `Lucknow Relief Trust ${suffix}`;
    const personName = 'सीमा वर्मा';
    const phone = uniquePhone();
    const password = 'seema-first-password';
    const en = (key: string) => text('en', key);

    const context = await contextAs(browser, credentialsOf(demoPerson('admin@sahayata.example')));
    const page = await context.newPage();
    await page.goto('/organisations');
    await page.locator('html[lang=en]').waitFor();

    await page.getByRole('button', { name: en('organisations.add') }).click();
    const organisationForm = page.locator('main form');
    await organisationForm.getByLabel(en('organisations.form.name'), { exact: true }).fill(organisationName);
    await organisationForm.getByLabel(en('organisations.form.kind')).selectOption('ngo');
    await organisationForm.getByLabel(en('districtPicker.state')).selectOption('UP');
    await organisationForm.getByLabel(en('districtPicker.filter')).fill('Luck');
    await organisationForm.getByLabel('Lucknow', { exact: true }).check();
    await organisationForm.getByRole('button', { name: en('organisations.form.add') }).click();
    await page.locator('main table tr', { hasText: organisationName }).waitFor();

    await page.locator('nav.main-nav a[data-nav=people]').click();
    await page.getByRole('button', { name: en('people.add') }).click();
    const personForm = page.locator('main form.panel');
    await personForm.getByLabel(en('person.name'), { exact: true }).fill(personName);
    await personForm.getByLabel(en('person.phone'), { exact: true }).fill(phone);
    await personForm.getByLabel(en('person.language')).selectOption('hi');
    await personForm.getByLabel(en('people.form.password'), { exact: true }).fill(password);
    await personForm.getByLabel(en('membership.role')).selectOption('operator');
    await personForm.getByLabel(en('membership.organisation')).selectOption({ label: organisationName });
    await personForm.getByRole('button', { name: en('people.form.submit') }).click();

    await page.locator('main h1', { hasText: personName }).waitFor();
    expect(await page.locator('main .card').innerText()).toContain(organisationName);
    await context.close();

    // The new person signs in with what the admin gave them, lands on the desk (an operator's place) in their own
    // language, and their home page shows the membership the admin gave.
    const theirs = await newContext(browser);
    const theirPage = await theirs.newPage();
    await signInThroughUi(theirPage, { identifier: phone, password });
    await theirPage.locator('html[lang=hi]').waitFor();
    await theirPage.waitForURL((url) => url.pathname === '/desk');
    await theirPage.locator('a[data-nav=home]').click();
    const card = theirPage.locator('main .card');
    await card.waitFor();
    expect(await card.innerText()).toContain(organisationName);
    expect(await card.innerText()).toContain(text('hi', 'role.operator'));
    expect(await theirPage.locator('.user-name').innerText()).toBe(personName);
    await theirs.close();
  });
});
