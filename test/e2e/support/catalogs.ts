// The UI and error catalogs as the specs see them: what a person should read, in each language.
import { readdirSync, readFileSync } from 'node:fs';

type Catalog = { [key: string]: string | Catalog };

/** A namespace's catalog: errors.json, or the `translation` areas (translation/<area>.json) merged. */
function load(language: 'en' | 'hi', namespace: 'translation' | 'errors'): Catalog {
  const parse = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Catalog;
  if (namespace === 'errors') return parse(new URL(`../../../locales/${language}/errors.json`, import.meta.url));
  const dir = new URL(`../../../locales/${language}/translation/`, import.meta.url);
  return Object.assign({}, ...readdirSync(dir).map((file) => parse(new URL(file, dir)))) as Catalog;
}

function read(language: 'en' | 'hi', namespace: 'translation' | 'errors'): Map<string, string> {
  const flat = new Map<string, string>();
  const visit = (catalog: Catalog, prefix: string) => {
    for (const [key, value] of Object.entries(catalog)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      if (typeof value === 'string') flat.set(path, value);
      else visit(value, path);
    }
  };
  visit(load(language, namespace), '');
  return flat;
}

export const catalogs = {
  en: { ui: read('en', 'translation'), errors: read('en', 'errors') },
  hi: { ui: read('hi', 'translation'), errors: read('hi', 'errors') },
};

export function text(language: 'en' | 'hi', key: string, namespace: 'ui' | 'errors' = 'ui'): string {
  const value = catalogs[language][namespace].get(key);
  if (value === undefined) throw new Error(`no ${namespace} text ${key} in ${language}`);
  return value;
}

/** Language names are written in their own script in both catalogs, so people can find theirs. */
const sameInBothLanguages = ['language.en', 'language.hi'];

/** English UI texts a Hindi screen must not show: all with words in them (templates aside), but language names. */
export function englishTexts(): Set<string> {
  // A language's own name ("English" on the switch) is right on a Hindi screen, whichever catalog key says it.
  const names = languageNames();
  const texts = [...catalogs.en.ui].filter(
    ([key, english]) =>
      !sameInBothLanguages.includes(key) && !names.has(english) && /[A-Za-z]/.test(english) && !english.includes('{{'),
  );
  return new Set(texts.map(([, english]) => english));
}

/** Texts that are rightly the same on a Hindi screen as on an English one. */
export function languageNames(): Set<string> {
  return new Set(sameInBothLanguages.map((key) => text('hi', key)));
}
