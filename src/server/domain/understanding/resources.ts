import { understoodResourceCodes } from '../../../shared/contracts/understanding.js';
// What a plea needs or offers, as resource codes. Words are read in context: "oxygen" next to "bed" is an
// oxygen bed, next to "level" a reading, next to "plant" news; "blood" before "group" is not a need;
// "cylinder refilling" is a refill; "without oxygen" is not oxygen.
import type { ResourceCode } from '../../../shared/enums.js';
import { foldDevanagari, isAccountTag, type Hashtag } from './normalize.js';

export type UnderstoodResource = Exclude<ResourceCode, 'other'>;

type Category =
  | 'oxy'
  | 'bed'
  | 'icu'
  | 'vent'
  | 'cyl'
  | 'conc'
  | 'refill'
  | 'plasma'
  | 'platelet'
  | 'blood'
  | 'amb'
  | 'food'
  | 'test'
  | 'doctor'
  | 'carer'
  | 'med'
  | 'hospital'
  | 'admission'
  | 'centre';

const LEXICON: Record<Category, string[]> = {
  oxy: [
    'oxygen',
    'oxigen',
    'oxygan',
    'oxyzen',
    'oxgen',
    'oxyegn',
    'o2',
    'oxy',
    'ऑक्सीजन',
    'ऑक्सिजन',
    'आक्सीजन',
    'आक्सिजन',
    'ओक्सीजन',
    'ऑक्सीज़न',
    'प्राणवायु',
    // Bengali and Assamese, Tamil, Gujarati, Gurmukhi (Punjabi)
    'অক্সিজেন',
    'অক্সিজেনের',
    'ஆக்ஸிஜன்',
    'ஆக்சிஜன்',
    'ઓક્સિજન',
    'ਆਕਸੀਜਨ',
    'ਆਕਸੀਜਨ',
  ],
  bed: [
    'bed',
    'beds',
    'बेड',
    'बेड्स',
    'बिस्तर',
    'बिस्तरों',
    'पलंग',
    'বেড',
    'শয্যা',
    'বিচনা',
    'படுக்கை',
    'படுக்கைகள்',
    'படுக்கைகளும்',
    'બેડ',
    'પથારી',
    'ਬੈੱਡ',
    'ਬੈਡ',
    'ਬਿਸਤਰੇ',
  ],
  icu: ['icu', 'icus', 'hdu', 'micu', 'aiicu', 'nicu', 'picu', 'आईसीयू', 'आयसीयू', 'আইসিইউ', 'ஐசியு', 'આઈસીયુ', 'ਆਈਸੀਯੂ'],
  vent: [
    'ventilator',
    'ventilators',
    'ventilater',
    'vantilator',
    'ventilation',
    'bipap',
    'cpap',
    'niv',
    'वेंटिलेटर',
    'वेन्टिलेटर',
    'वेंटीलेटर',
    'वेन्टीलेटर',
    'वेंटिलेटरों',
    'ভেন্টিলেটর',
    'வென்டிலேட்டர்',
    'વેન્ટિલેટર',
    'ਵੈਂਟੀਲੇਟਰ',
  ],
  cyl: [
    'cylinder',
    'cylinders',
    'cylender',
    'cylenders',
    'cyllinder',
    'silinder',
    'cyl',
    'सिलेंडर',
    'सिलिंडर',
    'सिलेन्डर',
    'सिलेंडरों',
    'সিলিন্ডার',
    'சிலிண்டர்',
    'સિલિન્ડર',
    'ਸਿਲੰਡਰ',
  ],
  conc: [
    'concentrator',
    'concentrators',
    'concentrater',
    'concentraters',
    'consentrator',
    'कंसंट्रेटर',
    'कॉन्सेंट्रेटर',
    'कंसेंट्रेटर',
  ],
  refill: [
    'refill',
    'refills',
    'refilling',
    'refilled',
    'refil',
    'refiling',
    'refiller',
    'refillers',
    'रिफिल',
    'रिफिलिंग',
  ],
  plasma: [
    'plasma',
    'plazma',
    'convalescent',
    'प्लाज्मा',
    'प्लाज़्मा',
    'प्लास्मा',
    'प्लाझ्मा',
    'প্লাজমা',
    'প্লাজমার',
    'பிளாஸ்மா',
    'પ્લાઝ્મા',
    'ਪਲਾਜ਼ਮਾ',
    'ਪਲਾਜਮਾ',
  ],
  platelet: ['platelet', 'platelets', 'sdp', 'प्लेटलेट', 'प्लेटलेट्स'],
  blood: ['blood', 'खून', 'रक्त', 'ब्लड', 'রক্ত', 'ৰক্ত', 'இரத்தம்', 'ரத்தம்', 'લોહી', 'રક્ત', 'ਖੂਨ', 'ਖ਼ੂਨ'],
  amb: [
    'ambulance',
    'ambulances',
    'ambulence',
    'ambulace',
    'एम्बुलेंस',
    'एंबुलेंस',
    'एम्बुलेन्स',
    'অ্যাম্বুলেন্স',
    'ஆம்புலன்ஸ்',
    'એમ્બ્યુલન્સ',
    'ਐਂਬੂਲੈਂਸ',
  ],
  food: ['food', 'meal', 'meals', 'tiffin', 'tiffins', 'khana', 'khaana', 'खाना', 'भोजन', 'टिफिन'],
  test: ['rtpcr', 'antigen', 'hrct', 'ctscan', 'जांच', 'जाँच'],
  doctor: ['doctor', 'doctors', 'physician', 'pulmonologist', 'डॉक्टर', 'डाक्टर', 'चिकित्सक'],
  carer: [
    'nurse',
    'nurses',
    'nursing',
    'caretaker',
    'caretakers',
    'consultation',
    'consultations',
    'teleconsultation',
    'teleconsult',
    'teleconsultations',
    'नर्स',
  ],
  med: [
    'injection',
    'injections',
    'inj',
    'medicine',
    'medicines',
    'medication',
    'medications',
    'meds',
    'drug',
    'drugs',
    'tablet',
    'tablets',
    'vial',
    'vials',
    'दवा',
    'दवाई',
    'दवाइयां',
    'दवाईयां',
    'दवाओं',
    'इंजेक्शन',
    'इंजेक्सन',
  ],
  hospital: ['hospital', 'hospitals', 'hospitalisation', 'hospitalization', 'अस्पताल', 'हॉस्पिटल', 'हास्पिटल'],
  admission: ['admission', 'admissions'],
  centre: ['centre', 'center', 'centres', 'centers', 'facility', 'ward', 'wards', 'सेंटर'],
};

