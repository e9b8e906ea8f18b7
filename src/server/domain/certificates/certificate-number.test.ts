import { describe, expect, it } from 'vitest';
import { checkCharacter, formatCertificateNumber, parseCertificateNumber } from './certificate-number.js';

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('certificate numbers', () => {
  it('prints PREFIX-YYYY-NNNNN-C with five digits and a check character', () => {
    const number = formatCertificateNumber({ prefix: 'KNP', year: 2026, sequence: 12 });
    expect(number).toMatch(/^KNP-2026-00012-[0-9A-Z]$/);
    expect(number.at(-1)).toBe(checkCharacter('KNP202600012'));
  });

  it('grows past five digits without reusing a number', () => {
    const seen = new Set<string>();
    for (const sequence of [1, 2, 99_999, 100_000, 123_456]) {
      const number = formatCertificateNumber({ prefix: 'SAH', year: 2026, sequence });
      expect(seen.has(number)).toBe(false);
      seen.add(number);
      expect(parseCertificateNumber(number)).toMatchObject({ ok: true, sequence, number });
    }
  });

  it('refuses parts that cannot be printed', () => {
    expect(() => formatCertificateNumber({ prefix: 'K', year: 2026, sequence: 1 })).toThrow();
    expect(() => formatCertificateNumber({ prefix: 'knp', year: 2026, sequence: 1 })).toThrow();
    expect(() => formatCertificateNumber({ prefix: 'KNP1', year: 2026, sequence: 1 })).toThrow();
    expect(() => formatCertificateNumber({ prefix: 'KNP', year: 2026, sequence: 0 })).toThrow();
    expect(() => formatCertificateNumber({ prefix: 'KNP', year: 26, sequence: 1 })).toThrow();
  });

  it('reads a number typed in any case, with spaces, dots or other dashes', () => {
    const number = formatCertificateNumber({ prefix: 'KNP', year: 2026, sequence: 7 });
    const compact = number.replaceAll('-', '');
    for (const typed of [
      number,
      number.toLowerCase(),
      compact,
      ` ${compact.toLowerCase()} `,
      number.replaceAll('-', ' '),
      number.replaceAll('-', '–'),
      number.replaceAll('-', '.'),
    ]) {
      expect(parseCertificateNumber(typed)).toEqual({ ok: true, prefix: 'KNP', year: 2026, sequence: 7, number });
    }
  });

  it('calls a number of the wrong shape malformed', () => {
    for (const typed of ['', 'KNP', 'KNP-2026', 'K-2026-00001-A', 'KNP-26-00001-A', 'KNP-2026-0001-A', 'नमस्ते']) {
      expect(parseCertificateNumber(typed)).toEqual({ ok: false, reason: 'malformed' });
    }
    expect(parseCertificateNumber('KNP-2026-00000-0')).toEqual({ ok: false, reason: 'malformed' });
  });

  it('catches every single mistyped character, wherever it is', () => {
    for (const sequence of [1, 12, 345, 6789, 99_999]) {
      const number = formatCertificateNumber({ prefix: 'KNPD', year: 2026, sequence });
      const chars = [...number];
      chars.forEach((original, position) => {
        if (original === '-') return;
        for (const replacement of alphabet) {
          if (replacement === original) continue;
          const typo = [...chars];
          typo[position] = replacement;
          const parsed = parseCertificateNumber(typo.join(''));
          // A typo may make the shape wrong (a digit in the prefix): never a valid other number.
          expect(parsed.ok, `${typo.join('')} from ${number}`).toBe(false);
        }
      });
    }
  });

  it('catches nearly every swap of two neighbouring characters', () => {
    let swaps = 0;
    let caught = 0;
    for (let sequence = 1; sequence <= 2000; sequence += 7) {
      const number = formatCertificateNumber({ prefix: 'KNP', year: 2026, sequence });
      const compact = number.replaceAll('-', '');
      for (let i = 0; i + 1 < compact.length; i += 1) {
        if (compact[i] === compact[i + 1]) continue;
        const swapped = compact.slice(0, i) + compact[i + 1] + compact[i] + compact.slice(i + 2);
        swaps += 1;
        if (!parseCertificateNumber(swapped).ok) caught += 1;
      }
    }
    expect(caught / swaps).toBeGreaterThan(0.97);
  });

  it('tells a mistyped check character apart from a malformed number', () => {
    const number = formatCertificateNumber({ prefix: 'KNP', year: 2026, sequence: 42 });
    const last = number.at(-1) ?? '0';
    const wrong = alphabet[(alphabet.indexOf(last) + 1) % alphabet.length] ?? '0';
    expect(parseCertificateNumber(number.slice(0, -1) + wrong)).toEqual({ ok: false, reason: 'check_failed' });
  });
});
