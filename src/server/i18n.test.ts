import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageFromHeader, translatorFor } from './i18n.js';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const catalog = (language: string, ns: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../locales/${language}/${ns}.json`, import.meta.url), 'utf8'));

describe('catalogs', () => {
  // The web app's catalogs (locales/*/translation/<area>.json) are checked area by area in src/web/i18n-catalogs.test.ts.
  it.each(['errors'])('Hindi and English %s catalogs have the same keys', (ns) => {
    expect(keys(catalog('hi', ns)).sort()).toEqual(keys(catalog('en', ns)).sort());
  });

  it('every error code has a Hindi title in Devanagari', () => {
    const hi = catalog('hi', 'errors') as Record<string, { title?: string }>;
    const titled = Object.entries(hi).filter(([, entry]) => entry.title);
    expect(titled.length).toBeGreaterThan(0);
    for (const [code, entry] of titled) expect(entry.title, code).toMatch(/[\u0900-\u097F]/);
  });
});

describe('language from Accept-Language', () => {
  it.each([
    ['hi-IN,hi;q=0.9,en;q=0.8', 'hi'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr, en;q=0.5, hi;q=0.7', 'hi'],
    ['fr', null],
    [undefined, null],
  ])('%s → %s', (header, expected) => {
    expect(languageFromHeader(header)).toBe(expected);
  });

  it('translates with parameters', () => {
    expect(translatorFor('hi')('sign_in_locked.detail', { minutes: 12 })).toContain('12 मिनट');
  });

  it('counts the fields a request got wrong in the right number', () => {
    expect(translatorFor('en')('validation_failed.detail', { count: 1 })).toBe('1 field is not valid.');
    expect(translatorFor('en')('validation_failed.detail', { count: 3 })).toBe('3 fields are not valid.');
    expect(translatorFor('hi')('validation_failed.detail', { count: 1 })).toBe('1 फ़ील्ड सही नहीं है।');
  });
});
