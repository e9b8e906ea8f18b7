// Server-side messages come from the same catalogs as the web app (locales/{en,hi}), so a person
// reads an error in the language they chose.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import i18next, { type TFunction } from 'i18next';
import { languages, type Language } from '../shared/enums.js';

const localesDir = fileURLToPath(new URL('../../locales', import.meta.url));

function readCatalog(language: Language, namespace: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${localesDir}/${language}/${namespace}.json`, 'utf8')) as Record<string, unknown>;
}

const instance = i18next.createInstance();
await instance.init({
  resources: Object.fromEntries(
    languages.map((l) => [l, { errors: readCatalog(l, 'errors'), channels: readCatalog(l, 'channels') }]),
  ),
  ns: ['errors', 'channels'],
  defaultNS: 'errors',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

/** Whether a field error code has its own message (errors.json `validation.<code>`), so a schema may name it. */
export function isValidationCode(code: string): boolean {
  return /^[a-z_]+$/.test(code) && instance.exists(`validation.${code}`, { ns: 'errors', lng: 'en' });
}

export function translatorFor(language: Language): TFunction {
  return instance.getFixedT(language, 'errors');
}

/**
 * A WhatsApp/SMS text from the `channels` catalog (locales/{hi,en}/channels.json). Throws on an unknown key:
 * a person must never receive a bare key.
 */
export function channelText(language: Language, key: string, params: Record<string, string | number> = {}): string {
  if (!instance.exists(key, { lng: language, ns: 'channels' })) {
    throw new Error(`no channels text ${key} in ${language}`);
  }
  return instance.getFixedT(language, 'channels')(key, params);
}

/** Picks hi or en from an Accept-Language header; Hindi when the header prefers it, else English. */
export function languageFromHeader(header: string | undefined): Language | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag !== '' && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (base === 'hi' || base === 'en') return base;
  }
  return null;
}