/** Multi-word terms, read as one token of the category. */
const PHRASES: Array<[string, Category]> = [
  ['rt pcr', 'test'],
  ['ct scan', 'test'],
  ['covid test', 'test'],
  ['corona test', 'test'],
  ['sample collection', 'test'],
  ['home collection', 'test'],
  ['rapid antigen', 'test'],
  ['home care', 'carer'],
  ['home nursing', 'carer'],
  ['tele consultation', 'carer'],
  ['online consultation', 'carer'],
  ['non invasive ventilator', 'vent'],
  ['आई सी यू', 'icu'],
];

const lexicon = new Map<string, Category>();
/** Words of the other Indian scripts carry case endings (படுக்கைகளில், অক্সিজেনের): matched by their start. */
const otherScriptStems: Array<[string, Category]> = [];
const OTHER_SCRIPT = /^[\u0980-\u0bff]/;
for (const [category, list] of Object.entries(LEXICON) as Array<[Category, string[]]>) {
  for (const w of list) {
    const key = foldDevanagari(w.normalize('NFKC'));
    lexicon.set(key, category);
    if (OTHER_SCRIPT.test(key)) otherScriptStems.push([key, category]);
  }
}

function lookUp(word: string): Category | undefined {
  const exact = lexicon.get(word);
  if (exact || !OTHER_SCRIPT.test(word)) return exact;
  for (const [stem, category] of otherScriptStems) if (word.startsWith(stem)) return category;
  return undefined;
}
const phrases = new Map(PHRASES.map(([p, c]) => [p, c]));
const phraseStarts = new Set(PHRASES.map(([p]) => p.split(' ')[0] ?? ''));

export interface Token {
  w: string;
  /** What stood between the previous token and this one ("", " ", "/", ". ", …). */
  sep: string;
  cat: Category | undefined;
  used: boolean;
}

const BREAK = /[.!?|;\n:]/;
const NOT_BLOOD_NEXT = new Set([
  'group',
  'grp',
  'groups',
  'type',
  'pressure',
  'bp',
  'bank',
  'banks',
  'sugar',
  'test',
  'tests',
  'report',
  'oxygen',
  'level',
  'sample',
  'samples',
  'count',
  'clot',
  'clots',
  'clotting',
  'thinner',
  'thinners',
  'vessel',
  'ग्रुप',
  'बैंक',
  // "রক্তের গ্রুপ", "रक्त गट", "இரத்த வகை": the blood group, in the other scripts.
  'গ্রুপ',
  'গ্ৰুপ',
  'ਗਰੁੱਪ',
  'ગ્રુપ',
  'குரூப்',
  'வகை',
  'गट',
]);
const OXY_NOT_RESOURCE_NEXT = new Set([
  'level',
  'levels',
  'lvl',
  'saturation',
  'sat',
  'stauration',
  'plant',
  'plants',
  'tanker',
  'tankers',
  'express',
  'crisis',
  'shortage',
  'mask',
  'masks',
  'reading',
  'meter',
  'लेवल',
  'स्तर',
  'प्लांट',
  'टैंकर',
  'संकट',
  'कमी',
]);
/** Words between "oxygen" and a reading ("oxygen is at 86", "oxygen dropped to 80", "ऑक्सीजन 85 है"). */
const READING_GLUE = new Set([
  'is',
  'at',
  'was',
  'of',
  'around',
  'about',
  'dropped',
  'dropping',
  'down',
  'to',
  'falling',
  'just',
  'now',
  'hai',
  'he',
  'है',
  'currently',
]);
const DOCTOR_CONTEXT = new Set([
  'need',
  'needed',
  'require',
  'required',
  'requirement',
  'looking',
  'available',
  'availability',
  'consult',
  'consultation',
  'call',
  'online',
  'visit',
  'home',
  'free',
  'tele',
  'whatsapp',
  'चाहिए',
  'उपलब्ध',
  // Hinglish: "doctor ko dikhana hai", "doctor chahiye", "doctor se baat karni hai".
  'chahiye',
  'dikhana',
  'dikhani',
  'dikhwana',
  'baat',
  'दिखाना',
]);
const STATUS_NEXT = new Set([
  'negative',
  'positive',
  'report',
  'reports',
  'result',
  'results',
  'was',
  'is',
  'came',
  'done',
  'shows',
  'showed',
  'score',
  'severity',
  've',
  'neg',
  'pos',
]);
const NEED_WORDS = new Set([
  'need',
  'needs',
  'needed',
  'require',
  'required',
  'requires',
  'requirement',
  'find',
  'get',
  'looking',
  'search',
  'searching',
  'arrange',
  'want',
  'chahiye',
  'चाहिए',
  'जरूरत',
  'जरुरत',
]);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\u0900-\u0963\u0966-\u097f\u0980-\u09e3\u09e6-\u0bffa-z0-9]+/g)) {
    tokens.push({ w: m[0], sep: text.slice(last, m.index), cat: lookUp(m[0]), used: false });
    last = m.index + m[0].length;
  }
  // Two-word terms become one token.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as Token;
    if (!phraseStarts.has(a.w)) continue;
    const b = tokens[i + 1] as Token;
    const three = tokens[i + 2];
    const p3 = three ? phrases.get(`${a.w} ${b.w} ${three.w}`) : undefined;
    const p2 = phrases.get(`${a.w} ${b.w}`);
    if (p3 && three) {
      tokens.splice(i, 3, { w: `${a.w} ${b.w} ${three.w}`, sep: a.sep, cat: p3, used: false });
    } else if (p2 && !BREAK.test(b.sep)) {
      tokens.splice(i, 2, { w: `${a.w} ${b.w}`, sep: a.sep, cat: p2, used: false });
    }
  }
  return tokens;
}

