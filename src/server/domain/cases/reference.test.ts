import { describe, expect, it } from 'vitest';
import { districtPrefix, newReference, normaliseReference } from './reference.js';

describe('case references', () => {
  it.each([
    ['Kanpur Nagar', 'KNP'],
    ['Prayagraj', 'PRY'],
    ['Patna', 'PTN'],
    ['Unnao', 'UNN'],
    ['Bilaspur', 'BLS'],
    ['Ua', 'UAX'],
  ])('%s → %s', (name, prefix) => {
    expect(districtPrefix(name)).toBe(prefix);
  });

  it('is short and readable aloud', () => {
    expect(newReference('Kanpur Nagar')).toMatch(/^KNP-[0-9A-HJKMNP-TV-Z]{4}$/);
    // After repeated collisions it grows rather than colliding again.
    expect(newReference('Kanpur Nagar', 5)).toMatch(/^KNP-[0-9A-HJKMNP-TV-Z]{6}$/);
  });

  it('forgives look-alike letters when typed back', () => {
    expect(normaliseReference(' knp-4fo1 ')).toBe('KNP-4F01');
    expect(normaliseReference('knp-4fol')).toBe('KNP-4F01');
  });

  it('keeps district prefixes that contain I, L or O as they are', () => {
    expect(normaliseReference('bls-4fo1')).toBe('BLS-4F01');
    expect(normaliseReference('LCK-ABCD')).toBe('LCK-ABCD');
    expect(normaliseReference('osm-10ol')).toBe('OSM-1001');
    for (const district of ['Bilaspur', 'Lucknow', 'Osmanabad', 'Idukki']) {
      const reference = newReference(district);
      expect(normaliseReference(reference.toLowerCase())).toBe(reference);
    }
  });
});
