import { describe, expect, it } from 'vitest';
import { flattenCatalog, placeholdersOf, unsortedCatalogObjects } from '../shared/catalog-shape.js';
import { translationAreas, translations } from './translations';

/** Every area catalog on disk (locales/<language>/translation/<area>.json), listed in translations.ts or not. */
const onDisk = Object.keys(import.meta.glob('../../locales/*/translation/*.json')).map((path) =>
  path.replace('../../locales/', ''),
);
const listed = Object.entries(translationAreas).flatMap(([language, areas]) =>
  Object.keys(areas).map((area) => `${language}/translation/${area}.json`),
);
const areaNames = Object.keys(translationAreas.en) as (keyof typeof translationAreas.en)[];

describe('UI catalogs', () => {
  const catalogs = { en: flattenCatalog(translations.en), hi: flattenCatalog(translations.hi) };

  it('are every area file on disk, each listed in translations.ts, in both languages', () => {
    expect(listed.length).toBeGreaterThan(0);
    expect([...onDisk].sort()).toEqual([...listed].sort());
  });

  it.each(areaNames)('%s has exactly the same keys in English and Hindi', (area) => {
    const keys = (language: 'en' | 'hi') => [...flattenCatalog(translationAreas[language][area]).keys()].sort();
    expect(keys('en').length).toBeGreaterThan(0);
    expect(keys('hi')).toEqual(keys('en'));
  });

  it.each(Object.keys(translationAreas) as (keyof typeof translationAreas)[])(
    '%s holds each top-level key in one area only (merging would hide the other)',
    (language) => {
      const owners = new Map<string, string[]>();
      for (const [area, catalog] of Object.entries(translationAreas[language])) {
        for (const key of Object.keys(catalog)) owners.set(key, [...(owners.get(key) ?? []), area]);
      }
      expect(owners.size).toBeGreaterThan(0);
      expect([...owners].filter(([, areas]) => areas.length > 1)).toEqual([]);
    },
  );

  it.each(listed)('%s keeps its keys sorted, so diffs and reviews stay readable', (file) => {
    const [language, , name] = file.split('/') as ['en' | 'hi', string, string];
    const catalog = translationAreas[language][name.replace(/\.json$/, '') as keyof typeof translationAreas.en];
    expect(unsortedCatalogObjects(catalog)).toEqual([]);
  });

  it('have exactly the same keys in English and Hindi', () => {
    expect(catalogs.en.size).toBeGreaterThan(0);
    expect([...catalogs.hi.keys()].sort()).toEqual([...catalogs.en.keys()].sort());
  });

  it('have no empty texts', () => {
    for (const catalog of Object.values(catalogs)) {
      expect(catalog.size).toBeGreaterThan(0);
      expect([...catalog].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    }
  });

  it('have no English left in the Hindi catalog but the name of the language itself', () => {
    expect(catalogs.hi.size).toBeGreaterThan(0);
    const latin = [...catalogs.hi].filter(
      ([key, text]) => key !== 'language.en' && /[A-Za-z]/.test(text.replace(/\{\{\s*\w+\s*\}\}/g, '')),
    );
    expect(latin.map(([key]) => key)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    expect(catalogs.en.size).toBeGreaterThan(0);
    const mismatched = [...catalogs.en].filter(
      ([key, text]) => placeholdersOf(text).join() !== placeholdersOf(catalogs.hi.get(key) ?? '').join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});
