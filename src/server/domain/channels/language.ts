// Which language to answer in. Hindi when the person writes Devanagari or Hindi in Latin letters ("blood
// chahiye"), English when the message is clearly English; a one-word answer ("Lucknow", "1") says nothing.
import type { Language } from '../../../shared/enums.js';
import type { Understanding } from '../../../shared/contracts/understanding.js';

/** `clear` may switch an ongoing conversation; `weak` only sets the language of a new one. */
export interface LanguageSignal {
  language: Language;
  strength: 'clear' | 'weak';
}

/** Hindi words people write in Latin letters; none is an English word. */
const hinglish = new Set([
  'aap',
  'aapko',
  'bhai',
  'bhaiya',
  'chahie',
  'chahiye',
  'chaiye',
  'chahiyee',
  'dijiye',
  'hai',
  'hain',
  'hame',
  'hamein',
  'hume',
  'humein',
  'jaldi',
  'jaroorat',
  'jarurat',
  'kahan',
  'kijiye',
  'kripya',
  'krpya',
  'kya',
  'madad',
  'mein',
  'mera',
  'meri',
  'mere',
  'mujhe',
  'namaskar',
  'namaste',
  'nahi',
  'nahin',
  'turant',
  'zaroorat',
  'zarurat',
]);

const devanagariLetter = /[\u0900-\u0963\u0970-\u097f]/;

export function hasDevanagari(text: string): boolean {
  return devanagariLetter.test(text);
}

/**
 * What this message says about the person's language. `command` marks a keyword (STOP, STATUS …): people
 * type those in Latin letters whatever their language, so they are weak evidence at most.
 */
export function languageSignal(
  text: string,
  understood: Pick<Understanding, 'language'> | null,
  command = false,
): LanguageSignal | null {
  if (hasDevanagari(text)) return { language: 'hi', strength: 'clear' };
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length === 0) return null;
  if (words.some((w) => hinglish.has(w))) return { language: 'hi', strength: command ? 'weak' : 'clear' };
  // Hinglish reads as Hindi; a message in another Indian script has no Latin words to get here, and an unknown
  // language says nothing about which of ours to answer in.
  if (understood && (understood.language === 'hi' || understood.language === 'mixed')) {
    return { language: 'hi', strength: command ? 'weak' : 'clear' };
  }
  return { language: 'en', strength: !command && words.length >= 2 ? 'clear' : 'weak' };
}

/** Keeps the conversation's language unless the message is clearly in the other; Hindi when nothing is known. */
export function chooseLanguage(current: Language | null, signal: LanguageSignal | null): Language {
  if (current === null) return signal?.language ?? 'hi';
  return signal?.strength === 'clear' ? signal.language : current;
}