/** True when the tokens from..to (inclusive) are not split by a sentence break. */
function sameClause(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (BREAK.test((tokens[k] as Token).sep)) return false;
  return true;
}

export interface ResourceMentions {
  resources: UnderstoodResource[];
  /** The words read (for `explainResources`, which need not read them again). */
  tokens: readonly Token[];
  /** Plain `bed` seen in running text (not only in hashtags). */
  plainBedInText: boolean;
  /** The cloud of tags that ends the message was left out as its topics (the text before it names something). */
  cloudIsTopic: boolean;
}

type Reading = UnderstoodResource | 'bed_plain' | 'bed_counted' | 'bed_general' | 'oxygen_generic';

/** Words that say what follows is absent ("without oxygen", "hospital lacks ICU, ventilator and oxygen"). */
const ABSENT = new Set(['without', 'lacks', 'lack', 'lacking', 'nor', 'neither', 'बिना', 'sans']);
/** Words a list of absent things runs through ("lacks ICU, ventilator and oxygen"). */
const LIST_GLUE = new Set(['and', 'or', 'any', 'a', 'an', 'the', 'proper', 'enough', 'even', 'also', 'nor', 'और']);
/** After "no X", these make it a search ("no ICU bed available anywhere"), not a statement of absence. */
const SEARCHING = new Set([
  'available',
  'availability',
  'anywhere',
  'found',
  'find',
  'getting',
  'left',
  'vacant',
  'empty',
  'mil',
  'milega',
]);
/** Words that turn a sentence: a negation before them does not reach past them. */
const CLAUSE_TURN = new Set(['but', 'however', 'lekin', 'par', 'though', 'although', 'whereas', 'लेकिन', 'पर']);
/** Plain beds named as such beside typed ones ("normal beds and oxygen beds"). */
const GENERAL_BED = new Set([
  'normal',
  'general',
  'regular',
  'simple',
  'isolation',
  'ordinary',
  'non',
  'सामान्य',
  'जनरल',
]);
/** "found oxygen but need an ICU bed": what the writer already has is not what they ask for. */
const ALREADY_HAVE = new Set(['found', 'arranged', 'managed', 'got', 'mila', 'मिल']);

const NEGATION = new Set(['not', 'no', 'nahi', 'nahin', 'nhi', 'नहीं', 'नही']);
/** What a negation right after a resource denies the need of: "oxygen not required", "bed nahi chahiye". */
const NEED_DENIED = new Set(['required', 'needed', 'necessary', 'reqd', 'chahiye', 'chaiye', 'चाहिए', 'चाहिये']);
/** "ऑक्सीजन की ज़रूरत नहीं", "oxygen ki zarurat nahi": the need named, then denied. */
const NEED_NOUN = new Set(['ज़रूरत', 'जरूरत', 'जरुरत', 'zarurat', 'jarurat', 'zaroorat', 'jaroorat', 'zarurat']);
/** Words between a resource and its denial: "oxygen is not needed", "ऑक्सीजन की ज़रूरत नहीं है". */
const DENIAL_FILLER = new Set(['is', 'are', 'was', 'hai', 'ki', 'ka', 'ke', 'की', 'का', 'के', 'है', 'abhi', 'अभी']);

