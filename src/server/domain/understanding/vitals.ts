// The patient's SpO2 (lowest current reading) and age, in English, Hinglish and Hindi.
// Patterns are anchored on a cue word and read a bounded window after it: linear time.

/** Words that introduce a saturation reading ("SpO2 82", "oxygen level has dropped to 78", "ऑक्सीजन लेवल 80"). */
const SPO2_CUE =
  /(?:\bs\.?\s?p\.?\s?o\.?\s?2|\bsp\s?o2|\bsp02|\bspo2|\bo2\s?(?:sat(?:uration)?|levels?|lvl)\b|\boxygen\s?(?:levels?|lvl|saturation|sat)\b|(?<!(?:sugar|platelets?|bp|hb|hemoglobin|haemoglobin|pressure|count)\s)\blevels?\s(?:has\s|have\s|had\s|is\s|was\s)?(?:dropped|dropping|fallen|falling|fell|gone down|going down|came down|come down|down)\b|\bsaturation\b|\bsat\s?levels?\b|\bsat(?=\s?(?:(?:is|was)\s|[:=\-–]\s?)\d)|\bsats\b|\bsaturating\b|\boxy\s?(?:levels?|lvl)\b|\boxygen\s?stats?\b|\b(?:oxygen|o2)\s(?:is\s|has\s|had\s|was\s)?(?:dropped|dropping|fallen|falling|fell|dipping|dipped|going down|gone down|came down|come down)\b|\boxy(?:gen\s?)?meter\b|\boximeter\b|\boxymeter\b|ओक्सीजन\s(?:का\s)?(?:लेवल|स्तर|लेबल)|आक्सीजन\s(?:का\s)?(?:लेवल|स्तर|लेबल)|एसपीओ2|ऑक्सीजन\sलेवल|सेचुरेशन|सैचुरेशन|ओक्सिजन\s(?:लेवल|पातळी)|स्याचुरेशन|সম্পৃক্ততা|স্যাচুরেশন|ஆக்ஸிஜன்\sஅளவு|ஆக்சிஜன்\sஅளவு|ઓક્સિજન\sલેવલ|ਆਕਸੀਜਨ\sਲੈਵਲ)/g;
/** Bare "oxygen … 70%": taken only with a percent sign. */
const OXYGEN_PERCENT = /(?:\boxygen\b|\bo2\b|ओक्सीजन|आक्सीजन)[^\d|\n.]{0,24}?(\d{2,3})\s?%/g;
const OXYGEN_BARE =
  /(?:\boxygen|\bo2|ओक्सीजन|आक्सीजन)\s?(?:(?:is|was|hai|he|है|currently|now)\s)?(?:at|around|about|:|-)?\s?(\d{2,3})(?=\s?(?:$|[.,;!|)\n]|[-–]\s?\d{2,3}(?!\d|\s?(?:l\b|lt|ltr|litre|liter|lpm))|hai\b|he\b|है|percent|pct|on\b|at\b|with\b|and\b|but\b|even\b|still\b|since\b|after\b|&|now\b|today\b|tak\b|तक|पर\s|par\b|pe\b|पे\s))/g;
const WITHOUT_AFTER =
  /\bwithout\s(?:any\s)?(?:(?:oxygen|o2)\s)?(?:support\s)?(?:it\s)?(?:is\s|was\s|goes\s|drops\sto\s|at\s|[:\-–]\s?)?(\d{2})(?!\d)/g;
const WITHOUT_BEFORE = /(?<![\d.,:/])(\d{2})\s?%?\s(?:without|w\/o)\b/g;
const PERCENT_BEFORE = /(\d{2,3})\s?%\s?(?:spo2|sp02|o2|oxygen|saturation|sat\b)/g;
/** A later reading after the first, which is the current one: "83 tha ab 79", "89 se 82", "was 88, now 84",
 * "90 था, अब 83", "94 then dropped to 85" (the lowest is taken, as for "78-85"). */
const LATER =
  /^\s?%?\s?(?:(?:tha|thi|was|था|थी)\s?)?,?\s?(?:ab|now|then|phir|fir|se|अब|फिर|से)\s(?:[\u0900-\u097fa-z]+\s){0,2}?(\d{2,3})(?!\d)/;
