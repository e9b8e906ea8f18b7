// Text preparation shared by every extractor: one pass of cleaning, then the views they read.
// Everything here is linear in the length of the text (no backtracking-prone patterns).

import { ASCII, foldDevanagari, foldLatin } from './fold.js';
import { ACCOUNT_WORDS } from './account-words.js';
import { isKnownRun, segmentTagWord } from './tag-segments.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export { foldDevanagari, foldKey, foldLatin } from './fold.js';

export interface Hashtag {
  /** As written, without '#'. */
  raw: string;
  /** Lower case, folded, letters and digits only: "sosbangalore". */
  flat: string;
  /** Split at case changes, underscores and digits, lower case: ["sos", "bangalore"]. */
  words: string[];
  /** Offset of '#' in `clean`. */
  at: number;
  /** In the cloud of tags that ends the message: nothing but tags, handles and links after it. */
  trailing: boolean;
}

export interface PreparedText {
  /** NFKC (𝐕𝐞𝐫𝐢𝐟𝐢𝐞𝐝 → Verified), HTML entities decoded, Devanagari digits as ASCII, URLs and e-mail
   * addresses blanked; same case as written. */
  clean: string;
  /** `clean` in lower case with Devanagari folded (offsets may differ from `clean`). */
  lower: string;
  /** `clean` with hashtags and @mentions blanked: the running text, as written. */
  cased: string;
  /** `cased` in lower case with Devanagari folded. */
  body: string;
  /** `lower` with each hashtag replaced by its words (#OxygenBeds → "oxygen beds") and mentions blanked. */
  inline: string;
  /** `inline` without the tags that name a group or an account (#BloodDonorsIndia, #PlasmaWarriors): what a
   * message needs or offers is read here, not in the names of those it tags. */
  topical: string;
  /** `topical` without the cloud of tags that ends the message (#Covid19 #OxygenCylinders #Delhi). */
  head: string;
  hashtags: Hashtag[];
  /** @handles in lower case, without '@'. */
  mentions: string[];
}

const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const DOMAIN = /[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/y;
const HASHTAG = /#([\p{L}\p{M}\p{N}_]{1,100})/gu;
const MENTION = /(?<![\w@])@(\w{1,50})/g;

function decodeEntities(text: string): string {
  return text.replace(/&(#?\w{1,8});/g, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    if (/^#\d{1,6}$/.test(name)) {
      const code = Number(name.slice(1));
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    }
    return whole;
  });
}

/** Splits a hashtag into words: "SOSBangalore" → sos, bangalore; "Gwalior_Oxygen_Shortage" → 3 words;
 * "Covid19India" → covid, 19, india; "sosbangalore" too (tag-segments.ts). */
export function splitHashtag(tag: string): string[] {
  const words = splitAtCase(tag).flatMap((word, i, all) =>
    // "VERIFIEDO2BED": the O of O2 is cut at the digit with the word before it.
    all[i + 1] === '2' && word.length > 1 && word.endsWith('o') && isKnownRun(word.slice(0, -1))
      ? [...segmentTagWord(word.slice(0, -1)), 'o']
      : segmentTagWord(word),
  );
  // O2 is one word ("#O2Bed" is an oxygen bed), though a cut falls between a letter and a digit.
  for (let i = words.length - 2; i >= 0; i--) if (words[i] === 'o' && words[i + 1] === '2') words.splice(i, 2, 'o2');
  return words;
}

function splitAtCase(tag: string): string[] {
  if (/^[A-Za-z0-9_]+$/.test(tag)) return splitAsciiHashtag(tag);
  return tag
    .replace(/_/g, ' ')
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => foldDevanagari(foldLatin(w)));
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLowerCase = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** splitHashtag for ASCII tags, in one pass: a word ends before an upper-case letter that follows a
 * lower-case one or starts a capitalised word after capitals (ICUBed → ICU Bed), at '_' and at digits. */
function splitAsciiHashtag(tag: string): string[] {
  const words: string[] = [];
  let start = 0;
  const cut = (end: number) => {
    if (end > start) words.push(tag.slice(start, end).toLowerCase());
    start = end;
  };
  for (let i = 1; i < tag.length; i++) {
    const prev = tag.charCodeAt(i - 1);
    const c = tag.charCodeAt(i);
    const next = tag.charCodeAt(i + 1);
    if (c === 95) {
      cut(i);
      start = i + 1;
    } else if (prev === 95) {
      start = i;
    } else if (
      (isUpper(c) && (isLowerCase(prev) || isDigit(prev))) ||
      (isUpper(c) && isUpper(prev) && isLowerCase(next)) ||
      (isDigit(c) && !isDigit(prev)) ||
      (!isDigit(c) && isDigit(prev))
    ) {
      cut(i);
    }
  }
  if (tag.charCodeAt(tag.length - 1) !== 95) cut(tag.length);
  return words;
}

