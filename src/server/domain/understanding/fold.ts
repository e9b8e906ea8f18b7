// Folding of spelling variants shared by the lexicons, the gazetteer and text preparation: Latin accents and case,
// Devanagari's optional marks, and the lexicon key built from both.

/** A nasal half-letter before a consonant of its own class (ङ्क, ञ्च, ण्ड, न्द, म्ब; also न्ट/न्ड). */
const NASAL_CLUSTER =
  /\u0919\u094d(?=[\u0915-\u0918])|\u091e\u094d(?=[\u091a-\u091d])|\u0923\u094d(?=[\u091f-\u0922])|\u0928\u094d(?=[\u091f-\u0922\u0924-\u0927])|\u092e\u094d(?=[\u092a-\u092d])/g;

/** Folds Devanagari spelling variants so that lexicon look-ups match: nukta dropped (ज़ = ज), candrabindu
 * as anusvara, a nasal half-letter before a consonant of its class as anusvara (इन्दौर = इंदौर), the English vowels ऑ/ॉ
 * as ओ/ो and ऍ/ॅ as ए/े, zero-width joiners dropped. */
export function foldDevanagari(text: string): string {
  if (!HAS_FOLDABLE.test(text)) return text;
  return text
    .replace(/\u200c|\u200d|\u093c/g, '')
    .replace(/\u0901/g, '\u0902')
    .replace(NASAL_CLUSTER, '\u0902')
    .replace(/\u0949/g, '\u094b')
    .replace(/\u0945/g, '\u0947')
    .replace(/\u0911/g, '\u0913')
    .replace(/\u090d/g, '\u090f');
}

const HAS_FOLDABLE = /[\u0900-\u097f\u200c\u200d]/;
export const ASCII = /^[\u0020-\u007e\t\n\r]*$/;

/** Folds Latin accents and case (Bhopāl = bhopal). */
export function foldLatin(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** A lexicon key: Latin folded, Devanagari folded, anything else a single space. */
const keyCache = new Map<string, string>();

export function foldKey(text: string): string {
  if (/^[A-Za-z0-9]+$/.test(text)) return text.toLowerCase();
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  // Words repeat across messages: remember the last few thousand (bounded, so memory stays flat).
  if (keyCache.size >= 20_000) keyCache.clear();
  const key = computeKey(text);
  keyCache.set(text, key);
  return key;
}

function computeKey(text: string): string {
  return foldDevanagari(foldLatin(text))
    .replace(/&/g, ' and ')
    .replace(/[^\u0900-\u0963\u0966-\u097fa-z0-9]+/g, ' ')
    .trim();
}
