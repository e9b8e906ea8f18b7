// The hospital a message names ("admitted in Curewell Hospital, Indore", "at AIIMS", "Lok Nayak Hospital"):
// the words before "Hospital" / "Nursing Home" / "Medical College" that read as a name.

const HEAD = /^(?:hospitals?|nursing|medical|clinic)$/i;
const NOT_NAME = new Set([
  'a',
  'an',
  'the',
  'any',
  'in',
  'at',
  'of',
  'to',
  'for',
  'from',
  'and',
  'or',
  'with',
  'by',
  'no',
  'not',
  'my',
  'his',
  'her',
  'our',
  'their',
  'this',
  'that',
  'some',
  'all',
  'near',
  'nearby',
  'private',
  'govt',
  'government',
  'covid',
  'corona',
  'dedicated',
  'good',
  'big',
  'best',
  'local',
  'nearest',
  'same',
  'other',
  'another',
  'need',
  'needs',
  'needed',
  'require',
  'required',
  'find',
  'get',
  'verified',
  'available',
  'beds',
  'bed',
  'icu',
  'oxygen',
  'name',
  'admitted',
  'admit',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'patient',
  'patients',
  'city',
  'district',
  'new',
  'one',
  'two',
  'many',
  'more',
  'these',
  'those',
  'which',
  'where',
  'every',
  'each',
  'current',
  'general',
  'civil',
  'non',
  'on',
  'into',
  'via',
  'call',
  'contact',
  'please',
  'plz',
  'pls',
  'urgent',
  'urgently',
  'shifted',
  'shift',
  'discharged',
  'left',
  'right',
  'mentioned',
  'said',
  'such',
]);
/** Well-known hospitals named without the word "hospital". */
const KNOWN =
  /\b(AIIMS|PGIMER|SGPGI|KGMU|Safdarjung|LNJP|GTB|RML|Medanta|Kokilaben|Lilavati|Sassoon|KEM|NIMHANS|Apollo|Fortis|Max Saket|Manipal)\b/;

function titleCase(words: string[]): string {
  return words
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : `${w[0]?.toUpperCase() ?? ''}${w.slice(1).toLowerCase()}`))
    .join(' ');
}

const MENTIONS_ONE =
  /hospital|clinic|nursing|medical|aiims|pgi|kgmu|safdarjung|lnjp|gtb|rml|medanta|kokilaben|lilavati|sassoon|kem|nimhans|apollo|fortis|max saket|manipal/i;

export function extractHospital(cased: string): string | null {
  if (!MENTIONS_ONE.test(cased)) return null;
  const words = [...cased.matchAll(/[A-Za-z][A-Za-z&'.]*|[,;:|()\n]/g)].map((m) => m[0]);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (!HEAD.test(w)) continue;
    const next = words[i + 1] ?? '';
    let head = w;
    if (/^nursing$/i.test(w)) {
      if (!/^homes?$/i.test(next)) continue;
      head = `${w} ${next}`;
    } else if (/^medical$/i.test(w)) {
      if (!/^(college|centre|center|institute)$/i.test(next)) continue;
      head = `${w} ${next}`;
    }
    const name: string[] = [];
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      const p = words[k] ?? '';
      if (!/^[A-Za-z]/.test(p) || NOT_NAME.has(p.toLowerCase()) || HEAD.test(p)) break;
      name.unshift(p);
    }
    if (name.length) return titleCase([...name, ...head.split(' ')]);
  }
  return KNOWN.exec(cased)?.[1] ?? null;
}
