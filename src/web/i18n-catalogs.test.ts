import { describe, expect, it } from 'vitest';
import { flattenCatalog, placeholdersOf, unsortedCatalogObjects } from '../shared/catalog-shape.js';
import en from '../../locales/en/translation.json';
import hi from '../../locales/hi/translation.json';

describe('UI catalogs', () => {
  const catalogs = { en: flattenCatalog(en), hi: flattenCatalog(hi) };

  it('have exactly the same keys in English and Hindi', () => {
    expect([...catalogs.hi.keys()].sort()).toEqual([...catalogs.en.keys()].sort());
  });

  it.each(Object.entries({ en, hi }))('%s keeps its keys sorted, so diffs and reviews stay readable', (_, catalog) => {
    expect(unsortedCatalogObjects(catalog)).toEqual([]);
  });

  it('have no empty texts', () => {
    for (const catalog of Object.values(catalogs)) {
      expect([...catalog].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    }
  });

  it('have no English left in the Hindi catalog but the name of the language itself', () => {
    const latin = [...catalogs.hi].filter(
      ([key, text]) => key !== 'language.en' && /[A-Za-z]/.test(text.replace(/\{\{\s*\w+\s*\}\}/g, '')),
    );
    expect(latin.map(([key]) => key)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...catalogs.en].filter(
      ([key, text]) => placeholdersOf(text).join() !== placeholdersOf(catalogs.hi.get(key) ?? '').join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});
