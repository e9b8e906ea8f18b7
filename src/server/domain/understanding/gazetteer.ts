// The gazetteer the location extractor reads: states and districts from data/geography/india.json, cities,
// towns, localities and PIN codes from data/gazetteer/ (built by scripts/build-gazetteer.mjs). Loaded once,
// when this module is first imported; look-ups afterwards are in memory.
import { readFileSync } from 'node:fs';
import { foldKey } from './fold.js';

export interface GazetteerState {
  code: string;
  name: string;
  nameHi: string;
}
export interface GazetteerDistrict {
  code: string;
  state: string;
  name: string;
  nameHi: string;
  aliases: string[];
  /** The city people name for the district (Gautam Buddha Nagar → Noida), if any. */
  city: string | null;
}
export interface GazetteerPlace {
  name: string;
  /** District code; null for cities spread over several districts (Delhi, Mumbai). */
  district: string | null;
  state: string;
  population: number;
  /** Seat of its district (or named like it). */
  seat: boolean;
  /** The bigger city it is filed under (Secunderabad → Hyderabad). */
  partOf: string | null;
}
export interface GazetteerLocality {
  name: string;
  city: string;
  district: string | null;
  state: string;
}

export type GazetteerRef =
  | { kind: 'state'; state: GazetteerState }
  | { kind: 'district'; district: GazetteerDistrict }
  | { kind: 'place'; place: GazetteerPlace }
  | { kind: 'locality'; locality: GazetteerLocality };

export interface GazetteerEntry {
  ref: GazetteerRef;
  /** The name is also a common word or given name, or a small town: needs a location cue. */
  ambiguous: boolean;
}

interface PlacesFile {
  ambiguous: string[];
  ambiguousHi: string[];
  districtCity: Record<string, string>;
  places: Array<{
    name: string;
    district: string | null;
    state: string;
    population: number;
    seat?: boolean;
    partOf?: string;
    aliases: string[];
    hi: string[];
  }>;
}
interface GeographyFile {
  states: Array<{ code: string; name: string; nameHi: string }>;
  districts: Array<{ code: string; state: string; name: string; nameHi: string; aliases?: string[] }>;
}

/** Other names of states people write (old names, spellings, words run together in hashtags). */
const STATE_ALIASES: Record<string, string[]> = {
  AP: ['Andhra', 'Andhrapradesh', 'आंध्रप्रदेश'],
  AR: ['Arunachal', 'Arunachalpradesh'],
  CT: ['Chattisgarh', 'Chhatisgarh', 'Chhattisgar', 'Chattisgargh', 'छतीसगढ़'],
  DL: ['Delhi NCR', 'NCT of Delhi', 'दिल्ली एनसीआर'],
  GJ: ['Gujrat', 'गुजरात'],
  HR: ['Hariyana', 'हरियाना'],
  HP: ['Himachal', 'Himachalpradesh', 'हिमाचल'],
  JK: ['Jammu Kashmir', 'J&K', 'JandK', 'Jammu & Kashmir', 'जम्मू कश्मीर'],
  JH: ['Jharkhnad', 'झारखण्ड'],
  KA: ['Karnatak', 'Karnatka', 'कर्नाटका'],
  MP: ['Madhyapradesh', 'M.P.', 'मध्यप्रदेश', 'एमपी'],
  MH: ['Maharastra', 'Maharashtr', 'महाराष्ट्र'],
  OR: ['Orissa', 'Odisa', 'उड़ीसा', 'ओड़िशा'],
  PY: ['Pondicherry', 'Pondy'],
  PB: ['Panjab'],
  RJ: ['Rajastan', 'Rajsthan', 'राजस्थान'],
  TN: ['Tamilnadu', 'Tamil Naadu', 'तमिल नाडु'],
  TG: ['Telengana', 'Telegana', 'Telanagana', 'तेलंगाना'],
  UP: ['Uttarpradesh', 'Uttar Pardesh', 'U.P.', 'उत्तरप्रदेश', 'यूपी'],
  UT: ['Uttaranchal', 'Uttrakhand', 'Uttarkhand', 'उत्तराखण्ड'],
  WB: ['Bengal', 'Westbengal', 'Paschimbanga', 'बंगाल'],
};

