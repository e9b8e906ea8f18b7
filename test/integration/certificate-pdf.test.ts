// The certificate PDF rendered to PNG (poppler's pdftoppm) in Hindi and in English, with names full of conjuncts
// ("श्रीकृष्ण त्रिपाठी", "क्षितिज मिश्र"): an A4 landscape page comes out, and the Hindi words come back out of the
// PDF as they went in (pdftotext), so the shaped glyphs carry their real text. The PNGs are left in
// test/e2e/artifacts/ to look at. CI installs poppler-utils (.ci/run); elsewhere the test is skipped without it
// unless REQUIRE_E2E=1.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCertificate, type CertificateDocument } from '../../src/server/certificates/render-certificate.js';

const hasPoppler = spawnSync('pdftoppm', ['-v']).error === undefined;
const required = process.env.REQUIRE_E2E === '1';
const artifacts = fileURLToPath(new URL('../e2e/artifacts/', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'certificate-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const common: Omit<CertificateDocument, 'language' | 'donorName' | 'organisationName' | 'signatory' | 'place'> = {
  number: 'KNP-2026-00012-W',
  bloodGroup: 'B+',
  product: 'whole_blood',
  units: 1,
  donatedOn: '2026-12-06',
  logo: null,
  verifyUrl: 'https://sahayata.example/verify/KNP-2026-00012-W',
  revoked: false,
};

/** A 2×2 PNG (red, white / white, red), as an organisation might upload. */
const logo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAF0lEQVR4nGM4Iafx//9/hv///5+Q0wAAOegIF7XTES4AAAAASUVORK5CYII=',
  'base64',
);

const a4LandscapeAt60Dpi = { width: Math.ceil((841.89 * 60) / 72), height: Math.ceil((595.28 * 60) / 72) };

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function rasterise(pdf: Buffer, name: string): { png: string; text: string } {
  const file = path.join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', file, path.join(work, name)], { timeout: 60_000 });
  const png = path.join(work, `${name}.png`);
  mkdirSync(artifacts, { recursive: true });
  copyFileSync(png, path.join(artifacts, `${name}.png`));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { timeout: 60_000 }).toString('utf8');
  return { png, text };
}

describe.skipIf(!hasPoppler && !required)('certificate PDF', () => {
  it('is there to be checked (pdftoppm installed)', () => {
    expect(hasPoppler, 'install poppler-utils').toBe(true);
  });

  it('renders a Hindi certificate whose conjuncts survive the round trip', async () => {
    const pdf = await renderCertificate({
      ...common,
      language: 'hi',
      donorName: 'श्रीकृष्ण त्रिपाठी',
      organisationName: 'कानपुर नगर पुलिस कमिश्नरेट',
      signatory: 'पुलिस आयुक्त, कानपुर नगर',
      place: 'रक्तदान शिविर, पुलिस लाइन्स, कानपुर',
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { png, text } = rasterise(pdf, 'certificate-hi');
    // A4 landscape (841.89 × 595.28 pt) at 60 dpi, rounded up by pdftoppm.
    expect(pngSize(png)).toEqual(a4LandscapeAt60Dpi);
    for (const word of ['श्रीकृष्ण', 'त्रिपाठी', 'प्रशंसा', 'पत्र', 'पुलिस', 'आयुक्त', 'स्वैच्छिक', 'रक्तदान', 'दिसंबर']) {
      expect(text, word).toContain(word);
    }
    expect(text).toContain('KNP-2026-00012-W');
    expect(text).toContain('sahayata.example/verify/KNP-2026-00012-W');
  });

  it('renders an English certificate with a Devanagari name and the organisation’s logo', async () => {
    const pdf = await renderCertificate({
      ...common,
      logo: { bytes: logo, type: 'image/png' },
      language: 'en',
      donorName: 'क्षितिज मिश्र',
      units: 2,
      organisationName: 'Kanpur Nagar Police Commissionerate',
      signatory: 'Police Commissioner, Kanpur Nagar',
      place: 'Blood donation camp, Police Lines, Kanpur',
    });
    const { png, text } = rasterise(pdf, 'certificate-en');
    expect(pngSize(png)).toEqual(a4LandscapeAt60Dpi);
    for (const words of [
      'Certificate of Appreciation',
      'क्षितिज',
      'मिश्र',
      'Police Commissioner, Kanpur Nagar',
      '2 units',
    ]) {
      expect(text.replace(/\s+/g, ' '), words).toContain(words);
    }
  });

  it('marks a revoked certificate across the page', async () => {
    const pdf = await renderCertificate({
      ...common,
      language: 'hi',
      donorName: 'क्षितिज मिश्र',
      organisationName: 'कानपुर नगर पुलिस कमिश्नरेट',
      signatory: 'पुलिस आयुक्त, कानपुर नगर',
      place: 'पुलिस लाइन्स, कानपुर',
      revoked: true,
    });
    const { text } = rasterise(pdf, 'certificate-revoked-hi');
    expect(text).toContain('रद्द');
  });
});
