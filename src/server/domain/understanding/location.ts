// Where the help is needed or offered: city, district, state and PIN code. Place names are looked up in the
// gazetteer in the running text (English and Hindi, longest name first), in hashtags (#SOSBangalore,
// #covidchennai), in handles (@DC_Ranchi) and in localities (Andheri → Mumbai); a written PIN code gives the
// district. Each mention is weighed (a "Location:" field or "in X" counts more than a handle), names that
// are also ordinary words need a location cue, and the city with the most weight wins.
import { gazetteer, type GazetteerEntry, type GazetteerPlace } from './gazetteer.js';
import { foldKey, type PreparedText } from './normalize.js';

export interface UnderstoodLocation {
  city: string | null;
  district: string | null;
  state: string | null;
  pincode: string | null;
}

type Source = 'text' | 'hashtag' | 'inside' | 'mention' | 'pincode';

interface Evidence {
  entries: GazetteerEntry[];
  source: Source;
  /** A tag of the cloud that ends the message (the writer's usual tags), not one inside the text. */
  trailing?: boolean;
  /** Order of appearance (offset in the text; hashtags and handles after it). */
  order: number;
  /** Bonus for a location cue around the mention. */
  cue: number;
  /** Field cue ("Location:", 📍): the writer says where. */
  isField: boolean;
  /** First and last token of a text mention, to find lists of cities. */
  first: number;
  last: number;
  /** District code given by a PIN code. */
  pinDistrict?: string;
  /** The dateline of a report: where it was filed, never where help is needed on its own. */
  dateline?: boolean;
}

interface Candidate {
  city: string | null;
  district: string | null;
  state: string;
  /** Weight of evidence for this reading of the mention (population of the city, more or less). */
  prominence: number;
  /** True when the district comes from something narrower than the city (locality, PIN, district name). */
  specificDistrict: boolean;
}

const WEIGHT: Record<Source, number> = { text: 3, hashtag: 2.5, inside: 2, mention: 0.75, pincode: 3 };
/** Tags of the closing cloud weigh less: a place written inside the text ("in #Nalgonda") outweighs the writer's usual
 * tags (#Hyderabad #CovidHelpHyderabad) repeated under every lead. */
const TRAILING = 0.6;
const FIELD_WORDS = new Set(['location', 'loc', 'address', 'addr', 'city', 'area', 'place', 'venue', 'पता', 'स्थान']);
const PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'around', 'nr', 'frm', 'within']);
const PREPOSITION_BEFORE = new RegExp(`\\b(?:${[...PREPOSITIONS].join('|')})\\s+$`, 'i');
/** "Indore division's Barwani district", "लखनऊ मंडल के सीतापुर में": a division is named after its seat, and the
 * place meant is the narrower one named beside it. */
const DIVISION_WORDS = new Set(['division', 'divison', 'mandal', 'sambhag', 'संभाग', 'मंडल', 'मण्डल', 'range', 'zone']);
const AFTER_CUES = new Set([
  'district',
  'dist',
  'distt',
  'city',
  'based',
  'जिला',
  'जिले',
  'जनपद',
  'शहर',
  'जिल्हा',
  'नगर',
]);
/** Short forms of big cities as written on social media, often in lower case ("from hyd", "in blr"): taken with
 * a location cue whatever their case. */
const SHORT_FORMS = new Set(['hyd', 'blr', 'lko', 'gzb', 'tvm', 'cbe', 'bbsr', 'chd', 'ldh', 'vizag', 'ggn', 'bglr']);
const LIST_JOINERS = /^[\s,/&|+-]*(?:and)?[\s,/&|+-]*$/i;

interface Token {
  key: string;
  raw: string;
  start: number;
  end: number;
  /** Separator before the token, as written. */
  sep: string;
  /** A place with Marathi's "in" joined to it ("मुंबईत", "पुण्यात", "नाशिकमध्ये"): `key` is the place's. */
  locative?: true;
}

/** Marathi writes "in" onto the name: मुंबईत, नागपुरात, पुण्यात (पुणे), नाशिकमध्ये. Tried only on a word that is not
 * itself a name, and kept only when what is left is one. */
