// The language of a message: Hindi (Devanagari), English, or mixed (both scripts, or Hindi written in Latin
// letters: "oxygen chahiye, kripya madad karein"). Hashtags, handles and links are not counted.

export type UnderstoodLanguage = 'en' | 'hi' | 'mixed';

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

export function detectLanguage(body: string): UnderstoodLanguage {
  let devanagari = 0;
  let latin = 0;
  let hinglish = 0;
  let latinWords = 0;
  for (const word of body.match(/[a-z]+|[\u0900-\u0963\u0966-\u097f]+/g) ?? []) {
    if (/^[\u0900-\u097f]/.test(word)) {
      devanagari += word.length;
    } else {
      latin += word.length;
      latinWords++;
      if (HINGLISH.has(word)) hinglish++;
    }
  }
  if (devanagari === 0 && latin === 0) return 'en';
  const share = devanagari / (devanagari + latin);
  if (share >= 0.8) return 'hi';
  if (share >= 0.15) return 'mixed';
  // Latin letters only: Hinglish when Hindi function words are frequent.
  if (hinglish >= 2 && hinglish / Math.max(1, latinWords) >= 0.12) return 'mixed';
  return devanagari > 0 && devanagari >= 8 ? 'mixed' : 'en';
}