/** "Oxygen not required, only a bed", "बेड नहीं चाहिए": a resource whose need the next words deny. */
function needDenied(tokens: Token[], k: number): boolean {
  for (let f = k + 1; f <= k + 5 && f < tokens.length; f++) {
    const t = tokens[f] as Token;
    if (BREAK.test(t.sep) || t.sep.includes(',') || CLAUSE_TURN.has(t.w)) return false;
    const next = tokens[f + 1];
    const nextJoined = next !== undefined && !BREAK.test(next.sep) && !next.sep.includes(',');
    if (NEGATION.has(t.w)) return nextJoined && NEED_DENIED.has(next.w);
    if (NEED_NOUN.has(t.w)) return nextJoined && NEGATION.has(next.w);
    if (!t.cat && !DENIAL_FILLER.has(t.w)) return false;
  }
  return false;
}

/** Verbs of need that a negation before them denies ("don't need", "no need of", "do not require"). */
const NEED_VERB = new Set(['need', 'needs', 'needed', 'require', 'requires', 'required', 'want', 'wants']);
/** Negations before a verb of need; "t" is the tail of "don't", "doesn't", "didn't" as the tokens split them. */
const NEED_NEGATION = new Set(['no', 'not', 'never', 'dont', 'doesnt', 'didnt', 't']);

/** "No need of oxygen", "don't require a ventilator", "we do not need oxygen or ICU": the need is denied before the
 * resource is named; the scope runs back through the list to the verb, within the clause. */
function deniedNeedBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const t = tokens[j] as Token;
    if (BREAK.test((tokens[j + 1] as Token).sep) || CLAUSE_TURN.has(t.w)) return false;
    if (NEED_VERB.has(t.w)) return NEED_NEGATION.has(tokens[j - 1]?.w ?? '') && !BREAK.test(t.sep);
    if (!t.cat && !LIST_GLUE.has(t.w) && t.w !== 'of' && t.w !== 'for' && t.w !== 'any') return false;
  }
  return false;
}

/** True when the resource word at k is said to be absent: "without oxygen", "no ventilator there",
 * "lacks ICU, ventilator and oxygen". The scope runs back through a list to the negating word, within
 * the clause; "no ICU bed available anywhere" is a search, not an absence. */
function absent(tokens: Token[], k: number): boolean {
  const p1 = tokens[k - 1]?.w;
  if (p1 === 'non' || (p1 === 'o' && tokens[k - 2]?.w === 'w')) return true;
  if (needDenied(tokens, k) || deniedNeedBefore(tokens, k)) return true;
  if (alreadyHad(tokens, k) || atHandButLacking(tokens, k)) return true;
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const t = tokens[j] as Token;
    const after = tokens[j + 1] as Token;
    if (BREAK.test(after.sep) || CLAUSE_TURN.has(t.w)) return false;
    // A bracket closes what it negates ("3 ICU (no ventilator), 10 oxygen beds"); a count after a comma starts a
    // new item of a list of what is there.
    if (after.sep.includes(')') || (after.sep.includes(',') && /^\d/.test(after.w))) return false;
    if (ABSENT.has(t.w)) return true;
    if (t.w === 'no' || t.w === 'not' || t.w === 'nahi' || t.w === 'नहीं') {
      if (t.w === 'no' && /^\d/.test(after.w)) return false; // "no. 12", "no 98xxxxxxx"
      for (let f = k + 1; f <= k + 6 && f < tokens.length; f++) {
        const ft = tokens[f] as Token;
        if (BREAK.test(ft.sep) || CLAUSE_TURN.has(ft.w) || ft.sep.includes(')')) break;
        if (SEARCHING.has(ft.w)) return false;
      }
      return true;
    }
    if (!t.cat && !LIST_GLUE.has(t.w) && !/^\d+$/.test(t.w)) return false;
  }
  return false;
}

/** Words that say a thing named just before was got: "ICU bed mil gaya", "bed arranged", "बेड मिल गया". */
const GOT_AFTER = new Set(['arranged', 'managed', 'mila', 'mili', 'mil', 'मिला', 'मिली', 'मिल']);
const GOT_TAIL = new Set(['gaya', 'gayi', 'gai', 'gaye', 'गया', 'गई', 'गयी', 'गए']);

/** "ICU bed mil gaya, thanks. Ab plasma chahiye": the resource was got (a word of getting right after it) and the
 * message then asks for something else. */
function gotThenNeed(tokens: Token[], k: number): boolean {
  let got = -1;
  for (let f = k + 1; f <= k + 4 && f < tokens.length; f++) {
    const t = tokens[f] as Token;
    if (BREAK.test(t.sep)) break;
    if (t.cat) continue; // the rest of the thing's name: 'ICU bed mil gaya'
    const tail = tokens[f + 1]?.w ?? '';
    // "mil" alone is "get" ("mil sakta hai?"); "mil gaya" is "got".
    if (GOT_AFTER.has(t.w) && (!['mil', 'मिल'].includes(t.w) || GOT_TAIL.has(tail))) {
      got = f;
      break;
    }
  }
  if (got < 0) return false;
  for (let f = got + 1; f < Math.min(tokens.length, got + 16); f++) {
    if (NEED_WORDS.has((tokens[f] as Token).w)) return true;
  }
  return false;
}

/** "We found oxygen but need …", "arranged a cylinder, but need a bed": a resource right after a word of having
 * got it, in a clause that then turns to what is still needed. */