const LOCATIVE_SUFFIXES: ReadonlyArray<[RegExp, string]> = [
  [/मध्ये$/, ''],
  [/्यात$/, 'े'],
  [/ात$/, ''],
  [/त$/, ''],
];

function placeBeforeSuffix(raw: string): string | null {
  for (const [suffix, ending] of LOCATIVE_SUFFIXES) {
    if (!suffix.test(raw)) continue;
    const stem = raw.replace(suffix, ending);
    // A short stem is a word's, not a place's ("मौत", death, is not मऊ with "in").
    if (stem.length < 4) continue;
    const key = foldKey(stem);
    if (gazetteer.index.has(key)) return key;
  }
  return null;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(/[A-Za-z\u00c0-\u024f]+|[\u0900-\u0963\u0966-\u097f]+|\d+/g)) {
    const key = foldKey(m[0]);
    const place = /^[\u0900-\u097f]/.test(m[0]) && !gazetteer.longestFrom.has(key) ? placeBeforeSuffix(m[0]) : null;
    tokens.push({
      key: place ?? key,
      raw: m[0],
      start: m.index,
      end: m.index + m[0].length,
      sep: text.slice(last, m.index),
      ...(place ? { locative: true as const } : {}),
    });
    last = m.index + m[0].length;
  }
  return tokens;
}

function placeProminence(place: GazetteerPlace): number {
  return place.population * (place.seat ? 5 : 1);
}

function cityPlace(name: string, state: string): GazetteerPlace | undefined {
  const list = gazetteer.placesByName.get(name) ?? [];
  return list.find((p) => p.state === state) ?? list[0];
}

function candidateOf(entry: GazetteerEntry): Candidate {
  const ref = entry.ref;
  switch (ref.kind) {
    case 'state':
      return { city: null, district: null, state: ref.state.code, prominence: 1, specificDistrict: false };
    case 'district': {
      const city = ref.district.city;
      const place = city ? cityPlace(city, ref.district.state) : undefined;
      return {
        city,
        district: ref.district.code,
        state: ref.district.state,
        prominence: place ? placeProminence(place) : 10_000,
        specificDistrict: true,
      };
    }
    case 'place': {
      const p = ref.place;
      const city = p.partOf ?? p.name;
      const main = p.partOf ? cityPlace(p.partOf, p.state) : p;
      return {
        city,
        district: p.district,
        state: p.state,
        prominence: main ? placeProminence(main) : placeProminence(p),
        specificDistrict: p.partOf !== null && p.district !== null,
      };
    }
    case 'locality': {
      const l = ref.locality;
      const main = cityPlace(l.city, l.state);
      return {
        city: l.city,
        district: l.district,
        state: l.state,
        prominence: (main ? placeProminence(main) : 1) * 0.9,
        specificDistrict: l.district !== null,
      };
    }
  }
}

const keyOf = (c: Candidate) => (c.city ? `${c.city}|${c.state}` : `|${c.state}`);

/** Entries of a text mention that may be taken: ambiguous names only with a cue. */
function acceptable(entries: GazetteerEntry[], ok: boolean): GazetteerEntry[] {
  return ok ? entries : entries.filter((e) => !e.ambiguous);
}

