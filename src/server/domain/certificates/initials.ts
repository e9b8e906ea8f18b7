// What a public verification shows of a donor's name: the first letter of each word with a dot ("R. K."), never
// the whole name. A Devanagari word's first letter is its first akshara — the consonant with the conjunct it opens
// and its vowel sign (श्रीकृष्ण → श्री, क्षितिज → क्षि, त्रिपाठी → त्रि) — since a bare श् or क would read wrong.

const virama = '\u094D';
const mark = /\p{M}/u;
const letter = /\p{L}/u;

/** The first letter of a word as a reader sees it (a base letter, the conjunct it begins, its marks). */
export function firstLetter(word: string): string {
  const chars = [...word];
  let i = chars.findIndex((c) => letter.test(c));
  if (i < 0) return '';
  let out = chars[i] ?? '';
  for (i += 1; i < chars.length; i += 1) {
    const c = chars[i] ?? '';
    const previous = chars[i - 1] ?? '';
    if (mark.test(c) || (previous === virama && letter.test(c)) || c === '\u200D') out += c;
    else break;
  }
  return out;
}

/** "Ramesh Kumar" → "R. K."; at most four words. */
export function nameInitials(name: string): string {
  return name
    .trim()
    .split(/\s+/u)
    .map((word) => firstLetter(word))
    .filter((initial) => initial.length > 0)
    .slice(0, 4)
    .map((initial) => `${initial.toLocaleUpperCase('en-IN')}.`)
    .join(' ');
}
