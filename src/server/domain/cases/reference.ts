// Short references a person can read out on the phone: a district prefix and four characters from
// Crockford's alphabet (no I, L, O, U), e.g. KNP-4F7Q.
import { randomInt } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** First letter and the next two consonants of the district name: Kanpur → KNP, Prayagraj → PRY. */
export function districtPrefix(districtName: string): string {
  const letters = districtName.toUpperCase().replace(/[^A-Z]/g, '');
  if (letters.length === 0) return 'SHY';
  const consonants = letters.slice(1).replace(/[AEIOU]/g, '');
  return (letters[0] + consonants + letters.slice(1) + 'XX').slice(0, 3);
}

/** `attempt` counts collisions so far: after a few, references get longer instead of colliding again. */
export function newReference(districtName: string, attempt = 0): string {
  const length = attempt < 5 ? 4 : 6;
  let code = '';
  for (let i = 0; i < length; i += 1) code += alphabet[randomInt(alphabet.length)];
  return `${districtPrefix(districtName)}-${code}`;
}

/**
 * Forgives look-alike letters in the code a person types back (O for 0, I or L for 1), but only after the dash:
 * district prefixes are plain letters (Lucknow LCK, Bilaspur BLS, Osmanabad OSM) and must stay as they are.
 */
export function normaliseReference(input: string): string {
  const upper = input.trim().toUpperCase();
  const dash = upper.indexOf('-');
  if (dash < 0) return upper;
  return (
    upper.slice(0, dash + 1) +
    upper
      .slice(dash + 1)
      .replace(/O/g, '0')
      .replace(/[IL]/g, '1')
  );
}