const DATELINE_AFTER =
  /^\s*(?:,\s*(?:\w+\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s?\d|[,:]?\s*\(\s*(?:pti|ani|ians|reuters|upi|afp|ht|toi)\s*\))/i;

/** A news dateline ("NEW DELHI, May 5 (PTI):", "Mumbai (ANI)") says where the report was filed, not where
 * help is needed: it counts for little. */
function isDateline(text: string, start: number, end: number): boolean {
  if (text.slice(0, start).trim() !== '') return false;
  return DATELINE_AFTER.test(text.slice(end, end + 24));
}

/** "Kanpur me", "कानपुर में": in, after the name (Hindi and Hinglish). */
const POSTPOSITIONS = new Set(['me', 'mein', 'mai', 'main', 'में']);
/** "Apollo Hospital, Chennai": the place of the hospital is where the patient is. */
const HOSPITAL_WORDS = new Set(['hospital', 'hospitals', 'clinic', 'home', 'aiims', 'अस्पताल', 'हॉस्पिटल']);
const FROM_AFTER = new Set(['hoon', 'hun', 'hu', 'hoo', 'हूं', 'हूँ', 'हू']);

/** "Ghaziabad ya Noida mein": the postposition closes a list of places, not the last one alone. */
function inList(prev: Token | undefined, first: Token): boolean {
  return /[,/&|]/.test(first.sep) || (prev !== undefined && LIST_WORDS.has(prev.key));
}
const LIST_WORDS = new Set(['ya', 'or', 'aur', 'and', 'या', 'और', 'va', 'व']);

const CONTRAST_WORDS = new Set(['but', 'while', 'whereas', 'though', 'although', 'lekin', 'par', 'लेकिन', 'पर']);

/** Where the writer is from ("I am from Mumbai", "Lucknow se hoon"), not where the help is needed. */
function writerIsFrom(tokens: Token[], first: number, last: number): boolean {
  const p1 = tokens[first - 1]?.key;
  const p2 = tokens[first - 2]?.key;
  const p3 = tokens[first - 3]?.key;
  if (p1 === 'from' && (p2 === 'im' || p2 === 'hails' || ((p2 === 'am' || p2 === 'm') && p3 === 'i'))) return true;
  if (p1 === 'from' && p2 === 'are' && p3 === 'we') return true;
  const n1 = tokens[last + 1]?.key;
  const n2 = tokens[last + 2]?.key;
  // "I am in Lucknow but my father is in Gorakhpur": where the writer is, set against where the patient is (without
  // the "but", "I am in Lucknow and need a bed" is where the help is needed).
  const writerIn =
    p1 === 'in' &&
    (p2 === 'im' ||
      ((p2 === 'am' || p2 === 'm' || p2 === 'live' || p2 === 'stay') && p3 === 'i') ||
      (p2 === 'are' && p3 === 'we'));
  if (writerIn && n1 !== undefined && CONTRAST_WORDS.has(n1)) return true;
  return (n1 === 'se' || n1 === 'से') && n2 !== undefined && FROM_AFTER.has(n2);
}

function findInText(prepared: PreparedText, tokens: Token[], evidence: Evidence[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    const longest = gazetteer.longestFrom.get(first.key);
    if (!longest) continue;
    for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
      // A name does not run across punctuation ("Delhi, Noida" is two names).
      let joined = first.key;
      let broken = false;
      for (let k = i + 1; k < i + n; k++) {
        const t = tokens[k] as Token;
        if (!/^[\s-]{1,2}$/.test(t.sep)) {
          broken = true;
          break;
        }
        joined += ` ${t.key}`;
      }
      if (broken) continue;
      const entries = gazetteer.index.get(joined);
      if (!entries) continue;
      const prev = tokens[i - 1];
      const next = tokens[i + n];
      const before = prepared.cased.slice(Math.max(0, first.start - 6), first.start);
      const isField =
        before.includes('📍') || (prev !== undefined && FIELD_WORDS.has(prev.key) && /[:\-–=]/.test(first.sep));
      const hasPreposition = prev !== undefined && PREPOSITIONS.has(prev.key) && /^\s+$/.test(first.sep);
      const nextIsCue = next !== undefined && AFTER_CUES.has(next.key);
      const nextIsState =
        next !== undefined && (gazetteer.index.get(next.key) ?? []).some((e) => e.ref.kind === 'state');
      const isLatin = /^[A-Za-z]/.test(first.raw);
      const capitalised = !isLatin || /^[A-Z]/.test(first.raw) || SHORT_FORMS.has(joined);
      // "AIIMS Rishikesh", "Civil Hospital, Gonda": a place named after a hospital is where the hospital is.
      const afterHospital = prev !== undefined && HOSPITAL_WORDS.has(prev.key) && /^,?\s+$/.test(first.sep);
      const locative = n === 1 && first.locative === true;
      const cued = isField || nextIsCue || nextIsState || locative || (isLatin && (hasPreposition || afterHospital));
      const taken = acceptable(entries, cued && capitalised);
      if (taken.length) {
        const last = tokens[i + n - 1] as Token;
        const dateline = isDateline(prepared.cased, first.start, last.end);
        evidence.push({
          entries: taken,
          source: 'text',
          order: first.start,
          dateline,
          cue: dateline
            ? -2.5
            : isField
              ? 4
              : writerIsFrom(tokens, i, i + n - 1) || (next !== undefined && DIVISION_WORDS.has(next.key))
                ? -2
                : hasPreposition ||
                    locative ||
                    (next?.key === 'based' && isLatin) ||
                    (next !== undefined && POSTPOSITIONS.has(next.key) && !inList(prev, first)) ||
                    afterHospital
                  ? 1.5
                  : 0,
          isField,
          first: i,
          last: i + n - 1,
        });
      }
      i += n - 1;
      break;
    }
  }
}