const THRESHOLD_AFTER = /^\s?%?\s?(?:\+|(?:or|and|&)\s?(?:above|below|more|less|higher|lower|over|under)|above|and up)/;
const THRESHOLD_BEFORE =
  /(?:above|over|below|under|more than|less than|greater than|lower than|at least|atleast|minimum|min\.?|maximum|>|≥|<|≤|से ऊपर|से अधिक|से कम)\s*$/;
const UNIT_AFTER =
  /^\s?(?:l\b|lt|ltr|litre|liter|lpm|kg|mg|ml|mm|hrs?\b|hours?|days?|mins?\b|minutes|years?|yrs?|km|rs|ltrs|बजे|दिन|घंटे)/;

/** The lowest SpO2 reading stated in the text, or null. `body` is lower case, Devanagari folded. */
export function extractSpo2(body: string): number | null {
  if (!/\d/.test(body)) return null;
  const readings: number[] = [];
  const read = (value: number, before: string, after: string) => {
    if (!Number.isInteger(value) || value < 20 || value > 100) return;
    if (THRESHOLD_AFTER.test(after) || THRESHOLD_BEFORE.test(before) || UNIT_AFTER.test(after)) return;
    readings.push(value);
  };
  for (const m of body.matchAll(SPO2_CUE)) {
    const start = m.index + m[0].length;
    const window = body.slice(start, start + 48);
    // The first number after the cue, within the clause: "SpO2 : fluctuating rapidly(86)".
    const first = /^[^\d|\n]{0,32}?(\d{1,3})(?!\d)/.exec(window);
    if (!first) continue;
    let offset = first[0].length;
    read(Number(first[1]), window.slice(0, offset - (first[1] ?? '').length), window.slice(offset));
    // Several readings: "30,40", "78-85", "80 to 85", "82/88".
    for (let n = 0; n < 4; n++) {
      const rest = window.slice(offset);
      const more = /^\s?%?\s?(?:,|\/|-|to|and|&)\s?(\d{2,3})(?!\d)/.exec(rest) ?? LATER.exec(rest);
      if (!more) break;
      offset += more[0].length;
      read(Number(more[1]), '', window.slice(offset));
    }
  }
  if (body.includes('%')) {
    for (const re of [OXYGEN_PERCENT, PERCENT_BEFORE]) {
      for (const m of body.matchAll(re)) read(Number(m[1]), '', '');
    }
  }
  // "oxygen 80 hai", "ऑक्सीजन 85 है", "Oxygen 78.": a bare number right after the word, closing the phrase.
  for (const m of body.matchAll(OXYGEN_BARE)) {
    const value = Number(m[1]);
    if (value >= 40) read(value, '', body.slice(m.index + m[0].length));
  }
  // "92 on 5 litres, 85 without", "without support 85": the reading off oxygen, once a reading is being given.
  if (readings.length && body.includes('without')) {
    for (const re of [WITHOUT_AFTER, WITHOUT_BEFORE]) {
      for (const m of body.matchAll(re)) read(Number(m[1]), '', body.slice(m.index + m[0].length));
    }
  }
  return readings.length ? Math.min(...readings) : null;
}

/** Words before a number that make it a duration or a bound, not an age ("for 14 days", "above 45 years"). */
const NOT_AGE_BEFORE =
  /(?:\b(?:for|since|last|past|over|within|after|in|upto|up to|till|until|above|below|under|between|from|to|and|than|next|every)|से|तक|-|–|\+)\s*$/i;
const NOT_AGE_AFTER =
  /^\s*(?:ago|back|before|later|of\b(?!\s*age)|experience|service|\+|plus|and above|and over|or above|or more|or older|से|तक|के लोग|पहले|बाद)/i;
const STOP_BEFORE_IS = new Set([
  'level',
  'levels',
  'count',
  'saturation',
  'spo2',
  'oxygen',
  'o2',
  'rate',
  'pressure',
  'bp',
  'temperature',
  'temp',
  'fever',
  'price',
  'cost',
  'charge',
  'charges',
  'number',
  'no',
  'room',
  'bed',
  'ward',
  'sugar',
  'score',
  'ct',
  'it',
  'this',
  'that',
  'there',
  'which',
  'what',
  'time',
  'stock',
  'availability',
  'total',
  'amount',
  'deposit',
  'pin',
  'hrct',
  'pulse',
  'hb',
  'sat',
  'sats',
]);

