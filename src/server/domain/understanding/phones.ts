// Indian phone numbers in free text, as E.164 (+91…): mobiles (10 digits from 6-9), landlines with their
// STD code (0522-2257140), toll-free 1800 numbers; written whole or split by spaces, dashes or dots, with
// +91, 91 or 0 in front. Dates, counts, amounts, Aadhaar numbers and ids are not phones.

interface DigitGroup {
  digits: string;
  start: number;
  end: number;
}

/** Between two groups of one number: a few spaces, dashes, dots or brackets ("98390 12345", "(0522) 225"). */
const JOINER = /^[ \-.\u2013\u2012()]{1,3}$/;
/** Words that say the digits right after them are an id, not a phone. */
const ID_CUE =
  /(?:\b(?:srf|icmr|aadh?aa?r|uid|uhid|bu|ipd|opd|pnr|a\/c|account|acct|ifsc|order|ticket|reg|registration|patient|bed|room|ward|case|token|pan|vehicle|flight|train|id)\s*(?:id|no|number|num|#)?\s*[:.#-]*\s*$)|आधार\s*$/i;
const PHONE_CUE = /(?:phone|mobile|mob|contact|call|whatsapp|ph|tel|cell|helpline|number|no)\b/i;
/** A phone word written straight before the digits, as a word of its own (not the end of a handle). */
const GLUED_CUE = /(?:^|[^\p{L}\p{M}\p{N}@_])(?:phone|mobile|mob|contact|whatsapp|tel|cell|helpline)$/iu;
const AADHAAR_CONTEXT = /aadh?aa?r|आधार|\buid\b/i;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}]/u.test(ch);
}