function findInside(flat: string, source: 'inside' | 'mention', order: number, evidence: Evidence[]): void {
  let best: { key: string; entries: GazetteerEntry[] } | undefined;
  for (let i = 0; i + 5 <= flat.length; i++) {
    for (const item of gazetteer.inside.get(flat.slice(i, i + 3)) ?? []) {
      if (flat.startsWith(item.key, i) && (!best || item.key.length > best.key.length)) best = item;
    }
  }
  if (best) evidence.push({ entries: best.entries, source, order, cue: 0, isField: false, first: -1, last: -1 });
}

function findInHashtags(prepared: PreparedText, evidence: Evidence[]): void {
  const offset = prepared.clean.length;
  prepared.hashtags.forEach((tag, h) => {
    const order = offset + h;
    const words = tag.words.filter((w) => /^[\u0900-\u0963\u0966-\u097fa-z]+$/.test(w));
    let found = false;
    for (let i = 0; i < words.length; i++) {
      const longest = gazetteer.longestFrom.get(words[i] ?? '');
      if (!longest) continue;
      for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
        const key = words.slice(i, i + n).join(' ');
        const entries = gazetteer.index.get(key);
        if (!entries) continue;
        // "#Gaya" alone is the place; inside "#GayaKya" it is a word.
        const taken = acceptable(entries, n === words.length);
        if (taken.length) {
          evidence.push({
            entries: taken,
            source: 'hashtag',
            order,
            isField: false,
            first: -1,
            last: -1,
            trailing: tag.trailing,
            // "beds available in #Nalgonda": a tag in the sentence after a preposition is the place, as in the text.
            cue:
              !tag.trailing && PREPOSITION_BEFORE.test(prepared.cased.slice(Math.max(0, tag.at - 12), tag.at))
                ? 1.5
                : 0,
          });
          found = true;
        }
        i += n - 1;
        break;
      }
    }
    if (!found && /^[a-z]+$/.test(tag.flat)) findInside(tag.flat, 'inside', order, evidence);
  });
}

/** Big cities as written in the other scripts the engine reads (Bengali, Assamese, Tamil, Gujarati, Punjabi),
 * matched at the start of a word (they take case endings: কলকাতার, சென்னையில்), with their gazetteer name. */
