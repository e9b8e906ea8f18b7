// The language of a message: Hindi (Devanagari), English, or mixed (both scripts, or Hindi written in Latin
// letters: "oxygen chahiye, kripya madad karein"); Marathi (Devanagari, told from Hindi by its own common
// words); Bengali, Assamese, Gujarati, Punjabi (Gurmukhi) and Tamil by their scripts; any other script is
// "other" (the engine then claims nothing it cannot read). Hashtags, handles and links are not counted.
import type { UnderstandingLanguage } from '../../../shared/contracts/understanding.js';

export type UnderstoodLanguage = UnderstandingLanguage;

/** Languages whose script the engine reads only for its common words (need, available, bed, oxygen …). */
export const otherScriptLanguages = ['bn', 'as', 'gu', 'pa', 'ta'] as const;

/** Marathi words that Hindi does not use (आहे "is", पाहिजे "needed", आणि "and" …), Devanagari folded. */
const MARATHI = new Set([
  'आहे',
  'आहेत',
  'पाहिजे',
  'आणि',
  'साठी',
  'मध्ये',
  'नाही',
  'करा',
  'होते',
  'झाले',
  'आम्ही',
  'तुम्ही',
  'आपल्या',
  'यांना',
  'येथे',
  'त्यांना',
  'रुग्णालयात',
  'रुग्ण',
  'रुग्णाला',
  'गरज',
]);

/** Common Hindi words written in Latin letters; English homographs (main, the …) are left out. */
const HINGLISH = new Set([
  'hai',
  'hain',
  'ho',
  'hoga',
  'hogi',
  'tha',
  'thi',
  'chahiye',
  'chaiye',
  'chahie',
  'chahiey',
  'kripya',
  'krpya',
  'madad',
  'sahayata',
  'jaldi',
  'turant',
  'jarurat',
  'zarurat',
  'jaroorat',
  'zaroorat',
  'jarur',
  'zaroor',
  'koi',
  'kuch',
  'kya',
  'kaise',
  'kahan',
  'kaha',
  'kab',
  'nahi',
  'nahin',
  'nhi',
  'mujhe',
  'hume',
  'humein',
  'hamein',
  'mere',
  'meri',
  'mera',
  'hamare',
  'hamara',
  'aap',
  'aapke',
  'karo',
  'karein',
  'karen',
  'kare',
  'kijiye',
  'dijiye',
  'do',
  'dena',
  'mil',
  'milega',
  'milegi',
  'raha',
  'rahi',
  'rahe',
  'gaya',
  'gayi',
  'wale',
  'wala',
  'wali',
  'bhai',
  'bhaiya',
  'behen',
  'papa',
  'mummy',
  'pitaji',
  'mataji',
  'liye',
  'ke',
  'ki',
  'ka',
  'ko',
  'se',
  'mein',
  'mai',
  'par',
  'aur',
  'bhi',
  'sirf',
  'abhi',
  'yahan',
  'wahan',
  'sakta',
  'sakte',
  'sakti',
  'bahut',
  'bohot',
  'hamko',
  'unko',
  'unke',
  'sampark',
  'upalabdh',
  'uplabdh',
  'shukriya',
  'dhanyavad',
  'dhanyawad',
  'ji',
  'saal',
  'umar',
]);

interface ScriptCounts {
  devanagari: number;
  latin: number;
  bengali: number;
  assamese: number;
  gurmukhi: number;
  gujarati: number;
  tamil: number;
  other: number;
}

function countScripts(body: string): ScriptCounts {
  const n: ScriptCounts = {
    devanagari: 0,
    latin: 0,
    bengali: 0,
    assamese: 0,
    gurmukhi: 0,
    gujarati: 0,
    tamil: 0,
    other: 0,
  };
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 97 && c <= 122) n.latin++;
    } else if (c >= 0x0900 && c <= 0x097f) n.devanagari++;
    else if (c >= 0x0980 && c <= 0x09ff) {
      // ৰ and ৱ are Assamese letters; the rest of the block is shared with Bengali.
      if (c === 0x09f0 || c === 0x09f1) n.assamese++;
      n.bengali++;
    } else if (c >= 0x0a00 && c <= 0x0a7f) n.gurmukhi++;
    else if (c >= 0x0a80 && c <= 0x0aff) n.gujarati++;
    else if (c >= 0x0b80 && c <= 0x0bff) n.tamil++;
    else if (isLetter(c)) n.other++;
  }
  return n;
}

/** Letters of scripts the engine does not read (Telugu, Kannada, Malayalam, Odia, Urdu, …); emoji and
 * punctuation are not letters. */
function isLetter(c: number): boolean {
  return (
    (c >= 0x0370 && c <= 0x08ff) ||
    (c >= 0x0b00 && c <= 0x0b7f) ||
    (c >= 0x0c00 && c <= 0x109f) ||
    (c >= 0x3040 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af)
  );
}

export function detectLanguage(body: string): UnderstoodLanguage {
  const scripts = countScripts(body);
  const letters =
    scripts.devanagari +
    scripts.latin +
    scripts.bengali +
    scripts.gurmukhi +
    scripts.gujarati +
    scripts.tamil +
    scripts.other;
  // A script of its own that carries a third of the letters names the language.
  const own: Array<[UnderstoodLanguage, number]> = [
    [scripts.assamese > 0 ? 'as' : 'bn', scripts.bengali],
    ['pa', scripts.gurmukhi],
    ['gu', scripts.gujarati],
    ['ta', scripts.tamil],
    ['other', scripts.other],
  ];
  let best: [UnderstoodLanguage, number] = ['en', 0];
  for (const entry of own) if (entry[1] > best[1]) best = entry;
  if (best[1] > 0 && best[1] >= letters / 3 && best[1] >= scripts.devanagari) return best[0];

  let devanagari = 0;
  let latin = 0;
  let hinglish = 0;
  let latinWords = 0;
  let marathi = 0;
  for (const word of body.match(/[a-z]+|[\u0900-\u0963\u0966-\u097f]+/g) ?? []) {
    if (/^[\u0900-\u097f]/.test(word)) {
      devanagari += word.length;
      if (MARATHI.has(word)) marathi++;
    } else {
      latin += word.length;
      latinWords++;
      if (HINGLISH.has(word)) hinglish++;
    }
  }
  if (devanagari === 0 && latin === 0) return 'en';
  const share = devanagari / (devanagari + latin);
  // Marathi: two of its own words (one of them may be आहे/पाहिजे, which Hindi never writes).
  if (share >= 0.5 && marathi >= 2) return 'mr';
  if (share >= 0.8) return 'hi';
  if (share >= 0.15) return 'mixed';
  // Latin letters only: Hinglish when Hindi function words are frequent.
  if (hinglish >= 2 && hinglish / Math.max(1, latinWords) >= 0.12) return 'mixed';
  return devanagari > 0 && devanagari >= 8 ? 'mixed' : 'en';
}