function alreadyHad(tokens: Token[], k: number): boolean {
  if (gotThenNeed(tokens, k)) return true;
  let had = false;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const t = tokens[j] as Token;
    if (BREAK.test((tokens[j + 1] as Token).sep)) break;
    if (ALREADY_HAVE.has(t.w)) {
      had = true;
      break;
    }
  }
  if (!had) return false;
  for (let f = k + 1; f <= k + 6 && f < tokens.length; f++) {
    const ft = tokens[f] as Token;
    if (/[.!?\n]/.test(ft.sep)) return false;
    if (CLAUSE_TURN.has(ft.w) && tokens.slice(f + 1, f + 4).some((x) => NEED_WORDS.has(x.w))) return true;
  }
  return false;
}

/** Words before a thing that say it is at hand: "the hospital has beds", "we have a cylinder". */
const HAVE_BEFORE = new Set(['has', 'have', 'having']);
/** Words after a thing that say it is at hand: "ambulance is there", "beds are available", "बेड है". */
const THERE_AFTER = new Set(['there', 'available', 'hai', 'है', 'hain', 'हैं']);
/** Turns that set what is at hand against what is lacking (not "though", which concedes). */
const LACK_TURN = new Set(['but', 'lekin', 'par', 'magar', 'लेकिन', 'पर', 'मगर']);

/** "Hospital in Jhansi has beds but no oxygen, need a cylinder", "बेड है पर ऑक्सीजन नहीं है, सिलेंडर चाहिए": a thing
 * said to be at hand, set against what is lacking, in a message that then asks for something, is not asked for. */
function atHandButLacking(tokens: Token[], k: number): boolean {
  let present = false;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = tokens[j] as Token;
    if (BREAK.test((tokens[j + 1] as Token).sep)) break;
    if (HAVE_BEFORE.has(t.w)) present = true;
    if (present || (!t.cat && !LIST_GLUE.has(t.w) && !/^\d+$/.test(t.w))) break;
  }
  for (let f = k + 1; f <= k + 8 && f < tokens.length; f++) {
    const t = tokens[f] as Token;
    if (BREAK.test(t.sep) || NEGATION.has(t.w) || NEED_WORDS.has(t.w)) return false;
    if (THERE_AFTER.has(t.w)) present = true;
    else if (LACK_TURN.has(t.w)) {
      if (!present) return false;
      for (let g = f + 1; g <= f + 16 && g < tokens.length; g++)
        if (NEED_WORDS.has((tokens[g] as Token).w)) return true;
      return false;
    }
  }
  return false;
}

/** Words before "on" that make it where the patient is: "is on", "currently on", "at home on". */
const IS_ON = new Set(['is', 'are', 'was', 'currently', 'already', 'now', 'patient', 'home']);

/** The thing starting at k is what the patient is on: "is on (an) oxygen bed", "at home on (a) cylinder". */
function lyingOn(tokens: Token[], k: number): boolean {
  let j = k - 1;
  if (['a', 'an', 'the'].includes(tokens[j]?.w ?? '')) j--;
  const on = tokens[j];
  const before = tokens[j - 1];
  if (on?.w !== 'on' || before === undefined || BREAK.test((tokens[j + 1] as Token).sep)) return false;
  return !BREAK.test(on.sep) && IS_ON.has(before.w);
}