const OTHER_SCRIPT_CITIES = (
  [
    ['কলকাতা', 'Kolkata'],
    ['হাওড়া', 'Howrah'],
    ['শিলিগুড়ি', 'Siliguri'],
    ['দুর্গাপুর', 'Durgapur'],
    ['আসানসোল', 'Asansol'],
    ['গুৱাহাটী', 'Guwahati'],
    ['গুয়াহাটি', 'Guwahati'],
    ['ডিব্ৰুগড়', 'Dibrugarh'],
    ['শিলচৰ', 'Silchar'],
    ['শিলচর', 'Silchar'],
    ['যোৰহাট', 'Jorhat'],
    ['சென்னை', 'Chennai'],
    ['கோயம்புத்தூர்', 'Coimbatore'],
    ['கோவை', 'Coimbatore'],
    ['மதுரை', 'Madurai'],
    ['சேலம்', 'Salem'],
    ['திருச்சி', 'Tiruchirappalli'],
    ['பெங்களூ', 'Bengaluru'],
    ['અમદાવાદ', 'Ahmedabad'],
    ['સુરત', 'Surat'],
    ['વડોદરા', 'Vadodara'],
    ['રાજકોટ', 'Rajkot'],
    ['ગાંધીનગર', 'Gandhinagar'],
    ['ਅੰਮ੍ਰਿਤਸਰ', 'Amritsar'],
    ['ਲੁਧਿਆਣ', 'Ludhiana'],
    ['ਜਲੰਧਰ', 'Jalandhar'],
    ['ਪਟਿਆਲ', 'Patiala'],
    ['ਚੰਡੀਗੜ੍ਹ', 'Chandigarh'],
    ['ਮੋਹਾਲੀ', 'Mohali'],
    // The metros, and more towns of each script's own states.
    ['দিল্লি', 'Delhi'],
    ['দিল্লী', 'Delhi'],
    ['মুম্বাই', 'Mumbai'],
    ['মুম্বই', 'Mumbai'],
    ['চেন্নাই', 'Chennai'],
    ['বেঙ্গালুরু', 'Bengaluru'],
    ['হায়দরাবাদ', 'Hyderabad'],
    ['পাটনা', 'Patna'],
    ['আগরতলা', 'Agartala'],
    ['শিলং', 'Shillong'],
    ['বর্ধমান', 'Bardhaman'],
    ['তেজপুৰ', 'Tezpur'],
    ['নগাঁও', 'Nagaon'],
    ['டெல்லி', 'Delhi'],
    ['தில்லி', 'Delhi'],
    ['மும்பை', 'Mumbai'],
    ['ஹைதராபாத்', 'Hyderabad'],
    ['கொல்கத்தா', 'Kolkata'],
    ['திருப்பூர்', 'Tiruppur'],
    ['ஈரோடு', 'Erode'],
    ['வேலூர்', 'Vellore'],
    ['திருநெல்வேலி', 'Tirunelveli'],
    ['புதுச்சேரி', 'Puducherry'],
    ['தஞ்சாவூர்', 'Thanjavur'],
    ['காஞ்சிபுரம்', 'Kanchipuram'],
    ['દિલ્હી', 'Delhi'],
    ['મુંબઈ', 'Mumbai'],
    ['ભાવનગર', 'Bhavnagar'],
    ['જામનગર', 'Jamnagar'],
    ['જૂનાગઢ', 'Junagadh'],
    ['ਦਿੱਲੀ', 'Delhi'],
    ['ਮੁੰਬਈ', 'Mumbai'],
    ['ਬਠਿੰਡਾ', 'Bathinda'],
    ['ਪਠਾਨਕੋਟ', 'Pathankot'],
  ] satisfies Array<[string, string]>
).map(([name, city]): [string, string] => [name.normalize('NFKC'), city]);
const OTHER_SCRIPT_WORD = /[\u0980-\u0bff]+/g;

/** Cities named in the other scripts: read like a place in a one-word hashtag (a name, no cue). */
function findInOtherScripts(prepared: PreparedText, evidence: Evidence[]): void {
  if (!/[\u0980-\u0bff]/.test(prepared.cased)) return;
  for (const m of prepared.cased.matchAll(OTHER_SCRIPT_WORD)) {
    const hit = OTHER_SCRIPT_CITIES.find(([name]) => m[0].startsWith(name));
    const entries = hit ? gazetteer.index.get(foldKey(hit[1])) : undefined;
    if (entries?.length) {
      evidence.push({ entries, source: 'inside', order: m.index, cue: 1, isField: false, first: -1, last: -1 });
    }
  }
}

