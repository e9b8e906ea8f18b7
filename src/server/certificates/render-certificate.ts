// A donor's certificate as a PDF: A4 landscape, in Hindi or English (one language per PDF; both are offered), with
// the organisation's name and logo, the donor's name, blood group, date, camp or centre, units, the number, the
// signatory, and a QR code of the public verify page with that address printed beside it.
// Devanagari is shaped by pdfkit's fontkit (OpenType GSUB/GPOS of Noto Sans Devanagari: conjuncts क्ष त्र श्र, reph र्,
// the vowel sign ि drawn before its consonant). Text is drawn a word at a time, each run of one script in its own
// font (names, places and signatories may mix Hindi and English), and each word is marked with its real text
// (ActualText), so copying or extracting text gives the words in their logical order, not the glyphs' visual one.
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { AboRhGroup, DonorProduct, Language } from '../../shared/enums.js';
import { channelText } from '../i18n.js';

const fontFile = (name: string) => fileURLToPath(new URL(`../../../assets/fonts/${name}.ttf`, import.meta.url));

const fonts = {
  latin: fontFile('NotoSans-Regular'),
  latinBold: fontFile('NotoSans-Bold'),
  devanagari: fontFile('NotoSansDevanagari-Regular'),
  devanagariBold: fontFile('NotoSansDevanagari-Bold'),
} as const;

export interface CertificateDocument {
  language: Language;
  number: string;
  donorName: string;
  bloodGroup: AboRhGroup | null;
  product: DonorProduct;
  units: number;
  /** Kolkata calendar day, YYYY-MM-DD. */
  donatedOn: string;
  place: string;
  organisationName: string;
  signatory: string;
  logo: { bytes: Buffer; type: string } | null;
  /** The public verify page (in the QR code; printed without its scheme). */
  verifyUrl: string;
  revoked: boolean;
}

const maroon = '#7a1420';
const ink = '#1f2328';
const muted = '#57606a';

type Script = 'devanagari' | 'latin';

/** Devanagari letters and signs (and the joiners that shape them); digits and punctuation belong to either. */
const devanagariChar = /\p{Script_Extensions=Devanagari}|\u200C|\u200D/u;
const latinLetter = /\p{L}/u;

/**
 * Splits a word into runs of one script; digits and punctuation stay with the run they touch, and a word of only
 * those takes `neutral` (the certificate's language, so a date's digits match the words around them).
 */
export function scriptRuns(word: string, neutral: Script = 'latin'): Array<{ text: string; script: Script }> {
  const runs: Array<{ text: string; script: Script | null }> = [];
  for (const char of word) {
    const script: Script | null = devanagariChar.test(char) ? 'devanagari' : latinLetter.test(char) ? 'latin' : null;
    const last = runs.at(-1);
    if (last && (script === null || last.script === null || last.script === script)) {
      last.text += char;
      last.script ??= script;
    } else runs.push({ text: char, script });
  }
  return runs.map((r) => ({ text: r.text, script: r.script ?? neutral }));
}

interface Style {
  size: number;
  /** The script of words without letters (digits, punctuation). */
  neutral?: Script;
  bold?: boolean;
  color?: string;
}

type Doc = PDFKit.PDFDocument;

function useFont(doc: Doc, script: Script, style: Style): void {
  const name =
    script === 'devanagari' ? (style.bold ? 'devanagariBold' : 'devanagari') : style.bold ? 'latinBold' : 'latin';
  doc.font(name).fontSize(style.size);
}

function wordWidth(doc: Doc, word: string, style: Style): number {
  return scriptRuns(word, style.neutral).reduce((sum, run) => {
    useFont(doc, run.script, style);
    return sum + doc.widthOfString(run.text);
  }, 0);
}

function spaceWidth(doc: Doc, style: Style): number {
  useFont(doc, 'latin', style);
  return doc.widthOfString(' ');
}

/** Breaks text into lines no wider than `width` (a word wider than the line gets a line of its own). */
function wrap(doc: Doc, text: string, width: number, style: Style): string[][] {
  const space = spaceWidth(doc, style);
  const lines: string[][] = [];
  let line: string[] = [];
  let used = 0;
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const w = wordWidth(doc, word, style);
    if (line.length > 0 && used + space + w > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += (line.length > 0 ? space : 0) + w;
    line.push(word);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/**
 * Draws text centred on `centreX` from `top`, wrapped to `width`, shrinking the size (down to 60%) until it fits in
 * `maxLines`; returns the y below it.
 */
function centred(
  doc: Doc,
  text: string,
  centreX: number,
  top: number,
  width: number,
  style: Style,
  maxLines = 3,
): number {
  let size = style.size;
  let lines = wrap(doc, text, width, { ...style, size });
  while (lines.length > maxLines && size > style.size * 0.6) {
    size -= 1;
    lines = wrap(doc, text, width, { ...style, size });
  }
  const fitted = { ...style, size };
  const lineHeight = size * 1.55;
  const space = spaceWidth(doc, fitted);
  let y = top;
  doc.fillColor(style.color ?? ink);
  for (const words of lines) {
    const lineWidth = words.reduce((sum, w) => sum + wordWidth(doc, w, fitted), 0) + space * (words.length - 1);
    let x = centreX - lineWidth / 2;
    doc.markContent('Span', { actual: words.join(' ') });
    for (const word of words) {
      for (const run of scriptRuns(word, fitted.neutral)) {
        useFont(doc, run.script, fitted);
        doc.text(run.text, x, y, { lineBreak: false });
        x += doc.widthOfString(run.text);
      }
      x += space;
    }
    doc.endMarkedContent();
    y += lineHeight;
  }
  return y;
}

/** The day as people write it: "7 December 2026" / "7 दिसंबर 2026". */
export function formatCertificateDay(day: string, language: Language): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language === 'hi' ? 'hi-IN' : 'en-IN', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
    numberingSystem: 'latn',
  }).format(date);
}