/** A tag naming a group or a drive (#BloodDonorsIndia, #TeamPlasma, #DonatePlasma), or a long one of
 * three words or more with donors in it: its resource words say who is tagged, not what is needed. */
export function isAccountTag(tag: Pick<Hashtag, 'words'>): boolean {
  if (tag.words.length < 2) return false;
  let donors = false;
  for (const w of tag.words) {
    if (ACCOUNT_WORDS.has(w)) return true;
    if (w === 'donors' || w === 'donor') donors = true;
  }
  return donors && tag.words.length >= 3;
}

function blank(match: string): string {
  return ' '.repeat(match.length);
}

/** Blanks e-mail addresses (name@domain.tld), found from each '@' rather than by a pattern that would try
 * every position of the text. */
function blankEmails(text: string): string {
  let out = text;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && /[\w.+-]/.test(text[start - 1] ?? '')) start--;
    if (start === at) continue; // a handle (@name), not an address
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text);
    if (!domain) continue;
    const end = at + 1 + domain[0].length;
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

export function prepareText(input: string): PreparedText {
  // Plain ASCII is its own NFKC form, and has no Devanagari digits: the common case skips both passes.
  const ascii = ASCII.test(input);
  let clean = ascii ? input : input.normalize('NFKC');
  if (clean.includes('&')) clean = decodeEntities(clean);
  if (!ascii) clean = clean.replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - 0x0966));
  // Windows and old Mac line breaks are one "\n" to every pattern that reads lines (a status list, a closing line).
  if (clean.includes('\r')) clean = clean.replace(/\r\n?/g, '\n');
  // Spaces doubled by a paste, or tabs, are one space to every pattern ("SpO2  84", "need  oxygen").
  if (/[ \t]{2}|\t/.test(clean)) clean = clean.replace(/[ \t]+/g, ' ');
  clean = blankEmails(clean.replace(URL, blank));
  const lower = foldDevanagari(clean.toLowerCase());

  const hashtags: Hashtag[] = [];
  // Each tag is split once; the views below take its words from here.
  const wordsOf = new Map<string, string[]>();
  for (const m of clean.matchAll(HASHTAG)) {
    const raw = m[1] ?? '';
    const words = wordsOf.get(raw) ?? splitHashtag(raw);
    wordsOf.set(raw, words);
    hashtags.push({ raw, flat: words.join(''), words, at: m.index, trailing: false });
  }
  const split = (tag: string) => wordsOf.get(tag) ?? splitHashtag(tag);
  const mentions = [...clean.matchAll(MENTION)].map((m) => (m[1] ?? '').toLowerCase());

  const fold = (text: string) => foldDevanagari(text.toLowerCase());
  const cased = clean.replace(HASHTAG, blank).replace(MENTION, blank);
  const lastWord = lastWordEnd(cased);
  for (const tag of hashtags) tag.trailing = tag.at >= lastWord;
  const body = fold(cased);
  const unmentioned = clean.replace(MENTION, blank);
  const inline = hashtags.length
    ? fold(unmentioned.replace(HASHTAG, (_whole, tag: string) => ` ${split(tag).join(' ')} `))
    : fold(unmentioned);
  // Tags as their words, the tags of groups and accounts blanked.
  const topicalOf = (text: string) =>
    fold(
      text.replace(HASHTAG, (whole, tag: string) => {
        const words = split(tag);
        return isAccountTag({ words }) ? blank(whole) : ` ${words.join(' ')} `;
      }),
    );
  const topical = hashtags.some(isAccountTag) ? topicalOf(unmentioned) : inline;
  const head = hashtags.some((t) => t.trailing) ? topicalOf(unmentioned.slice(0, lastWord)) : topical;
  return { clean, lower, cased, body, inline, topical, head, hashtags, mentions };
}

/** A last line that only closes the message ("Thanks in advance", "Pls RT", "🙏"): the tags above it still end it. */
const CLOSING_LINE =
  /^(?:(?:many |advance )?thanks?(?: you)?(?: (?:a lot )?in advance)?|tia|(?:pls|plz|please|kindly) (?:rt|retweet|share|amplify)|rt (?:pls|plz|please)|dhanyavad|dhanyawad|धन्यवाद|shukriya|शुक्रिया)?[\s.!🙏]*$/iu;

/** Where the running text ends: after its last letter, mark (a Devanagari vowel sign) or digit outside tags, handles
 * and links, a closing last line aside. */
function lastWordEnd(text: string): number {
  let cased = text.trimEnd();
  const lastBreak = cased.lastIndexOf('\n');
  // Only a short last line is looked at: the pattern never runs over the whole text.
  if (lastBreak > 0 && cased.length - lastBreak <= 40 && CLOSING_LINE.test(cased.slice(lastBreak + 1).trim())) {
    cased = cased.slice(0, lastBreak);
  }
  for (let i = cased.length - 1; i >= 0; i--) {
    if (/[\p{L}\p{M}\p{N}]/u.test(cased[i] ?? '')) return i + 1;
  }
  return 0;
}