const PIN = /(?<![\d+])([1-9]\d{2})\s?(\d{3})(?![\d])/g;
const PIN_CUE = /(?:pin|pincode|pin code|postal code|zip|पिन|पिनकोड)\s*(?:code|no\.?|number)?\s*[:\-–#]?\s*$/i;
const MONEY_BEFORE = /(?:₹|rs\.?|inr|rupees?)\s*$/i;
const MONEY_AFTER = /^\s*(?:\/-|rs|rupees|lakh|lac|crore|k\b)/i;

function findPincode(clean: string): { pincode: string; district: string | undefined } | null {
  for (const m of clean.matchAll(PIN)) {
    const pin = `${m[1]}${m[2]}`;
    const before = clean.slice(Math.max(0, m.index - 16), m.index);
    const after = clean.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(after)) continue;
    // Part of a longer number written in groups (a phone): not a PIN.
    if (/\d[\s-]?$/.test(before) || /^[\s-]?\d/.test(after)) continue;
    const district = gazetteer.pincodes.get(pin);
    if (district || PIN_CUE.test(before)) return { pincode: pin, district };
  }
  return null;
}

/** Lists of cities in the text ("Delhi Mumbai Lucknow Pune", "leads for Delhi, Noida, Gurgaon …") name a
 * service area, not the place of the need: four or more in a row, without a field cue, are set aside. */
function dropCityLists(evidence: Evidence[], tokens: Token[], text: string): Evidence[] {
  const inText = evidence.filter((e) => e.source === 'text').sort((a, b) => a.first - b.first);
  const dropped = new Set<Evidence>();
  let run: Evidence[] = [];
  const close = () => {
    if (run.length >= 4 && !run.some((e) => e.isField)) for (const e of run) dropped.add(e);
    run = [];
  };
  for (const e of inText) {
    const prev = run[run.length - 1];
    if (prev && !LIST_JOINERS.test(text.slice(tokens[prev.last]?.end ?? 0, tokens[e.first]?.start ?? 0))) close();
    run.push(e);
  }
  close();
  return evidence.filter((e) => !dropped.has(e));
}

export interface LocationOptions {
  /** Read place names inside @handles too (@DC_Ranchi, @IndoreCollector): people asking for help tag the
   * officials of their district; leads and news tag media and organisations. */
  useHandles: boolean;
}

const RETWEETED = /\b(?:rt|via)\s?:?\s?@(\w{1,50})/gi;

export function extractLocation(prepared: PreparedText, options: LocationOptions): UnderstoodLocation {
  return locate(prepared, options).location;
}

export interface LocationReading {
  location: UnderstoodLocation;
  /** 0–1: a place named in the text with a cue is sure; one read inside a handle, or beside a rival, is not. */
  confidence: number;
  /** Where the place was read: "field", "text", "hashtag", "inside" (a one-word tag), "mention", "pincode". */
  because: string[];
}

/** How sure a place is from the weight of its evidence and that of the best rival city. */
function placeConfidence(score: number, rival: number): number {
  let c = Math.min(0.97, 0.35 + 0.15 * score);
  if (rival > 0) c -= 0.3 * Math.max(0, 1 - (score - rival) / 3);
  return Math.round(Math.max(0.1, c) * 100) / 100;
}

const RESOURCE_ACCOUNT = /oxygen|o2|beds?|icu|plasma|blood|donor|ventilator|cylinder|remdesivir|leads|resources/;

