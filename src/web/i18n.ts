import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languages, type Language } from '../shared/enums.js';
import enErrors from '../../locales/en/errors.json';
import hiErrors from '../../locales/hi/errors.json';
import { translations } from './translations';

// Both languages are bundled: small files, and switching language must not wait on the network.
export const resources = {
  en: { translation: translations.en, errors: enErrors },
  hi: { translation: translations.hi, errors: hiErrors },
} as const;

const storageKey = 'sahayata.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Pages for the public (asking for help, checking a request) speak Hindi first, whatever the browser says. */
export const publicPathPrefixes = ['/help', '/status', '/donate', '/answer', '/sponsors', '/verify', '/camp'] as const;

export function isPublicPath(pathname: string): boolean {
  return publicPathPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * The screen language chosen on this device (the header's switch), or adopted from the account at the first
 * sign-in here (use-session-language.ts); null when this device has none yet.
 */
export function storedLanguage(): Language | null {
  const stored = localStorage.getItem(storageKey);
  return isLanguage(stored) ? stored : null;
}

/**
 * Before we know who is signed in: this device's last choice; else Hindi on the public pages; else the
 * browser's language, else Hindi.
 */
function initialLanguage(): Language {
  const stored = storedLanguage();
  if (stored !== null) return stored;
  if (isPublicPath(window.location.pathname)) return defaultLanguage;
  return navigator.languages.map((tag) => tag.slice(0, 2)).find(isLanguage) ?? defaultLanguage;
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  supportedLngs: [...languages],
  fallbackLng: 'en',
  defaultNS: 'translation',
  ns: ['translation', 'errors'],
  // React escapes text itself.
  interpolation: { escapeValue: false },
  // Resources are bundled, so initialise synchronously and render in the right language at once.
  initAsync: false,
  // i18next otherwise advertises its hosted service in every visitor's console.
  showSupportNotice: false,
});

document.documentElement.lang = i18n.language;
// Registered after init, so only a real choice (the switch, or the account's language at a first sign-in here) is
// remembered on this device, never the browser's guess: a citizen's phone set to English still opens the public
// pages in Hindi. The screen language is this device's alone; the account's language is for messages sent to the
// person, set on the account page.
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  localStorage.setItem(storageKey, language);
});

export default i18n;