function digitGroups(text: string): DigitGroup[] {
  const groups: DigitGroup[] = [];
  for (const m of text.matchAll(/\d+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    // Digits glued to letters belong to a word, a handle or an id (Covid19, @DrAny04683552, 10th), unless the
    // word says what follows is a phone (a lead site's export: "Phone6968422719").
    if (isLetter(text[end])) continue;
    if (isLetter(text[start - 1]) && !GLUED_CUE.test(text.slice(Math.max(0, start - 12), start))) continue;
    groups.push({ digits: m[0], start, end });
  }
  return groups;
}

/** The national significant number (10 digits, or 11-12 for toll-free), or null when not a phone. */
function nationalNumber(digits: string, hasPlus: boolean): string | null {
  let d = digits;
  if (hasPlus) {
    if (!d.startsWith('91')) return null; // another country
    d = d.slice(2);
    if (d.startsWith('0')) d = d.slice(1);
    return d.length === 10 && /^[1-9]/.test(d) ? d : null;
  }
  if (/^1800\d{6,8}$/.test(d)) return d;
  if (d.length === 13 && d.startsWith('091')) d = d.slice(3);
  else if (d.length === 12 && /^91[6-9]/.test(d)) d = d.slice(2);
  else if (d.length === 11 && d.startsWith('0')) {
    d = d.slice(1);
    return /^[1-9]/.test(d) ? d : null; // 0 + mobile, or 0 + STD code + subscriber number
  }
  return d.length === 10 && /^[6-9]/.test(d) ? d : null;
}

/** "contact 522-2345678", "ph 141 2712345": a landline whose STD code is written without its 0 — two groups, a code
 * of 2-4 digits (no STD code starts with 6-9, which begin mobiles) and a subscriber number of 6-8 digits starting
 * 2-9, ten digits in all — read only after a word that says a number follows (the shape alone is too common). */
function bareLandline(digits: string, sizes: number[], before: string): boolean {
  const [std, subscriber] = sizes;
  if (sizes.length !== 2 || std === undefined || subscriber === undefined || digits.length !== 10) return false;
  return std >= 2 && std <= 4 && /^[1-5]/.test(digits) && /^[2-9]/.test(digits.slice(std)) && LANDLINE_CUE.test(before);
}
const LANDLINE_CUE = /(?:phone|mobile|mob|contact|call|ph|tel|landline|helpline|number|no)\b\W{0,4}$/i;

/** More lines of one exchange written after a landline with a slash ("044-73743079/72563989"): each takes the
 * STD code of the first. Returns how many groups were read. */
function moreLines(
  text: string,
  groups: DigitGroup[],
  last: number,
  sizes: number[],
  national: string,
  found: string[],
) {
  const [std, subscriber] = sizes;
  if (sizes.length !== 2 || std === undefined || subscriber === undefined || /^[6-9]/.test(national)) return 0;
  if (!(groups[last - 1] as DigitGroup).digits.startsWith('0') || std + subscriber !== 11) return 0;
  let read = 0;
  for (let k = last + 1; k < groups.length; k++) {
    const g = groups[k] as DigitGroup;
    if (!/^\s?\/\s?$/.test(text.slice((groups[k - 1] as DigitGroup).end, g.start))) break;
    if (g.digits.length !== subscriber || !/^[2-9]/.test(g.digits)) break;
    const e164 = `+91${national.slice(0, std - 1)}${g.digits}`;
    if (!found.includes(e164)) found.push(e164);
    read++;
  }
  return read;
}

/** How many groups from `first` are written as one number (joined by spaces, dashes…; at most E.164's 15 digits). */
function joinedRun(text: string, groups: DigitGroup[], first: number): number {
  let run = 1;
  let length = (groups[first] as DigitGroup).digits.length;
  for (let k = first + 1; k < groups.length && length < 15; k++) {
    const g = groups[k] as DigitGroup;
    if (!JOINER.test(text.slice((groups[k - 1] as DigitGroup).end, g.start))) break;
    length += g.digits.length;
    run++;
  }
  return run;
}

/** Phones in order of first appearance, deduplicated, as E.164. */
export function extractPhones(input: string): string[] {
  const text = input.replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - 0x0966));
  const groups = digitGroups(text);
  const found: string[] = [];
  let i = 0;
  while (i < groups.length) {
    const first = groups[i] as DigitGroup;
    const before = text.slice(Math.max(0, first.start - 24), first.start);
    // "O+ 9830012345", "B+ve: 98…": the plus of a blood group is not a country code.
    const hasPlus = /\+\s?$/.test(before) && !/(?:^|[^\p{L}])(?:a|b|o|ab)\s?\+\s?$/iu.test(before);
    // "0044 …" is dialled abroad as "+44 …" is.
    const dialledAbroad = !hasPlus && /^00[1-9]/.test(first.digits);
    const international = hasPlus || dialledAbroad;
    let matched = 0;
    let digits = '';
    const sizes: number[] = [];
    for (let j = i; j < groups.length && j < i + 5; j++) {
      const g = groups[j] as DigitGroup;
      if (j > i && !JOINER.test(text.slice((groups[j - 1] as DigitGroup).end, g.start))) break;
      digits += g.digits;
      sizes.push(g.digits.length);
      if (digits.length > (dialledAbroad ? 15 : 13)) break;
      const national =
        nationalNumber(dialledAbroad ? digits.slice(2) : digits, international) ??
        (!international && bareLandline(digits, sizes, before) ? digits : null);
      if (!national) continue;
      matched = j - i + 1;
      // 4-4-4 digits is how Aadhaar numbers are written; an id or Aadhaar cue just before rules it out too.
      const looksLikeAadhaar = !hasPlus && sizes.length === 3 && sizes.every((n) => n === 4);
      const isId = ID_CUE.test(before) && !PHONE_CUE.test(before.replace(ID_CUE, ''));
      const isAadhaar = AADHAAR_CONTEXT.test(text.slice(Math.max(0, first.start - 40), first.start));
      if (!isId && !isAadhaar && !looksLikeAadhaar) {
        const e164 = `+91${national}`;
        if (!found.includes(e164)) found.push(e164);
        matched += moreLines(text, groups, j, sizes, national, found);
      }
      break;
    }
    // Another country's number ("+44 7911 123456") is not read again from its later groups as an Indian one.
    if (matched === 0 && international) matched = joinedRun(text, groups, i);
    i += matched || 1;
  }
  return found;
}