export function locate(prepared: PreparedText, options: LocationOptions): LocationReading {
  const evidence: Evidence[] = [];
  const tokens = tokenize(prepared.cased);
  findInText(prepared, tokens, evidence);
  findInHashtags(prepared, evidence);
  findInOtherScripts(prepared, evidence);
  if (options.useHandles) {
    // The account retweeted ("RT @DelhiCovidHelp:") is who passed the plea on, not where it is from.
    const retweeted = new Set([...prepared.clean.matchAll(RETWEETED)].map((m) => (m[1] ?? '').toLowerCase()));
    prepared.mentions.forEach((m, i) => {
      // An account named for what it finds (@ICUbedsMumbai, @OxygenLeadsDelhi, @PlasmaDonorsPune) is tagged to spread
      // a plea wherever the patient is: its city is the account's, not the patient's.
      if (retweeted.has(m) || RESOURCE_ACCOUNT.test(m)) return;
      findInside(m.replace(/[^a-z]/g, ''), 'mention', prepared.clean.length * 2 + i, evidence);
    });
  }
  const pin = findPincode(prepared.clean);
  if (pin?.district) {
    const district = gazetteer.districts.get(pin.district);
    if (district) {
      evidence.push({
        entries: [{ ref: { kind: 'district', district }, ambiguous: false }],
        source: 'pincode',
        order: Number.MAX_SAFE_INTEGER,
        cue: 0,
        isField: true,
        first: -1,
        last: -1,
        pinDistrict: pin.district,
      });
    }
  }

  const kept = dropCityLists(evidence, tokens, prepared.cased);

  // States named anywhere decide between places of the same name (Aurangabad, Bihar).
  // ("Delhi" is a city and a state: it names no state beside itself.)
  const statesNamed = new Set<string>();
  for (const e of kept) {
    if (e.entries.every((entry) => entry.ref.kind === 'state')) {
      for (const entry of e.entries) if (entry.ref.kind === 'state') statesNamed.add(entry.ref.state.code);
    }
  }

  const scores = new Map<
    string,
    { candidate: Candidate; score: number; order: number; specific?: Candidate; sources: Set<string> }
  >();
  let firstCity = Number.POSITIVE_INFINITY;
  for (const e of kept) {
    // One reading per mention: in a state named elsewhere, else the most prominent.
    let best: Candidate | undefined;
    for (const entry of e.entries) {
      const c = candidateOf(entry);
      const rank = (statesNamed.has(c.state) && c.city ? 1e12 : 0) + c.prominence;
      const bestRank = best ? (statesNamed.has(best.state) && best.city ? 1e12 : 0) + best.prominence : -1;
      if (rank > bestRank) best = c;
    }
    if (!best) continue;
    const key = keyOf(best);
    const weight =
      WEIGHT[e.source] * (e.entries[0]?.ref.kind === 'locality' ? 0.6 : 1) * (e.trailing ? TRAILING : 1) + e.cue;
    const slot = scores.get(key) ?? { candidate: best, score: 0, order: e.order, sources: new Set<string>() };
    slot.score += weight;
    slot.sources.add(e.isField ? 'field' : e.dateline ? 'dateline' : e.cue < 0 ? 'elsewhere' : e.source);
    slot.order = Math.min(slot.order, e.order);
    if (best.specificDistrict && (!slot.specific || e.source === 'pincode')) slot.specific = best;
    scores.set(key, slot);
    if (best.city && e.source !== 'mention') firstCity = Math.min(firstCity, e.order);
  }
  for (const slot of scores.values()) {
    if (slot.candidate.city && statesNamed.has(slot.candidate.state)) slot.score += 1.5;
    if (slot.candidate.city && slot.order === firstCity) slot.score += 0.5;
  }

  // A place named only in a dateline is where the report was filed: it is no place of the message.
  const ranked = [...scores.values()]
    .filter((s) => !(s.sources.size === 1 && s.sources.has('dateline')))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const top = ranked.find((s) => s.candidate.city) ?? ranked[0];
  const stateOnly = ranked.find((s) => !s.candidate.city);
  const result: UnderstoodLocation = { city: null, district: null, state: null, pincode: pin?.pincode ?? null };
  if (!top) return { location: result, confidence: pin ? 0.6 : 1, because: pin ? ['pincode'] : [] };
  // A state named more strongly than any city (a state-wide lead) stays a state; a city of that very state named
  // in the running text ("Guwahati, after Assam went into curfew") is the narrower reading of the same place.
  const cityOfState =
    top.candidate.city !== null &&
    top.candidate.state === stateOnly?.candidate.state &&
    (top.sources.has('text') || top.sources.has('field'));
  const winner = stateOnly && stateOnly.score > top.score + 1 && !cityOfState ? stateOnly : top;
  const chosen = winner.specific ?? winner.candidate;
  result.city = winner.candidate.city;
  result.state = gazetteer.states.get(winner.candidate.state)?.name ?? null;
  const districtCode = chosen.district ?? winner.candidate.district;
  result.district = districtCode ? (gazetteer.districts.get(districtCode)?.name ?? null) : null;
  const rival = ranked.find((r) => r !== winner && r.candidate.city && r.candidate.city !== winner.candidate.city);
  return {
    location: result,
    confidence: placeConfidence(winner.score, rival?.score ?? 0),
    because: [...winner.sources],
  };
}