function readTokens(tokens: Token[]): Set<Reading> {
  const out = new Set<Reading>();
  const at = (k: number) => tokens[k];
  const negated = (k: number) => absent(tokens, k);

  // Beds and what qualifies them: "oxygen and ICU beds", "ICU bed with ventilator", "O2 bed".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.cat !== 'bed' || negated(i)) continue;
    const mods = new Set<Category>();
    let general = false;
    let start = i;
    // Back to the start of the list item: "oxygen cylinders, hospital beds" are two items; a counted list
    // shares its noun ("1 regular, 10 oxygen & 3 ICU beds").
    for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
      const tk = tokens[k] as Token;
      const after = tokens[k + 1] as Token;
      // A bracket ends the item: "3 ICU (no ventilator), 10 oxygen beds".
      if (BREAK.test(after.sep) || after.sep.includes(')')) break;
      // Across a comma only within a counted list, or to a word that names a plain bed ("normal, oxygen and ICU").
      const listed = mods.size > 0 || general;
      if (after.sep.includes(',') && !(listed && (/^\d+$/.test(after.w) || GENERAL_BED.has(tk.w)))) break;
      const c = tk.cat;
      const follower = tokens[k + 1]?.cat;
      if (c === 'oxy' && (follower === 'cyl' || follower === 'conc' || follower === 'refill')) break;
      // "non-oxygen beds", "beds without oxygen": plain beds.
      if (
        (c === 'oxy' || c === 'icu' || c === 'vent') &&
        (tokens[k - 1]?.w === 'non' || tokens[k - 1]?.w === 'without')
      ) {
        tk.used = true;
        general = true;
        k--;
      } else if (c === 'oxy' || c === 'icu' || c === 'vent') {
        mods.add(c);
        tk.used = true;
        start = k;
      } else if (c) break;
      else if (GENERAL_BED.has(tk.w) && tk.w !== 'non') general = true;
      else if (!/^\d+$/.test(tk.w) && !LIST_GLUE.has(tk.w) && k < i - 1) break;
    }
    const next = at(i + 1);
    if (next && ['with', 'having', 'and'].includes(next.w) && !BREAK.test(next.sep)) {
      for (let k = i + 2; k <= i + 4 && k < tokens.length && sameClause(tokens, i, k); k++) {
        const c = (tokens[k] as Token).cat;
        // "normal beds and oxygen beds": the modifier belongs to the bed that follows it.
        if (tokens[k + 1]?.cat === 'bed') break;
        if (c === 'oxy' || c === 'icu' || c === 'vent') {
          mods.add(c);
          (tokens[k] as Token).used = true;
        } else if (c) break;
      }
    }
    t.used = true;
    // "Patient is on an oxygen bed at Max, no ICU there": the bed the patient lies on is not asked for.
    if (mods.size > 0 && lyingOn(tokens, start)) continue;
    if (mods.has('oxy')) out.add('bed_oxygen');
    if (mods.has('icu')) out.add('bed_icu');
    if (mods.has('vent')) out.add('bed_ventilator');
    // "(2 beds)" counts beds named before; a bare "beds" is a bed of no stated kind.
    if (general) out.add('bed_general');
    else if (mods.size === 0) {
      const p1 = at(i - 1)?.w ?? '';
      out.add(/^\d+$/.test(p1) ? 'bed_counted' : GENERAL_BED.has(p1) ? 'bed_general' : 'bed_plain');
    }
  }
  const ambulanceNear = (k: number) => {
    for (let j = Math.max(0, k - 8); j <= Math.min(tokens.length - 1, k + 8); j++) {
      if ((tokens[j] as Token).cat === 'amb' && sameClause(tokens, Math.min(j, k), Math.max(j, k))) return true;
    }
    return false;
  };
  const readingFollows = (k: number) => {
    for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (BREAK.test(t.sep)) return false;
      if (/^\d{2,3}$/.test(t.w)) return Number(t.w) >= 20 && Number(t.w) <= 100;
      if (!READING_GLUE.has(t.w)) return false;
    }
    return false;
  };
  // "on 10 L oxygen", "on oxygen support", "with 5 lpm oxygen": the patient's state, not a need ("with" only with a
  // flow: "bed with oxygen" is an oxygen bed, "ambulance with oxygen" an ambulance).
  const onOxygen = (k: number) => {
    let flow = false;
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      const w = (tokens[j] as Token).w;
      if (w === 'on' || (w === 'with' && flow)) return true;
      if (/^(?:l|lt|ltr|ltrs|litre|litres|liter|liters|lpm|\d+l|\d+lpm)$/.test(w)) flow = true;
      else if (!/^(?:\d+|of|high|flow)$/.test(w)) return false;
    }
    return false;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cat || t.used) continue;
    const next = at(i + 1);
    const prev = at(i - 1);
    const onSupport = prev?.w === 'on' && !BREAK.test(t.sep); // "on oxygen support", "is on ventilator"
    if (negated(i)) continue;
    switch (t.cat) {
      case 'oxy': {
        const n1 = next && !BREAK.test(next.sep) ? next : undefined;
        const n2 = n1 ? at(i + 2) : undefined;
        if (onSupport || onOxygen(i) || (n1 && OXY_NOT_RESOURCE_NEXT.has(n1.w))) break;
        // "spo2 72 with oxygen": the reading was taken on oxygen.
        if (prev?.w === 'with' && /^\d{2,3}$/.test(at(i - 2)?.w ?? '')) break;
        // "oxygen 70 on NRBM", "oxygen is at 86", "ऑक्सीजन 85 है": a reading.
        if (readingFollows(i)) break;
        if (ambulanceNear(i)) break; // "ambulance with oxygen", "oxygen-equipped ambulance"
        // "oxygen machine 10 litre", "oxygen concentration machine": a concentrator.
        if (n1?.w === 'machine' || n1?.w === 'machines' || (n1?.w === 'concentration' && n2?.w === 'machine')) {
          out.add('oxygen_concentrator');
          break;
        }
        if (n1?.cat === 'amb') break; // an oxygen ambulance is an ambulance
        if (n1 && ['cyl', 'conc', 'refill'].includes(n1.cat ?? '')) break; // read with the next word
        if ((n1?.w === 'therapy' || n1?.w === 'support') && n2?.cat === 'centre') {
          out.add('bed_oxygen');
          break;
        }
        // "ICU/Oxygen/Ventilator": a list of bed kinds.
        const slashNeighbour =
          (n1 && n1.sep.trim() === '/' && (n1.cat === 'icu' || n1.cat === 'vent')) ||
          (prev && t.sep.trim() === '/' && (prev.cat === 'icu' || prev.cat === 'vent'));
        out.add(slashNeighbour ? 'bed_oxygen' : 'oxygen_generic');
        break;
      }
      case 'icu':
        out.add('bed_icu');
        break;
      case 'vent':
        if (!onSupport) out.add('bed_ventilator');
        break;
      case 'cyl': {
        // "bring your own cylinder", "carry (the) empty cylinder": the customer's container at a refill point.
        const carried = [at(i - 2)?.w, at(i - 3)?.w].some((w) => ['carry', 'bring', 'with'].includes(w ?? ''));
        if (prev && (['own', 'your', 'apna', 'apne', 'khali'].includes(prev.w) || (prev.w === 'empty' && carried))) {
          break;
        }
        if (prev && ['per', 'each', 'every'].includes(prev.w)) break; // "Rs 250 per cylinder" prices a refill
        // "at home on (an oxygen) cylinder": what the patient breathes from now.
        if (lyingOn(tokens, prev?.cat === 'oxy' ? i - 1 : i)) break;
        // "cylinder refilling" / "cylinder-refill" / "सिलेंडर की रिफिलिंग" is a refill; "cylinder and refill" is both.
        const after = next && ['की', 'का', 'के'].includes(next.w) ? at(i + 2) : next;
        if (after?.cat === 'refill' && /^[\s-]*$/.test(after.sep)) break;
        out.add('oxygen_cylinder');
        break;
      }
      case 'conc':
        out.add('oxygen_concentrator');
        break;
      case 'refill':
        out.add('oxygen_refill');
        break;
      case 'plasma':
        out.add('plasma');
        break;
      case 'platelet':
        out.add('platelets');
        break;
      case 'blood': {
        if (next && (NOT_BLOOD_NEXT.has(next.w) || next.cat === 'plasma' || next.cat === 'platelet')) break;
        if (prev && ['high', 'low', 'my', 'his', 'her'].includes(prev.w)) break;
        out.add('blood');
        break;
      }
      case 'amb':
        // "currently in (an) ambulance outside the hospital" is where the patient is.
        if (prev && (['in', 'inside'].includes(prev.w) || (['an', 'the'].includes(prev.w) && at(i - 2)?.w === 'in')))
          break;
        out.add('ambulance');
        break;
      case 'food':
        out.add('food');
        break;
      case 'test':
        if (next && STATUS_NEXT.has(next.w)) break;
        // "HRCT 18/25", "HRCT- 18-20", "CT score 14": the patient's severity score, not a scan wanted or offered.
        if ((t.w === 'hrct' || t.w === 'ctscan') && next && /^(?:\d|score|severity|ctss)/.test(next.w)) break;
        out.add('test');
        break;
      case 'carer':
        if (t.w === 'nursing' && (next?.w === 'home' || next?.w === 'homes')) break; // a nursing home is a hospital
        out.add('doctor');
        break;
      case 'doctor': {
        if (next && /^(?:prescription|prescribed|advice|advised|says|said|note|letter|report|slip)$/.test(next.w))
          break;
        const around = [at(i - 3), at(i - 2), prev, next, at(i + 2)].filter((x): x is Token => x !== undefined);
        if (around.some((x) => DOCTOR_CONTEXT.has(x.w))) out.add('doctor');
        break;
      }
      case 'med':
        out.add('medicine');
        break;
      case 'hospital': {
        // "need (a|of) hospital", "hospital admission"; not "leads for hospitals", "list of hospitals" or "plasma
        // needed, Apollo Hospital" / "Plasma needed⏎Hospital: Regency" (the hospital where the patient is).
        const needed =
          prev !== undefined &&
          !/[,;:|()\n]/.test(t.sep) &&
          (NEED_WORDS.has(prev.w) ||
            (['a', 'an', 'of', 'any', 'some'].includes(prev.w) &&
              NEED_WORDS.has(at(i - 2)?.w ?? '') &&
              !/[,;:|()\n]/.test(prev.sep)));
        if (needed || next?.cat === 'admission') out.add('bed_plain');
        break;
      }
      case 'admission':
        if (!(prev && ['after', 'since', 'before', 'on', 'of'].includes(prev.w))) out.add('bed_plain');
        break;
      case 'centre': {
        // "covid care centre", "isolation centre/ward", "quarantine centre": beds without a type.
        const p1 = prev?.w ?? '';
        if (['isolation', 'quarantine', 'care', 'covid'].includes(p1)) out.add('bed_plain');
        break;
      }
      case 'bed':
        break;
    }
  }
  return out;
}