export interface Gazetteer {
  states: Map<string, GazetteerState>;
  districts: Map<string, GazetteerDistrict>;
  /** Places by canonical name (several when a name repeats: Aurangabad MH and BR). */
  placesByName: Map<string, GazetteerPlace[]>;
  /** Folded name (words joined by one space) → entries. */
  index: Map<string, GazetteerEntry[]>;
  /** First word of an indexed name → most words of a name starting with it. */
  longestFrom: Map<string, number>;
  /** Names to look for inside one-word hashtags and handles (#covidchennai, @DC_Ranchi): big places and
   * states, no spaces, five letters or more, by their first three letters. */
  inside: Map<string, Array<{ key: string; entries: GazetteerEntry[] }>>;
  /** PIN code → district code. */
  pincodes: Map<string, string>;
}

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as T;
}

function buildGazetteer(): Gazetteer {
  // This file sits at src/server/domain/understanding/ (and dist/server/domain/understanding/ once built).
  const geography = readJson<GeographyFile>('../../../../data/geography/india.json');
  const placesFile = readJson<PlacesFile>('../../../../data/gazetteer/places.json');
  const localitiesFile = readJson<{ localities: GazetteerLocality[] }>('../../../../data/gazetteer/localities.json');
  const pinFile = readJson<{ districts: Record<string, number[]> }>('../../../../data/gazetteer/pincodes.json');

  const ambiguous = new Set(placesFile.ambiguous.map(foldKey));
  const ambiguousHi = new Set(placesFile.ambiguousHi.map(foldKey));
  const index = new Map<string, GazetteerEntry[]>();
  const add = (name: string, ref: GazetteerRef, forceAmbiguous = false) => {
    const key = foldKey(name);
    if (!key) return;
    const list = index.get(key) ?? [];
    if (list.some((e) => e.ref === ref)) return;
    list.push({ ref, ambiguous: forceAmbiguous || ambiguous.has(key) || ambiguousHi.has(key) });
    index.set(key, list);
  };

  const states = new Map<string, GazetteerState>();
  for (const s of geography.states) {
    const state = { code: s.code, name: s.name, nameHi: s.nameHi };
    states.set(s.code, state);
    const ref: GazetteerRef = { kind: 'state', state };
    for (const n of [s.name, s.nameHi, ...(STATE_ALIASES[s.code] ?? [])]) add(n, ref);
  }
  const districts = new Map<string, GazetteerDistrict>();
  for (const d of geography.districts) {
    const district = {
      code: d.code,
      state: d.state,
      name: d.name,
      nameHi: d.nameHi,
      aliases: d.aliases ?? [],
      city: placesFile.districtCity[d.code] ?? null,
    };
    districts.set(d.code, district);
    const ref: GazetteerRef = { kind: 'district', district };
    for (const n of [d.name, d.nameHi, ...district.aliases]) add(n, ref);
  }
  const placesByName = new Map<string, GazetteerPlace[]>();
  for (const p of placesFile.places) {
    const place: GazetteerPlace = {
      name: p.name,
      district: p.district,
      state: p.state,
      population: p.population,
      seat: p.seat === true,
      partOf: p.partOf ?? null,
    };
    placesByName.set(p.name, [...(placesByName.get(p.name) ?? []), place]);
    const ref: GazetteerRef = { kind: 'place', place };
    for (const n of [p.name, ...p.aliases, ...p.hi]) add(n, ref);
  }
  for (const l of localitiesFile.localities) {
    add(l.name, { kind: 'locality', locality: { name: l.name, city: l.city, district: l.district, state: l.state } });
  }

  const longestFrom = new Map<string, number>();
  for (const key of index.keys()) {
    const parts = key.split(' ');
    const first = parts[0] ?? '';
    longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, parts.length));
  }

  const inside = new Map<string, Array<{ key: string; entries: GazetteerEntry[] }>>();
  for (const [key, entries] of index) {
    const flat = key.replace(/ /g, '');
    if (flat.length < 5 || !/^[a-z]+$/.test(flat)) continue;
    const big = entries.filter(
      (e) =>
        !e.ambiguous &&
        (e.ref.kind === 'state' ||
          (e.ref.kind === 'place' && !e.ref.place.partOf && e.ref.place.population >= 200_000)),
    );
    if (big.length === 0) continue;
    const bucket = inside.get(flat.slice(0, 3)) ?? [];
    bucket.push({ key: flat, entries: big });
    inside.set(flat.slice(0, 3), bucket);
  }
  for (const bucket of inside.values()) bucket.sort((a, b) => b.key.length - a.key.length);

  const pincodes = new Map<string, string>();
  for (const [code, pins] of Object.entries(pinFile.districts)) for (const pin of pins) pincodes.set(String(pin), code);

  return { states, districts, placesByName, index, longestFrom, inside, pincodes };
}

export const gazetteer: Gazetteer = buildGazetteer();