/** A vital sign just before a number: the number is its reading, never an age ("SPO2-79, male 62"). */
const VITAL_BEFORE =
  /(?:\bsp\s?o2|\bsp02|\bo2|\bsats?|\bsaturation|\blevels?|\boxygen|\bbp|\bpulse|\bhrct|\bscore|\btemp|\bsugar|\bhb)\s?(?:is\s|was\s|of\s|at\s)?[:=\-–]?\s*$/i;

/** The words for age in Marathi, Bengali and Assamese, Punjabi, Gujarati and Tamil, before the number ("वय 60",
 * "বয়স 58", "ਉਮਰ 66", "ઉંમર 70", "வயது 65"), and the words for years after it ("58 বছর", "66 ਸਾਲ", "70 વર્ષ",
 * "65 வயது"); NFKC, as the text is. */
const n = (list: string[]) => list.map((w) => w.normalize('NFKC')).join('|');
const AGE_OTHER_SCRIPTS = new RegExp(
  String.raw`(?:(?<![\u0900-\u097f])वय|${n(['বয়স', 'ਉਮਰ', 'ઉંમર', 'வயது'])})[\u0980-\u0bff]{0,4}\s{0,3}[:=\-–]?\s{0,3}(\d{1,3})(?!\d)` +
    String.raw`|(?<![\d.,:/])(\d{1,3})\s?(?:${n(['বছর', 'বছৰ', 'ਸਾਲ', 'વર્ષ', 'வயது', 'வயதான'])})`,
  'gu',
);

const NAME_IS = /\b([A-Z][a-z]{2,}|[Hh]e|[Ss]he|[Pp]atient|who)\s(?:is|aged)\s(\d{1,3})(?![\d%])/g;
const NAME_IS_CASELESS = /\b([a-z]{3,}|he|she|who)\s(?:is|aged)\s(\d{1,3})(?![\d%])/gi;
const RELATION_BRACKET =
  '\\b(?:father|mother|dad|mom|papa|mummy|uncle|aunt|aunty|patient|couple|grandfather|grandmother|husband|wife|brother|sister|son|daughter|pitaji|mataji|male|female)|पिताजी|माताजी|पिता|माता';
const BRACKET_AGE = String.raw`\s?\((\d{1,2})(?:\)|\s?(?:&|and|,)\s?\d{1,2}\))`;
const NAME_BRACKET = new RegExp(`(?:\\b[A-Z][a-z]{2,}|${RELATION_BRACKET})${BRACKET_AGE}`, 'g');
// Without capitals only a relation is taken before the bracket: "icu (3), general (25)" counts beds.
const NAME_BRACKET_CASELESS = new RegExp(`(?:${RELATION_BRACKET})${BRACKET_AGE}`, 'gi');

interface AgeCandidate {
  at: number;
  value: number;
}

function plausible(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 110;
}

