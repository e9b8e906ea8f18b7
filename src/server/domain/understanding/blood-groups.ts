// Blood groups in every common spelling: B+, B+ve, "B positive", "O neg", "AB(-ve)", "O. +ve",
// Devanagari "बी पॉजिटिव", "ओ+", "एबी नेगेटिव". Canonical A+ … O-.
import type { BloodGroup } from '../../../shared/enums.js';

const SIGN =
  '(\\+\\s?i?ve|\\+|-\\s?i?ve|−\\s?i?ve|–\\s?i?ve|-|−|positive|postive|possitive|pos|negative|negetive|negitive|neg|\\(\\s?\\+\\s?(?:ve)?\\s?\\)|\\(\\s?[-−]\\s?(?:ve)?\\s?\\))';
/** Letter(s), optional ". " or space, sign; not inside a word. */
const LATIN = new RegExp(
  `(?<![\\p{L}\\p{N}+])(A1B|A2B|AB|A1|A2|A|B|O)(?:\\s{0,2}\\.?\\s{0,2})${SIGN}(?![\\p{L}\\p{N}])`,
  'giu',
);
/** Devanagari, after folding (ऑ → ओ, nukta dropped): बी पोजिटिव, ओ+, एबी नेगेटिव. */
const DEVANAGARI =
  /(?<![\u0900-\u0963\u0966-\u097f])(एबी|ए|बी|ओ)\s{0,2}(\+|-|पोजिटिव|पाजिटिव|पोजीटिव|पोसिटिव|पॉजिटिव|धनात्मक|निगेटिव|नेगेटिव|नेगटिव|नेगेटीव|ऋणात्मक)(?![\u0900-\u0963\u0966-\u097f])/gu;
/** Words that make a bare "A+" / "o+" a blood group rather than a grade or a typo. */
const CONTEXT = new RegExp(
  [
    String.raw`blood|group|grp|\bbg\b|donor|plasma|platelet|\bsdp\b|units?\b|रक्त|खून|ब्लड|ग्रुप|प्लाज्मा|डोनर`,
    // The same words in Bengali and Assamese, Punjabi, Gujarati and Tamil ("রক্তের গ্রুপ A+").
    ...[
      'রক্ত',
      'ৰক্ত',
      'গ্রুপ',
      'প্লাজমা',
      'ਖੂਨ',
      'ਗਰੁੱਪ',
      'ਪਲਾਜ਼ਮਾ',
      'રક્ત',
      'લોહી',
      'ગ્રુપ',
      'પ્લાઝ્મા',
      'இரத்த',
      'ரத்த',
      'குரூப்',
      'பிளாஸ்மா',
    ].map((w) => w.normalize('NFKC')),
  ].join('|'),
  'i',
);

function canonical(letters: string, sign: string): BloodGroup | null {
  const l = letters.toUpperCase().replace(/[12]/g, '');
  const s = sign.toLowerCase().replace(/\s/g, '');
  const positive =
    s.startsWith('+') || s.startsWith('(+') || s.startsWith('pos') || s === 'postive' || s === 'possitive';
  const group = `${l}${positive ? '+' : '-'}`;
  return (['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'] as const).find((g) => g === group) ?? null;
}

const HI_LETTERS: Record<string, string> = { एबी: 'AB', ए: 'A', बी: 'B', ओ: 'O' };

/** Blood groups in order of appearance, deduplicated. `clean` keeps case; `lower` is folded. */
export function extractBloodGroups(clean: string, lower: string): BloodGroup[] {
  const found: BloodGroup[] = [];
  // Every spelling has a sign or a sign word; most messages have none.
  if (!/[+\-−–]|pos|neg|पो|पा|धन|नेग|निग|ऋण/i.test(lower)) return found;
  const add = (g: BloodGroup | null) => {
    if (g && !found.includes(g)) found.push(g);
  };
  for (const m of clean.matchAll(LATIN)) {
    const letters = m[1] ?? '';
    const sign = m[2] ?? '';
    const window = clean.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
    const bare = /^[+\-−–]$/.test(sign);
    const spaced = /\s/.test(m[0].slice(letters.length, m[0].length - sign.length));
    // "a+ve", "o-ve": a sign written as a blood group's, touching the letter, needs no context in lower case.
    const groupSign = !spaced && /^[+\-−–]\s?i?ve$/i.test(sign);
    const needsContext =
      ((letters === 'a' || letters === 'o') && !groupSign) || // "a positive attitude", a bare "o+"
      (letters === 'A' && !/i?ve\)?$/i.test(sign)) || // "Grade A+", "A Positive" in a sentence
      (bare && spaced); // "Plan B - call"
    if (needsContext && !CONTEXT.test(window)) continue;
    add(canonical(letters, sign));
  }
  for (const m of lower.matchAll(DEVANAGARI)) {
    const letters = HI_LETTERS[m[1] ?? ''] ?? '';
    const sign = m[2] ?? '';
    const positive = sign === '+' || /^(पो|पा|पॉ|धन)/.test(sign);
    add(canonical(letters, positive ? '+' : '-'));
  }
  return found;
}
