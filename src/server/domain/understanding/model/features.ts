// What the statistical heads see of a message: its words and word pairs (as the rules read them: hashtags split
// into words, tags of groups and handles left out), and what the rules concluded (their kind and cue weights,
// the resources they found, phones, readings). The heads learn when to trust the rules and which words the
// rules miss; the rules stay the backbone, so a word never seen in training changes nothing.
import type { UnderstoodResource } from '../resources.js';
import { feature, hashOf, mix, type Feature } from './linear.js';

/** What the rules read, as the heads need it. */
export interface RuleReading {
  /** `PreparedText.topical`: lower case, hashtags as words, group tags and handles blanked. */
  text: string;
  hashtags: number;
  mentions: number;
  links: boolean;
  language: string;
  kind: 'request' | 'offer' | 'other';
  /** Which of the rules decided the kind (kind.ts). */
  rule: string;
  lines: number;
  /** A time of day is written ("verified at 10:30 pm"). */
  time: boolean;
  scores: { request: number; offer: number; other: number };
  /** Resources the rules found, whatever the kind; `inText` false when only a tag named it. */
  resources: ReadonlyArray<{ resource: UnderstoodResource; inText: boolean }>;
  phones: number;
  bloodGroups: number;
  medicines: number;
  hasAge: boolean;
  hasSpo2: boolean;
}

/** At most this many words are read (a 10 KB message costs no more than a long tweet). */
const MAX_WORDS = 120;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (/^\d+$/.test(w)) out.push(w.length >= 8 ? '<phone>' : w.length >= 4 ? '<number>' : '<n>');
    else if (w.length > 1 || /[^\x20-\x7e]/.test(w)) out.push(w.length > 24 ? w.slice(0, 24) : w);
    if (out.length >= MAX_WORDS) break;
  }
  return out;
}

const WORD_KIND = 0x9e3779b9;
const PAIR = 0x85ebca6b;
const START = 0xc2b2ae35;

/** Words, word pairs and word starts of the message (shared by every head). Hashed from the words' own
 * hashes, without building the pairs' text. */
export function textFeatures(reading: RuleReading): Feature[] {
  const ws = words(reading.text);
  const hs = ws.map(hashOf);
  const seen = new Set<number>();
  const out: Feature[] = [];
  const add = (hash: number, kind: Feature['kind'], text: string, next?: string) => {
    if (seen.has(hash)) return;
    seen.add(hash);
    out.push(next === undefined ? { hash, value: 1, kind, text } : { hash, value: 1, kind, text, next });
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    const h = hs[i] as number;
    add(mix(h, WORD_KIND), 'word', w);
    // The start of a long word stands for its spellings and endings (availab…, verifi…, सिलें…).
    if (w.length > 6) add(mix(hashOf(w.slice(0, 6)), START), 'start', w.slice(0, 6));
    if (i + 1 < ws.length) add(mix(mix(h, PAIR), hs[i + 1] as number), 'pair', w, ws[i + 1]);
  }
  return out;
}

const bounded = (x: number, top: number) => Math.min(x, top) / top;

/** What the rules concluded, as features of the kind head. */
export function ruleFeatures(reading: RuleReading): Feature[] {
  const s = reading.scores;
  const out = [
    feature('bias'),
    feature(`rule:${reading.kind}`),
    feature(`rule:${reading.kind} by ${reading.rule}`),
    feature('lines', bounded(reading.lines - 1, 12)),
    feature('cues:request', bounded(s.request, 8)),
    feature('cues:offer', bounded(s.offer, 8)),
    feature('cues:other', bounded(s.other, 8)),
    feature('cues:request>offer', s.request > s.offer ? 1 : 0),
    feature('resources', bounded(reading.resources.length, 4)),
    feature(`lang:${reading.language}`),
    feature('tags', bounded(reading.hashtags, 10)),
    feature('handles', bounded(reading.mentions, 10)),
  ];
  if (reading.resources.length === 0) out.push(feature('no resource'));
  if (reading.phones > 0) out.push(feature('phone'));
  else out.push(feature('no phone'));
  if (reading.bloodGroups > 0) out.push(feature('blood group'));
  if (reading.medicines > 0) out.push(feature('medicine'));
  if (reading.hasAge) out.push(feature('age'));
  if (reading.hasSpo2) out.push(feature('spo2'));
  if (reading.links) out.push(feature('link'));
  if (reading.time) out.push(feature('time of day'));
  return out;
}

/** Resources related to one the rules found: the head may prefer a sibling ("oxygen" for "oxygen cylinder"). */
const FAMILY: Record<UnderstoodResource, readonly UnderstoodResource[]> = {
  oxygen: ['oxygen_cylinder', 'oxygen_concentrator', 'oxygen_refill', 'bed_oxygen'],
  oxygen_cylinder: ['oxygen', 'oxygen_refill'],
  oxygen_concentrator: ['oxygen'],
  oxygen_refill: ['oxygen_cylinder', 'oxygen'],
  bed: ['bed_oxygen', 'bed_icu'],
  bed_oxygen: ['bed', 'oxygen'],
  bed_icu: ['bed', 'bed_ventilator'],
  bed_ventilator: ['bed_icu'],
  plasma: ['blood'],
  blood: ['plasma', 'platelets'],
  platelets: ['blood'],
  medicine: [],
  ambulance: [],
  food: [],
  test: [],
  doctor: [],
};

/** The resources a head decides on: those the rules found and their siblings. */
export function candidates(reading: RuleReading): UnderstoodResource[] {
  const out = new Set<UnderstoodResource>();
  for (const { resource } of reading.resources) {
    out.add(resource);
    for (const sibling of FAMILY[resource]) out.add(sibling);
  }
  return [...out];
}

/** The single words among a message's text features (what the resource heads read). */
export function unigrams(text: readonly Feature[]): Feature[] {
  return text.filter((f) => f.kind === 'word');
}

/** Features of one candidate resource: whether and how the rules found it, the kind, the message's words
 * (`words`: the `unigrams` of its text features). */
export function resourceFeatures(
  reading: RuleReading,
  resource: UnderstoodResource,
  kind: string,
  words: readonly Feature[],
): Feature[] {
  const found = reading.resources.find((r) => r.resource === resource);
  const out = [
    feature('bias'),
    feature(found ? (found.inText ? 'rule: in text' : 'rule: in a tag only') : 'rule: sibling only'),
    feature(`kind:${kind}`),
    feature('resources', bounded(reading.resources.length, 4)),
  ];
  for (const f of words) out.push(f);
  return out;
}