/** The age of the (first) patient, or null. `cased` keeps case ("45M"); `body` is lower-cased and folded. */
export function extractAge(cased: string, body: string): number | null {
  if (!/\d/.test(body)) return null;
  const found: AgeCandidate[] = [];
  const push = (at: number, raw: string | undefined, text: string, end: number, checkBefore = true) => {
    const value = Number(raw);
    if (!plausible(value)) return;
    const before = text.slice(Math.max(0, at - 14), at);
    if ((checkBefore && NOT_AGE_BEFORE.test(before)) || VITAL_BEFORE.test(before)) return;
    if (NOT_AGE_AFTER.test(text.slice(end, end + 16))) return;
    found.push({ at, value });
  };
  // "Age: 60", "AGE - 62", "aged 45", "age 45 yrs", "उम्र 45", "आयु - 45".
  for (const m of body.matchAll(
    /(?:\bage[ds]?\b|\bumar\b|\bumr\b|उम्र|उमर|आयु)\s{0,3}(?:(?:is|of|was|about|around)\s{1,3})?[:=\-–]?\s{0,3}(\d{1,3})(?!\d)/g,
  )) {
    const raw = m[1] ?? '';
    push(m.index + m[0].length - raw.length, raw, body, m.index + m[0].length, false);
  }
  // "70years", "78 year old", "45 yrs", "62-year-old", "45 y/o", "45 वर्ष", "45 साल", "45 saal".
  for (const m of body.matchAll(
    /(?<![\d.,:/])(\d{1,3})\s?-?\s?(?:years?|yrs?|yr|y\/o|y\.o\.?|yo|year-old|वर्ष|वर्षीय|साल|बरस|saal|sal)(?![a-z])(\s?-?old|\s(?:man|woman|male|female|patient|lady|gentleman|boy|girl|child|person|uncle|aunty|aunt|mother|father|mom|dad|grandmother|grandfather|wife|husband)\b)?/g,
  )) {
    // "for 45 yr old male", "for a 65 yo man" is an age whatever stands before it.
    push(m.index, m[1], body, m.index + m[0].length, m[2] === undefined);
  }
  if (/[\u0900-\u0bff]/.test(body)) {
    for (const m of body.matchAll(AGE_OTHER_SCRIPTS)) {
      const raw = m[1] ?? m[2] ?? '';
      const at = m[1] ? m.index + m[0].length - raw.length : m.index;
      push(at, raw, body, m.index + m[0].length, false);
    }
  }
  // "45M", "45/F", "M/45", "Male 70", "female, 45".
  for (const m of cased.matchAll(
    /(?<![\p{L}\p{N}.,:/])(\d{1,3})(?:\s?\/?\s?(?:M|F)|\s?\/\s?(?:m|f))(?![\p{L}\p{N}])/gu,
  )) {
    push(m.index, m[1], cased, m.index + m[0].length, false);
  }
  // "My grandfather, 80, covid positive", "mother (72)".
  for (const m of body.matchAll(
    /\b(?:father|mother|dad|mom|papa|mummy|uncle|aunt|aunty|patient|grandfather|grandmother|grandpa|grandma|husband|wife|brother|sister|son|daughter|in-law|friend)\s?[,(]\s?(\d{1,3})\s?(?:[,)]|yrs?\b|years?\b)/g,
  )) {
    const raw = m[1] ?? '';
    push(m.index + m[0].indexOf(raw, m[0].length - raw.length - 6), raw, body, m.index + m[0].length, false);
  }
  // Upper case as written ("MALE 62", "F/54"); a lower-case letter only with its slash ("f/54", "m/62").
  for (const m of cased.matchAll(
    /(?<![\p{L}])(?:M|F|[Mm]ale|[Ff]emale|MALE|FEMALE|[mf](?=\s?\/))\s?[,/:\-–]?\s?(\d{1,3})(?![\p{N}%])/gu,
  )) {
    const raw = m[1] ?? '';
    push(m.index + m[0].length - raw.length, raw, cased, m.index + m[0].length, false);
  }
  for (const m of cased.matchAll(/(\d{1,3})\s?[,/\-–]?\s?(?:[Mm]ale|[Ff]emale|MALE|FEMALE)\b/g)) {
    push(m.index, m[1], cased, m.index + m[0].length, false);
  }
  if (found.length === 0) {
    // A message all in capitals or all in lower case has no capital to tell a name by: any word stands for one.
    const caseless = !/[a-z]/.test(cased) || !/[A-Z]/.test(cased);
    // "Susheelamma is 75", "she is 62": a name or pronoun, "is", a number that is not a reading.
    for (const m of cased.matchAll(caseless ? NAME_IS_CASELESS : NAME_IS)) {
      const word = (m[1] ?? '').toLowerCase();
      if (STOP_BEFORE_IS.has(word)) continue;
      const raw = m[2] ?? '';
      push(m.index + m[0].length - raw.length, raw, cased, m.index + m[0].length);
    }
    // "Phani Vurimi (36)", "elderly couple (78 & 74)": a name or a relation, then the age in brackets.
    for (const m of cased.matchAll(caseless ? NAME_BRACKET_CASELESS : NAME_BRACKET)) {
      const word = m[0].slice(0, m[0].indexOf('(')).trim().toLowerCase();
      if (STOP_BEFORE_IS.has(word) || /^(beds?|units?|cylinders?|available|icu|oxygen)$/.test(word)) continue;
      push(m.index, m[1], cased, m.index + m[0].length, false);
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.at - b.at);
  return (found[0] as AgeCandidate).value;
}
