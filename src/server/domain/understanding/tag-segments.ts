// Hashtags written in one case ("#sosindore", "#OXYGENBED", "#indianeedoxygen") carry no case changes to split
// at, so they read as one unknown word where the same tag in camel case ("#SOSIndore") reads as its words. A run
// of letters is split here only when it is made ENTIRELY of words the engine knows (the helpline's words and big
// places), so an ordinary word ("#bedsheets", "#oxygenation") is never cut into a resource and a remainder.
import { ACCOUNT_WORDS } from './account-words.js';
import { gazetteer } from './gazetteer.js';

/** The words people run together in tags: asking, offering, the resources, and the topic around them. */
const HELPLINE_WORDS = [
  'sos',
  'need',
  'needs',
  'needed',
  'require',
  'required',
  'requirement',
  'urgent',
  'urgently',
  'emergency',
  'help',
  'helpline',
  'helping',
  'available',
  'availability',
  'verified',
  'lead',
  'leads',
  'supply',
  'supplier',
  'suppliers',
  'donor',
  'donors',
  'donate',
  'oxygen',
  'cylinder',
  'cylinders',
  'concentrator',
  'concentrators',
  'refill',
  'refilling',
  'bed',
  'beds',
  'icu',
  'hdu',
  'ventilator',
  'ventilators',
  'bipap',
  'plasma',
  'blood',
  'platelets',
  'ambulance',
  'food',
  'tiffin',
  'medicine',
  'medicines',
  'remdesivir',
  'tocilizumab',
  'fabiflu',
  'test',
  'testing',
  'rtpcr',
  'doctor',
  'doctors',
  'hospital',
  'hospitals',
  'covid',
  'corona',
  'coronavirus',
  'resources',
  'info',
  'crisis',
  'relief',
  'india',
  'breathe',
  'fights',
  'shortage',
  'news',
  'update',
  'updates',
  'alert',
];

// Place names are those the location reader looks for inside one-word tags already (gazetteer.inside).
// The words that make a tag a group's or a drive's name count too: "#blooddonorsindia" is the same account tag as
// "#BloodDonorsIndia".
const known = new Set<string>([...HELPLINE_WORDS, ...ACCOUNT_WORDS]);
for (const bucket of gazetteer.inside.values()) for (const { key } of bucket) known.add(key);
const longest = Math.max(...[...known].map((w) => w.length));
const shortest = 3;

const cache = new Map<string, string[]>();

/** `word` (lower-case a–z) as the known words it is made of, or [word] when it is not wholly made of them. */
export function segmentTagWord(word: string): string[] {
  if (word.length < 2 * shortest || word.length > 60 || known.has(word) || !/^[a-z]+$/.test(word)) return [word];
  const cached = cache.get(word);
  if (cached) return cached;
  // Fewest pieces wins (the longest known words); pieces[i] is the best split of word[0, i).
  const pieces: Array<string[] | undefined> = [[]];
  for (let end = shortest; end <= word.length; end++) {
    for (let start = Math.max(0, end - longest); start <= end - shortest; start++) {
      const before = pieces[start];
      if (!before) continue;
      const piece = word.slice(start, end);
      if (!known.has(piece)) continue;
      const best = pieces[end];
      if (!best || before.length + 1 < best.length) pieces[end] = [...before, piece];
    }
  }
  const split = pieces[word.length] ?? [word];
  // Bounded: tags repeat across messages, but memory stays flat.
  if (cache.size >= 5_000) cache.clear();
  cache.set(word, split);
  return split;
}

/** Whether `word` is a known word or made entirely of known words. */
export function isKnownRun(word: string): boolean {
  return known.has(word) || segmentTagWord(word).length > 1;
}