/** Resource words inside one-case hashtags (#oxygencylinder, #VERIFIEDO2BEDLEADS). */
function readHashtag(flat: string): Reading[] {
  const out: Reading[] = [];
  let rest = flat;
  const take = (re: RegExp, code: Reading) => {
    if (rest.search(re) >= 0) {
      out.push(code);
      rest = rest.replace(re, ' ');
    }
  };
  take(/(?:oxygen|o2)(?:support(?:ed)?)?beds?/g, 'bed_oxygen');
  take(/icubeds?/g, 'bed_icu');
  take(/ventilator(?:beds?)?/g, 'bed_ventilator');
  take(/(?:oxygen|o2)?cylinders?/g, 'oxygen_cylinder');
  take(/(?:oxygen|o2)?concentrators?/g, 'oxygen_concentrator');
  take(/(?:oxygen|o2)?refill(?:ing)?/g, 'oxygen_refill');
  take(/plasma/g, 'plasma');
  take(/platelets?/g, 'platelets');
  take(/ambulances?/g, 'ambulance');
  take(/beds?(?:available|availability|needed|required|leads)?$|^(?:covid|hospital)?beds?/g, 'bed_plain');
  take(/oxygen/g, 'oxygen_generic');
  return out;
}

/** Resource codes mentioned in a message, before the kind is known. */
export function extractResources(
  text: { topical: string; head: string; body: string },
  hashtags: Hashtag[],
  medicines: string[],
  /** The medicines named before the cloud of tags that ends the message (all of them when there is none). */
  medicinesBeforeCloud: readonly string[] = medicines,
): ResourceMentions {
  const { body } = text;
  // The running text alone (no tags, no handles), read only when it matters.
  let bodyReading: Set<Reading> | undefined;
  const inBody = () => (bodyReading ??= readTokens(tokenize(body)));
  // The cloud of tags that ends a message is its topics (#OxygenCylinders #HospitalBeds under a bed lead), not what
  // it needs or offers, once the text before it names something; a message made of tags is read from its tags.
  const read = (from: string, tags: Hashtag[]) => {
    const tokens = tokenize(from);
    const found = readTokens(tokens);
    for (const tag of tags) {
      if (tag.words.length <= 3 && !isAccountTag(tag)) for (const code of readHashtag(tag.flat)) found.add(code);
    }
    return { tokens, found };
  };
  const hasCloud = text.head !== text.topical;
  const before = hasCloud
    ? read(
        text.head,
        hashtags.filter((t) => !t.trailing),
      )
    : null;
  const cloudIsTopic = before !== null && (before.found.size > 0 || medicinesBeforeCloud.length > 0);
  const { tokens, found: fromText } = cloudIsTopic ? before : read(text.topical, hashtags);
  if ((cloudIsTopic ? medicinesBeforeCloud : medicines).length) fromText.add('medicine');

  const resources = new Set<UnderstoodResource>();
  for (const code of fromText) {
    if (!['bed_plain', 'bed_counted', 'bed_general', 'oxygen_generic'].includes(code)) {
      resources.add(code as UnderstoodResource);
    }
  }
  // Blood named only in a tag of a plasma or platelet plea (#BloodAndPlasmaDonation) is the tag's topic.
  if (resources.has('blood') && (resources.has('plasma') || resources.has('platelets'))) {
    if (!inBody().has('blood')) resources.delete('blood');
  }
  if (fromText.has('bed_general')) resources.add('bed');
  if (fromText.has('bed_counted')) fromText.add('bed_plain');
  const specificOxygen = ['oxygen_cylinder', 'oxygen_concentrator', 'oxygen_refill', 'bed_oxygen'] as const;
  if (fromText.has('oxygen_generic') && !specificOxygen.some((c) => resources.has(c))) resources.add('oxygen');
  // A plain "bed" next to typed beds is the same bed, unless it is written in the text beside ICU/ventilator beds.
  const typedBeds = (['bed_oxygen', 'bed_icu', 'bed_ventilator'] as const).filter((c) => resources.has(c));
  // Read the running text alone only when it matters: a plain bed beside typed ones.
  const plainBedInText = fromText.has('bed_plain') && typedBeds.length > 0 && inBody().has('bed_plain');
  if (fromText.has('bed_plain') && (typedBeds.length === 0 || (plainBedInText && !resources.has('bed_oxygen')))) {
    resources.add('bed');
  }
  return { resources: ORDER.filter((c) => resources.has(c)), tokens, plainBedInText, cloudIsTopic };
}

