// A donor's certificate verified in the browser (issue #14): the Kanpur coordinator's organisation issues a real
// certificate for a donation (through the API, as the desk would), then anyone — not signed in — opens the verify
// page from its QR address on a 360 px phone, in Hindi and in English, and reads the donor's initials (never the
// full name or phone), the date, the organisation, the group and the place, with the PDF to download. A typo in the
// number is told apart from a number never issued. Screenshots in test/e2e/artifacts/.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CampList } from '../../src/shared/contracts/camps.js';
import type { CertificateSettingsView, CertificateView } from '../../src/shared/contracts/certificates.js';
import type { CreateDonorBody, RecordedDonation, RegisteredDonorView } from '../../src/shared/contracts/donors.js';
import { listOrganisations, signInApi, type ApiSession } from './support/api.js';
import { contextAs, newContext } from './support/browser.js';
import { text } from './support/catalogs.js';
import { launchChromium, releaseChromium } from './support/chromium.js';
import { describeE2e } from './support/describe-e2e.js';
import { credentialsOf, demoPerson, uniquePhone } from './support/people.js';
import { artifacts, expectFits, phone, screenshot } from './support/phone-screen.js';

const coordinator = demoPerson('coordinator.kanpur@sahayata.example');
const donorName = 'श्रीकृष्ण त्रिपाठी';
const donorInitials = 'श्री. त्रि.';

