// Medicines named in a plea, as lower-case generic names (labelling guide): brands and misspellings map to
// their generic (Fabiflu → favipiravir, Covifor → remdesivir). A word is matched by its exact spelling, or by
// its consonant skeleton for long generic names (ramdesevir, remedisivir → "rmdsvr" = remdesivir).
import { foldDevanagari } from './normalize.js';

/** generic → spellings people use (brands, short forms, Devanagari after folding). */
const MEDICINES: Record<string, string[]> = {
  remdesivir: [
    'remdesivir',
    'remdesiver',
    'remdisivir',
    'remdesvir',
    'remedesivir',
    'remidesivir',
    'ramdesivir',
    'remdes',
    'remdesivr',
    'remdevisir',
    'remdesivire',
    'covifor',
    'cipremi',
    'desrem',
    'redyx',
    'jubi-r',
    'jubir',
    'remwin',
    'remdac',
    'remdiform',
    'remidac',
    'रेमडेसिविर',
    'रेमडेसिवीर',
    'रेमडेसीवीर',
    'रेमडेसिवर',
    'रेमडिसिविर',
    'रेमडेसीविर',
    'रेमेडेसिविर',
    'रेमडीसीवीर',
    'रेमडेसिविरि',
    'रेमडेसिविर',
    'रेमिडिसीवर',
    'रेमडीसिविर',
  ],
  tocilizumab: [
    'tocilizumab',
    'tocilizumad',
    'toclizumab',
    'tocilizumub',
    'tocilizumeb',
    'toci',
    'actemra',
    'acterma',
    'tocira',
    'टोसिलिजुमैब',
    'टोसिलीजुमैब',
    'टोसिलिजुमाब',
    'एक्टेमरा',
  ],
  favipiravir: [
    'favipiravir',
    'fabiflu',
    'fabi flu',
    'favipira',
    'favivir',
    'favilow',
    'favimax',
    'फैबीफ्लू',
    'फेबीफ्लू',
    'फैबिफ्लू',
    'फेबिफ्लू',
    'फेविपिराविर',
    'फेविपिरवीर',
  ],
  itolizumab: ['itolizumab', 'alzumab'],
  dexamethasone: ['dexamethasone', 'dexona', 'decadron', 'dexa', 'डेक्सामेथासोन'],
  methylprednisolone: ['methylprednisolone', 'medrol', 'solumedrol', 'solu-medrol', 'mpred'],
  ivermectin: ['ivermectin', 'ivermectol', 'ivercor', 'आइवरमेक्टिन'],
  enoxaparin: ['enoxaparin', 'clexane', 'lovenox', 'lonopin'],
  amphotericin_b: [
    'amphotericin',
    'amphotericin-b',
    'amphotericin b',
    'amphotericine',
    'ampho b',
    'amphob',
    'ambisome',
    'amphonex',
    'liposomal amphotericin',
    'एम्फोटेरिसिन',
    'एंफोटेरिसिन',
    'एम्फोटेरिसिन बी',
    'एंफोटेरिसिन बी',
  ],
  posaconazole: ['posaconazole', 'posaconazol', 'noxafil', 'posaforce', 'posacon'],
  isavuconazole: ['isavuconazole', 'isavuconazonium', 'cresemba'],
  baricitinib: ['baricitinib', 'olumiant', 'baricinix'],
  heparin: ['heparin', 'हेपरिन'],
  doxycycline: ['doxycycline', 'doxy'],
  azithromycin: ['azithromycin', 'azithral', 'azee', 'azithro', 'zithromax'],
  paracetamol: ['paracetamol', 'dolo', 'dolo-650', 'dolo 650', 'crocin', 'calpol', 'पैरासिटामोल'],
  casirivimab_imdevimab: ['casirivimab', 'imdevimab', 'ronapreve', 'antibody cocktail', 'regen-cov', 'regencov'],
  molnupiravir: ['molnupiravir', 'molflu', 'molulife'],
  '2-dg': ['2-dg', '2dg', '2-deoxy-d-glucose', '2 deoxy d glucose'],
  hydroxychloroquine: ['hydroxychloroquine', 'hcq', 'hcqs'],
  oseltamivir: ['oseltamivir', 'tamiflu'],
  itraconazole: ['itraconazole'],
  budesonide: ['budesonide', 'budecort'],
  colchicine: ['colchicine'],
  apixaban: ['apixaban', 'eliquis'],
  rivaroxaban: ['rivaroxaban', 'xarelto'],
  bevacizumab: ['bevacizumab'],
  immunoglobulin: ['ivig', 'immunoglobulin'],
};

/** Generic names long enough to be matched by their consonant skeleton too. */
const SKELETON_GENERICS = ['remdesivir', 'tocilizumab', 'favipiravir', 'itolizumab', 'amphotericin', 'posaconazole'];

const skeleton = (word: string) => word.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');

const exact = new Map<string, string>();
/** First word of a name → most words of a name starting with it. */
const longestFrom = new Map<string, number>();
/** Names of six letters or more, by their first three letters, to find inside one-word hashtags. */
const inside = new Map<string, Array<[string, string]>>();
for (const [generic, names] of Object.entries(MEDICINES)) {
  for (const raw of names) {
    const name = foldDevanagari(raw);
    exact.set(name, generic);
    const parts = name.split(/\s+/);
    const first = parts[0] ?? '';
    longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, parts.length));
    if (name.length >= 6 && /^[a-z]+$/.test(name)) {
      const bucket = inside.get(name.slice(0, 3)) ?? [];
      bucket.push([name, generic]);
      inside.set(name.slice(0, 3), bucket);
    }
  }
}
const skeletons = new Map<string, string>();
for (const name of SKELETON_GENERICS) {
  skeletons.set(skeleton(name), name === 'amphotericin' ? 'amphotericin_b' : name);
}
const skeletonInitials = new Set(SKELETON_GENERICS.map((n) => n[0]));

/** Words (Latin or Devanagari, with inner dashes) of a lower-cased, folded text. */
export function words(text: string): string[] {
  return text.match(/[\u0900-\u0963\u0966-\u097fa-z0-9]+(?:-[\u0900-\u0963\u0966-\u097fa-z0-9]+)*/g) ?? [];
}

/** Generic names of the medicines in `inline` (lower-cased text with hashtags split into words), in order. */
export function extractMedicines(inline: string, hashtagsFlat: string[]): string[] {
  const found: string[] = [];
  const add = (generic: string | undefined) => {
    if (generic && !found.includes(generic)) found.push(generic);
  };
  const ws = words(inline);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? '';
    const longest = longestFrom.get(w);
    let hit = false;
    for (let n = Math.min(longest ?? 0, ws.length - i); n >= 1 && !hit; n--) {
      const generic = exact.get(n === 1 ? w : ws.slice(i, i + n).join(' '));
      if (generic) {
        add(generic);
        hit = true;
      }
    }
    if (!hit && w.length >= 8 && skeletonInitials.has(w[0]) && /^[a-z]+$/.test(w)) add(skeletons.get(skeleton(w)));
  }
  // Hashtags written in one case (#remdesivirinjection) hide the word: look inside them too.
  for (const flat of hashtagsFlat) {
    for (let i = 0; i + 6 <= flat.length; i++) {
      for (const [name, generic] of inside.get(flat.slice(i, i + 3)) ?? []) {
        if (flat.startsWith(name, i)) add(generic);
      }
    }
  }
  return found;
}