/** Output order: the shared order of resource codes. */
const ORDER: readonly UnderstoodResource[] = understoodResourceCodes;

/** The lexicon categories whose words can stand behind each code. */
const EVIDENCE: Record<UnderstoodResource, Category[]> = {
  oxygen: ['oxy'],
  oxygen_cylinder: ['cyl'],
  oxygen_concentrator: ['conc', 'oxy'],
  oxygen_refill: ['refill'],
  bed: ['bed', 'hospital', 'admission', 'centre'],
  bed_oxygen: ['bed', 'oxy'],
  bed_icu: ['icu'],
  bed_ventilator: ['vent'],
  plasma: ['plasma'],
  platelets: ['platelet'],
  blood: ['blood'],
  medicine: ['med'],
  ambulance: ['amb'],
  food: ['food'],
  test: ['test'],
  doctor: ['doctor', 'carer'],
};

export interface ResourceEvidence {
  resource: UnderstoodResource;
  /** Words of the running text, or #tags, that named it. */
  words: string[];
  /** True when it was read in the running text, not only in a tag. */
  inText: boolean;
}

/** The words behind each resource found (the operator sees why a need was suggested). */
export function explainResources(
  text: string | readonly Token[],
  hashtags: Hashtag[],
  resources: readonly UnderstoodResource[],
  extra: { medicines: string[]; bloodGroups: string[] },
): ResourceEvidence[] {
  if (resources.length === 0) return [];
  const tokens = typeof text === 'string' ? tokenize(text) : text;
  return resources.map((resource) => {
    const cats = EVIDENCE[resource];
    const words: string[] = [];
    for (const t of tokens) {
      if (t.cat && cats.includes(t.cat) && !words.includes(t.w) && words.length < 3) words.push(t.w);
    }
    if (resource === 'medicine') words.push(...extra.medicines.slice(0, 3));
    if (resource === 'blood' && words.length === 0) words.push(...extra.bloodGroups.slice(0, 2));
    const inText = words.length > 0;
    if (!inText) {
      for (const tag of hashtags) {
        const named = tag.words.some((w) => {
          const category = lookUp(w);
          return category !== undefined && cats.includes(category);
        });
        if (named && words.length < 3) words.push(`#${tag.raw}`);
      }
      for (const tag of hashtags) {
        if (words.length === 0 && readHashtag(tag.flat).includes(resource)) words.push(`#${tag.raw}`);
      }
    }
    return { resource, words, inText };
  });
}
