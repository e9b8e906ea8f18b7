// Certificate numbers: PREFIX-YYYY-NNNNN-C, e.g. KNP-2026-00012-W. The prefix is the organisation's (2–6 capital
// letters), the year the one the number was taken in, NNNNN the organisation's running count that year (five digits,
// more once it passes 99999) and C a check character: Luhn mod 36 over every letter and digit before it, so one
// mistyped character or two neighbours swapped is told apart from a number that was simply never issued.

/** The characters a check may be, in the order Luhn mod 36 counts them. */
const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const base = alphabet.length;

export const certificatePrefixPattern = /^[A-Z]{2,6}$/;

/** The check character for a run of letters and digits (Luhn mod N, N = 36). */
export function checkCharacter(payload: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = payload.length - 1; i >= 0; i -= 1) {
    const code = alphabet.indexOf(payload[i] ?? '');
    if (code < 0) throw new Error(`not a certificate character: ${payload[i] ?? ''}`);
    const addend = factor * code;
    sum += Math.floor(addend / base) + (addend % base);
    factor = factor === 2 ? 1 : 2;
  }
  return alphabet[(base - (sum % base)) % base] ?? '0';
}

export interface CertificateNumberParts {
  prefix: string;
  year: number;
  sequence: number;
}

/** The printed number for these parts. */
export function formatCertificateNumber(parts: CertificateNumberParts): string {
  if (!certificatePrefixPattern.test(parts.prefix)) throw new Error(`bad certificate prefix: ${parts.prefix}`);
  if (!Number.isInteger(parts.year) || parts.year < 1000 || parts.year > 9999) throw new Error('bad year');
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1) throw new Error('bad sequence');
  const sequence = String(parts.sequence).padStart(5, '0');
  const year = String(parts.year);
  return `${parts.prefix}-${year}-${sequence}-${checkCharacter(`${parts.prefix}${year}${sequence}`)}`;
}

export type ParsedCertificateNumber =
  | ({ ok: true; number: string } & CertificateNumberParts)
  /** `malformed`: not the shape of a number at all; `check_failed`: the shape, but a character was mistyped. */
  | { ok: false; reason: 'malformed' | 'check_failed' };

/** Dashes of every kind, spaces and dots people type or that word processors put in. */
const separators = /[\s.\-‐-―−_/]+/gu;

/**
 * Reads a number as a person typed or scanned it: any case, with or without spaces and dashes. Returns the printed
 * form when it is well made and its check character agrees.
 */
export function parseCertificateNumber(input: string): ParsedCertificateNumber {
  const compact = input.normalize('NFKC').toUpperCase().replace(separators, '');
  const match = /^([A-Z]{2,6})(\d{4})(\d{5,9})([0-9A-Z])$/.exec(compact);
  if (!match) return { ok: false, reason: 'malformed' };
  const [, prefix = '', yearText = '', sequenceText = '', check = ''] = match;
  const sequence = Number(sequenceText);
  // Five digits are always printed; a longer run never starts with 0.
  if (sequence < 1 || (sequenceText.length > 5 && sequenceText.startsWith('0'))) {
    return { ok: false, reason: 'malformed' };
  }
  if (checkCharacter(`${prefix}${yearText}${sequenceText}`) !== check) return { ok: false, reason: 'check_failed' };
  const year = Number(yearText);
  return { ok: true, prefix, year, sequence, number: formatCertificateNumber({ prefix, year, sequence }) };
}