function drawQr(doc: Doc, url: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  const cell = size / (count + quiet * 2);
  doc.rect(x, y, size, size).fill('#ffffff');
  doc.fillColor('#000000');
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (qr.modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fill('#000000');
}

/** Renders the certificate; resolves to the PDF's bytes. */
export async function renderCertificate(input: CertificateDocument): Promise<Buffer> {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    channelText(input.language, `certificate.pdf.${key}`, params);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info: { Title: `${t('title')} ${input.number}`, Author: input.organisationName, Subject: t('subtitle') },
    lang: input.language === 'hi' ? 'hi-IN' : 'en-IN',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const [name, file] of Object.entries(fonts)) doc.registerFont(name, file);

  const width = doc.page.width;
  const height = doc.page.height;
  const centre = width / 2;

  // Frame.
  doc
    .lineWidth(4)
    .strokeColor(maroon)
    .rect(18, 18, width - 36, height - 36)
    .stroke();
  doc
    .lineWidth(1)
    .strokeColor(maroon)
    .rect(28, 28, width - 56, height - 56)
    .stroke();

  // Logo (top left) and the organisation's name.
  if (input.logo) {
    try {
      doc.image(input.logo.bytes, 52, 48, { fit: [96, 96], align: 'center', valign: 'center' });
    } catch {
      // A logo pdfkit cannot read is left out rather than failing the certificate.
    }
  }
  let y = centred(doc, input.organisationName, centre, 56, width - 340, { size: 26, bold: true, color: ink }, 2);

  // Title.
  y = Math.max(y + 14, 128);
  y = centred(doc, t('title'), centre, y, width - 200, { size: 40, bold: true, color: maroon }, 1);
  y = centred(doc, t('subtitle'), centre, y - 2, width - 200, { size: 16, color: muted }, 1);

  // To whom.
  y = centred(doc, t('presented_to'), centre, y + 22, width - 200, { size: 16, color: ink }, 2);
  y = centred(doc, input.donorName, centre, y + 4, width - 240, { size: 34, bold: true, color: ink }, 1);
  doc
    .moveTo(centre - 200, y - 4)
    .lineTo(centre + 200, y - 4)
    .lineWidth(0.8)
    .strokeColor(maroon)
    .stroke();

  // What they gave.
  const units = input.units === 1 ? t('units_one') : t('units_other', { count: input.units });
  const donated = t('donated', {
    units,
    product: t(`product.${input.product}`),
    group: input.bloodGroup ?? t('group_unknown'),
    date: formatCertificateDay(input.donatedOn, input.language),
    place: input.place,
  });
  const neutral: Script = input.language === 'hi' ? 'devanagari' : 'latin';
  y = centred(doc, donated, centre, y + 16, width - 240, { size: 17, color: ink, neutral }, 3);
  centred(doc, t('thanks'), centre, y + 6, width - 240, { size: 15, color: muted }, 2);

  // Verification (bottom left): the QR code, the address, the number.
  const qrSize = 104;
  const qrX = 56;
  const qrY = height - 56 - qrSize;
  drawQr(doc, input.verifyUrl, qrX, qrY, qrSize);
  const shortUrl = input.verifyUrl.replace(/^https?:\/\//, '');
  const textX = qrX + qrSize + 12;
  const textCentre = textX + 130;
  let ty = centred(doc, t('verify'), textCentre, qrY + 14, 260, { size: 10, color: muted }, 2);
  ty = centred(doc, shortUrl, textCentre, ty, 260, { size: 10, color: ink }, 2);
  centred(doc, t('number', { number: input.number }), textCentre, ty + 4, 260, { size: 12, bold: true, color: ink }, 1);

  // Signature (bottom right).
  const signCentre = width - 56 - 130;
  const signLine = height - 112;
  doc
    .moveTo(signCentre - 120, signLine)
    .lineTo(signCentre + 120, signLine)
    .lineWidth(0.8)
    .strokeColor(ink)
    .stroke();
  const sy = centred(doc, input.signatory, signCentre, signLine + 8, 250, { size: 13, bold: true, color: ink }, 2);
  centred(doc, input.organisationName, signCentre, sy - 2, 250, { size: 10, color: muted }, 2);

  if (input.revoked) {
    doc.save();
    doc.rotate(-24, { origin: [centre, height / 2] });
    doc.opacity(0.28);
    centred(doc, t('revoked'), centre, height / 2 - 120, width, { size: 150, bold: true, color: '#c62828' }, 1);
    doc.restore();
  }

  doc.end();
  return done;
}
