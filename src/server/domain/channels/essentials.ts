// What a plea needs before the desk can act on it (a need, a district, a number to call back) and what a
// message adds to it. The understanding engine reads whole pleas; short answers to our questions ("oxygen",
// "B+", "98390 12345") it may call `other` and drop, so a few plain keywords back it up here.
import type { Understanding } from '../../../shared/contracts/understanding.js';
import { bloodGroups as knownBloodGroups } from '../../../shared/enums.js';
import type { BloodGroup, ResourceCode } from '../../../shared/enums.js';
import { asciiDigits } from './commands.js';
import { draftTextsMax, type Draft, type Essential } from './state.js';

/** Needs named in a short answer, most specific first; Latin patterns see lower-case text. */
const needWords: Array<[ResourceCode, RegExp]> = [
  ['oxygen_concentrator', /concentrator|कंसंट्रेटर|कन्सन्ट्रेटर/],
  ['oxygen_cylinder', /cylinder|सिलेंडर|सिलिंडर/],
  ['oxygen_refill', /refill|रिफिल/],
  ['oxygen', /oxygen|\bo2\b|ऑक्सीजन|आक्सीजन|ओक्सीजन|ऑक्सिजन|अक्सीजन/],
  ['bed_ventilator', /ventilator|वेंटिलेटर|वेन्टिलेटर/],
  ['bed_icu', /\bicu\b|आईसीयू|आई सी यू/],
  ['bed', /\bbeds?\b|बेड|बिस्तर/],
  ['plasma', /plasma|प्लाज्मा|प्लाज़्मा/],
  ['platelets', /platelet|प्लेटलेट/],
  ['blood', /\bblood\b|\bkhoon\b|\bkhun\b|खून|रक्त/],
  ['medicine', /medicine|\bdawa|\bdawai|injection|remdesivir|दवा|दवाई|इंजेक्शन/],
  ['ambulance', /ambulance|एम्बुलेंस|एंबुलेंस|एम्बुलेन्स/],
  ['food', /\bfood\b|\bkhana\b|\bration\b|खाना|भोजन|राशन/],
  ['test', /\btest\b|rt-?pcr|टेस्ट|जांच|जाँच/],
  ['doctor', /doctor|\bdr\b|डॉक्टर|डाक्टर|चिकित्सक/],
];

/** Words that mean "I need something" without saying what. */
const intentWords =
  /\b(need|needs|needed|require|required|urgent|urgently|emergency|sos|chahiye|chahie|chaiye|zarurat|jarurat|zaroorat|jaroorat)\b|चाहिए|चाहिये|ज़रूरत|जरूरत|आवश्यकता|बचाओ|इमरजेंसी/;

// "B+", "O-ve", "b +ve", "AB positive"; a space before a bare sign is not enough ("need a - urgent").
const bloodGroupPattern =
  /(?:^|[^a-z])(ab|a|b|o)(?:([+-])(?:\s?ve)?|\s([+-])ve|\s?(positive|negative|pos|neg))(?![a-z])/g;

/** Needs named in the text, in the order of `needWords`, keeping only the most specific oxygen or bed. */
export function needsInText(text: string): ResourceCode[] {
  const lower = text.toLowerCase();
  const found = needWords.filter(([, pattern]) => pattern.test(lower)).map(([code]) => code);
  return found.filter((code) => {
    if (code === 'oxygen') return !found.some((c) => c.startsWith('oxygen_'));
    if (code === 'bed') return !found.some((c) => c.startsWith('bed_'));
    return true;
  });
}

export function hasNeedIntent(text: string): boolean {
  return intentWords.test(text.toLowerCase());
}

export function bloodGroupsInText(text: string): BloodGroup[] {
  const groups = new Set<BloodGroup>();
  for (const match of text.toLowerCase().matchAll(bloodGroupPattern)) {
    const sign = match[2] ?? match[3] ?? match[4] ?? '';
    const positive = sign === '+' || sign.startsWith('pos');
    const group = `${(match[1] ?? '').toUpperCase()}${positive ? '+' : '-'}`;
    if ((knownBloodGroups as readonly string[]).includes(group)) groups.add(group as BloodGroup);
  }
  return [...groups];
}

/** An Indian mobile number in the text as E.164 (+91…), or null. */
export function phoneInText(text: string): string | null {
  const digits = asciiDigits(text).replace(/[\s().-]/g, '');
  const match = /(?:\+?91|0)?([6-9]\d{9})(?!\d)/.exec(digits);
  return match ? `+91${match[1]}` : null;
}

/** What one message says towards a plea. */
export interface Contribution {
  resources: ResourceCode[];
  bloodGroups: BloodGroup[];
  district: string | null;
  phone: string | null;
  spo2: number | null;
  age: number | null;
  /** Words of need ("chahiye", "urgent") without a need named. */
  intent: boolean;
}

export function readContribution(
  text: string,
  understood: Understanding | null,
  districtFromText: string | null,
): Contribution {
  const bloodGroups = understood?.bloodGroups.length ? understood.bloodGroups : bloodGroupsInText(text);
  let resources: ResourceCode[] = understood?.resources.length ? [...understood.resources] : needsInText(text);
  // A blood group alone ("B+") answers "what do you need?" with blood.
  if (bloodGroups.length > 0 && !resources.some((r) => r === 'blood' || r === 'plasma' || r === 'platelets')) {
    resources = [...resources, 'blood'];
  }
  return {
    resources,
    bloodGroups,
    district: districtFromText,
    phone: understood?.phones[0] ?? phoneInText(text),
    spo2: understood?.spo2 ?? null,
    age: understood?.age ?? null,
    intent: hasNeedIntent(text),
  };
}

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

/** The draft with this message's facts added: needs accumulate, a newly stated place or number wins. */
export function mergeDraft(draft: Draft, contribution: Contribution, text: string): Draft {
  const trimmed = text.trim();
  return {
    resources: union(draft.resources, contribution.resources),
    bloodGroups: union(draft.bloodGroups, contribution.bloodGroups),
    district: contribution.district ?? draft.district,
    phone: contribution.phone ?? draft.phone,
    spo2: contribution.spo2 ?? draft.spo2,
    age: contribution.age ?? draft.age,
    texts: trimmed === '' || draft.texts.length >= draftTextsMax ? draft.texts : [...draft.texts, trimmed],
  };
}

/** What is still missing, in the order we ask: need, district, then a number when the sender has none. */
export function missingEssentials(draft: Draft, senderIsPhone: boolean): Essential[] {
  const missing: Essential[] = [];
  if (draft.resources.length === 0) missing.push('need');
  if (draft.district === null) missing.push('district');
  if (!senderIsPhone && draft.phone === null) missing.push('phone');
  return missing;
}