async function call<T>({ api, session }: ApiSession, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) {
  const response = await api.fetch(`/api/v1${path}`, {
    method,
    ...(data === undefined ? {} : { data }),
    headers: { 'x-csrf-token': session.csrfToken },
  });
  if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A certificate of the Kanpur police for a donation given today by a donor with a conjunct-rich Hindi name. */
async function issueCertificate(): Promise<{
  certificate: CertificateView;
  organisationNameHi: string;
  nameEn: string;
}> {
  const desk = await signInApi(credentialsOf(coordinator));
  const [organisation] = await listOrganisations(desk);
  if (!organisation) throw new Error('the Kanpur coordinator has no organisation');
  const settingsPath = `/organisations/${organisation.id}/certificate-settings`;
  let settings = await call<CertificateSettingsView>(desk, 'GET', settingsPath);
  if (!settings.configured) {
    settings = await call<CertificateSettingsView>(desk, 'PUT', settingsPath, {
      nameEn: 'Kanpur Nagar Police Commissionerate',
      nameHi: 'कानपुर नगर पुलिस कमिश्नरेट',
      signatoryEn: 'Police Commissioner, Kanpur Nagar',
      signatoryHi: 'पुलिस आयुक्त, कानपुर नगर',
      numberPrefix: 'KNPE',
    });
  }
  const donorPhone = uniquePhone();
  const donor: CreateDonorBody = {
    phone: donorPhone,
    name: donorName,
    sex: 'male',
    dateOfBirth: '1990-08-21',
    weightBand: '>55',
    bloodGroup: 'O+',
    district: 'UP-KANPUR-NAGAR',
    products: ['whole_blood'],
    language: 'hi',
    preferredChannel: 'whatsapp',
    consentPurpose: 'ज़रूरत पड़ने पर रक्तदान के लिए संपर्क',
  };
  const registered = await call<RegisteredDonorView>(desk, 'POST', '/donors', donor);
  const today = new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
  const recorded = await call<RecordedDonation>(desk, 'POST', `/donors/${registered.donorId}/donations`, {
    product: 'whole_blood',
    units: 1,
    bloodCentre: 'LLR (Hallet) Hospital Blood Centre, Kanpur',
    donatedOn: today,
  });
  const certificate = await call<CertificateView>(desk, 'POST', `/donations/${recorded.donation.id}/certificate`);
  await desk.api.dispose();
  return {
    certificate,
    organisationNameHi: settings.nameHi ?? '',
    nameEn: settings.nameEn ?? '',
  };
}

describeE2e('verifying a donor’s certificate', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await releaseChromium(browser);
  });

  it('shows anyone the certificate behind a real number, in Hindi and English at 360 px', async () => {
    const { certificate, organisationNameHi, nameEn } = await issueCertificate();
    // The QR code's address is the public page's.
    const path = new URL(certificate.verifyUrl).pathname;
    expect(path).toBe(`/verify/${certificate.number}`);

    const context = await newContext(browser, phone);
    const page = await context.newPage();
    await page.goto(path);
    await page.locator('html[lang=hi]').waitFor();
    await page.locator('main h1', { hasText: text('hi', 'certificates.verify.heading') }).waitFor();
    const state = page.locator('.certificate-state');
    await expect.poll(() => state.innerText()).toBe(text('hi', 'certificates.verify.valid'));
    const facts = page.locator('.certificate-facts');
    const factsText = await facts.innerText();
    for (const shown of [certificate.number, donorInitials, 'O+', organisationNameHi])
      expect(factsText).toContain(shown);
    expect(factsText).toContain('LLR (Hallet) Hospital Blood Centre, Kanpur');
    const pageText = await page.locator('main').innerText();
    expect(pageText).not.toContain(donorName);
    await screenshot(page, 'certificate-verify-360-hi.png');
    await expectFits(page, path);

    // Both PDFs are offered, and the Hindi one downloads.
    const links = page.locator('.certificate-downloads a');
    expect(await links.count()).toBe(2);
    const href = (await links.first().getAttribute('href')) ?? '';
    const pdf = await context.request.get(href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    await page.locator('.language-switch button[lang=en]').click();
    await page.locator('main h1', { hasText: text('en', 'certificates.verify.heading') }).waitFor();
    await expect.poll(() => state.innerText()).toBe(text('en', 'certificates.verify.valid'));
    expect(await facts.innerText()).toContain(nameEn);
    await screenshot(page, 'certificate-verify-360-en.png');
    await expectFits(page, path);
    await context.close();
  });

  it('lets the coordinator keep the certificate settings on the organisation’s page, at 360 px in Hindi', async () => {
    await issueCertificate();
    const context = await contextAs(browser, credentialsOf(coordinator), phone);
    const page = await context.newPage();
    await page.goto('/organisations');
    await page.locator('html[lang=hi]').waitFor();
    const section = page.locator('main .certificate-settings');
    await section.locator('h2', { hasText: text('hi', 'certificates.settings.heading') }).waitFor();
    const prefix = section.locator('input[name=numberPrefix]');
    await expect.poll(() => prefix.inputValue()).toMatch(/^[A-Z]{2,6}$/);
    expect(await section.locator('input[name=nameHi]').inputValue()).toMatch(/[\u0900-\u097F]/);
    // Saved as they are (other specs read the demo's settings): the save is confirmed.
    await section.locator('button[type=submit]').click();
    await section.locator('[role=status]', { hasText: text('hi', 'certificates.settings.saved') }).waitFor();
    await screenshot(page, 'certificate-settings-360-hi.png');
    await section.screenshot({ path: new URL('certificate-settings-section-360-hi.png', artifacts).pathname });
    await expectFits(page, '/organisations');
    await context.close();
  });

  it('issues a past camp’s certificates from the camp page and lists them with their PDFs, at 360 px', async () => {
    const desk = await signInApi(credentialsOf(coordinator));
    const camps = await call<CampList>(desk, 'GET', '/camps?when=past');
    await desk.api.dispose();
    const camp = camps.items.find((c) => c.state === 'held');
    if (!camp) throw new Error('the demo has no held camp');
    const context = await contextAs(browser, credentialsOf(coordinator), phone);
    const page = await context.newPage();
    await page.goto(`/camps/${camp.id}`);
    await page.locator('html[lang=hi]').waitFor();
    const panel = page.locator('main .camp-certificates');
    await panel.locator('h2', { hasText: text('hi', 'certificates.camp.heading') }).waitFor();
    await panel.locator('button', { hasText: text('hi', 'certificates.camp.issueAll') }).click();
    await panel.locator('[role=status]').waitFor();
    const lines = panel.locator('.certificate-line');
    await expect.poll(() => lines.count()).toBeGreaterThan(0);
    const number = (await lines.first().getAttribute('data-number')) ?? '';
    expect(number).toMatch(/^[A-Z]{2,6}-\d{4}-\d{5}-[0-9A-Z]$/);
    const pdfLinks = lines.first().locator('a');
    expect(await pdfLinks.count()).toBe(2);
    const pdf = await context.request.get((await pdfLinks.first().getAttribute('href')) ?? '');
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: new URL('camp-certificates-360-hi.png', artifacts).pathname });
    await expectFits(page, `/camps/${camp.id}`);
    await context.close();
  });

  it('tells a mistyped number apart from one never issued', async () => {
    const { certificate } = await issueCertificate();
    const context = await newContext(browser, { ...phone, locale: 'en-IN' });
    const page = await context.newPage();
    await page.goto('/verify');
    await page.locator('.language-switch button[lang=en]').click();
    await page.locator('main h1', { hasText: text('en', 'certificates.verify.heading') }).waitFor();

    const last = certificate.number.at(-1);
    const typo = `${certificate.number.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`;
    await page.getByLabel(text('en', 'certificates.verify.number')).fill(typo.toLowerCase());
    await page.locator('form button[type=submit]').click();
    await page.locator('main [role=alert]', { hasText: text('en', 'certificates.verify.checkFailed') }).waitFor();
    await screenshot(page, 'certificate-verify-typo-360-en.png');

    // Typed with spaces and in lower case, the real number is found.
    await page
      .getByLabel(text('en', 'certificates.verify.number'))
      .fill(certificate.number.replaceAll('-', ' ').toLowerCase());
    await page.locator('form button[type=submit]').click();
    await page.locator('.certificate-state', { hasText: text('en', 'certificates.verify.valid') }).waitFor();
    await context.close();
  });
});
