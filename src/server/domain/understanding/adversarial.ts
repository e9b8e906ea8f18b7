// Inputs that stress the engine's patterns (long runs of digits, signs, separators, repeated cue words,
// mixed scripts), for the fuzz test and the benchmark. None is a real message.

const PIECES = [
  '9',
  '98',
  '+91',
  '0',
  '-',
  ' ',
  '.',
  '/',
  '(',
  ')',
  '+',
  've',
  'B',
  'AB',
  'O',
  'spo2',
  'SpO2 ',
  'age ',
  '45M ',
  'oxygen ',
  'bed ',
  'ICU/',
  'cylinder-',
  'refill ',
  '#',
  '#SOS',
  '@',
  'https://t.co/x ',
  'Delhi ',
  'लखनऊ ',
  'ऑक्सीजन ',
  'बी पॉजिटिव ',
  '९',
  '₹',
  'Rs',
  '&amp;',
  '\n',
  '|',
  ':',
  ',',
  'need ',
  'available ',
  'verified ',
  'not ',
  'with ',
  'in ',
  'Location: ',
  '📍',
  '✅',
  '𝐕',
  'ज़',
  '\u200d',
  '%',
  'year old ',
  'yrs ',
  'वर्ष ',
];

/** A deterministic pseudo-random generator (mulberry32), so failures can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Named worst cases of about `size` characters each. */
export function adversarialInputs(size = 10_240): Array<[string, string]> {
  return [
    ['digits', repeatTo('9', size)],
    ['digit groups', repeatTo('98 ', size)],
    ['dashed digits', repeatTo('9-', size)],
    ['plus signs', repeatTo('+91 ', size)],
    ['blood signs', repeatTo('B +', size)],
    ['blood words', repeatTo('AB positive ', size)],
    ['open brackets', repeatTo('(', size)],
    ['spo2 cues', repeatTo('spo2 ', size)],
    ['spo2 readings', repeatTo('spo2 90,', size)],
    ['ages', repeatTo('age 45 ', size)],
    ['oxygen words', repeatTo('oxygen ', size)],
    ['bed lists', repeatTo('ICU/oxygen/ventilator beds, ', size)],
    ['hashtags', repeatTo('#SOSDelhiOxygenBedsNeeded ', size)],
    ['one long hashtag', `#${repeatTo('covidchennai', size - 1)}`],
    ['mentions', repeatTo('@DC_Ranchi ', size)],
    ['urls', repeatTo('https://t.co/abc ', size)],
    ['city names', repeatTo('Delhi Mumbai Lucknow ', size)],
    ['hindi', repeatTo('लखनऊ में ऑक्सीजन बेड चाहिए ', size)],
    ['devanagari digits', repeatTo('९८३९० १२३४५ ', size)],
    ['entities', repeatTo('&amp;', size)],
    ['spaces', ' '.repeat(size)],
    ['newlines', '\n'.repeat(size)],
    ['letters', repeatTo('a', size)],
    ['no spaces', repeatTo('needoxygenbedinpune', size)],
    ['pin codes', repeatTo('110001 ', size)],
    ['available', repeatTo('is oxygen available ', size)],
    ['math letters', repeatTo('𝐕𝐞𝐫𝐢𝐟𝐢𝐞𝐝 ', size)],
    // Issue 15: tags with a run of letters, negation lists, group tags, other scripts, leads pointers.
    ['tag and one long word', `#SOSOxygen ${repeatTo('oxygen', size - 11)}`],
    ['negation lists', repeatTo('no oxygen and icu and ventilator, ', size)],
    ['group tags', repeatTo('#BloodDonorsIndia ', size)],
    ['bengali', repeatTo('অক্সিজেন বেড উপলব্ধ ', size)],
    ['tamil', repeatTo('படுக்கைகள் கிடைக்கும் ', size)],
    ['leads pointers', repeatTo('leads for beds are ', size)],
    ['levels', repeatTo('level dropped to ', size)],
    ['retweets', repeatTo('RT @MumbaiSOS ', size)],
    // Tags in one case are split into known words (tag-segments.ts): each a different one, so none is remembered.
    ['one-case tags', oneCaseTags(size)],
  ];
}

/** Distinct tags of known words run together, each ending in a letter that spoils the split. */
function oneCaseTags(size: number): string {
  const words = ['sos', 'oxygen', 'beds', 'needed', 'delhi', 'plasma', 'icu', 'help'];
  let out = '';
  for (let i = 0; out.length < size; i++) {
    let tag = '#';
    for (let j = 0; tag.length < 56; j++) tag += words[((i >> j) % words.length) + (j % 2)] ?? 'sos';
    out += `${tag}q `;
  }
  return out.slice(0, size);
}

/** A random string of about `size` characters from pieces that trigger the patterns. */
export function randomInput(random: () => number, size: number): string {
  let out = '';
  while (out.length < size) {
    if (random() < 0.1) out += String.fromCharCode(Math.floor(random() * 0x3000));
    else out += PIECES[Math.floor(random() * PIECES.length)] ?? '';
  }
  return out;
}
