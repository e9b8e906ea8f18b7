import { describe, expect, it } from 'vitest';
import en from '../../locales/en/translation.json';
import hi from '../../locales/hi/translation.json';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flatten(value, path)) flat.set(k, v);
  }
  return flat;
}

function unsortedObjects(catalog: Catalog, prefix = ''): string[] {
  const keys = Object.keys(catalog);
  const here = keys.join() === [...keys].sort().join() ? [] : [prefix || '(top level)'];
  return [
    ...here,
    ...keys.flatMap((key) => {
      const value = catalog[key];
      return typeof value === 'object' ? unsortedObjects(value, prefix === '' ? key : `${prefix}.${key}`) : [];
    }),
  ];
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI catalogs', () => {
  const catalogs = { en: flatten(en), hi: flatten(hi) };

  it('have exactly the same keys in English and Hindi', () => {
    expect([...catalogs.hi.keys()].sort()).toEqual([...catalogs.en.keys()].sort());
  });

  it.each(Object.entries({ en, hi }))('%s keeps its keys sorted, so diffs and reviews stay readable', (_, catalog) => {
    expect(unsortedObjects(catalog)).toEqual([]);
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
      ([key, text]) => placeholders(text).join() !== placeholders(catalogs.hi.get(key) ?? '').join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});
