// Sparse linear scoring over hashed feature names: the statistical half of the understanding engine. A
// feature is a name ("w:available", "rule:offer"); its weight for a head ("kind:offer", "res:plasma") sits in one
// table indexed by a hash of both, so the model file holds numbers only, and a message's own words name the
// features that drove a decision (the explanation).

/** Table size: 2^18 slots (1 MB as 32-bit floats, near the processor's caches); a model holds about ten
 * thousand weights, so collisions are rare. */
export const SLOT_BITS = 18;
const SLOT_MASK = (1 << SLOT_BITS) - 1;

/** FNV-1a over UTF-16 code units: fast, deterministic, the same in training and in use. */
export function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The slot of a feature (already hashed) for a head (already hashed). */
export function slotOf(feature: number, head: number): number {
  return (Math.imul(feature ^ Math.imul(head, 0x85ebca6b), 0x9e3779b1) >>> (32 - SLOT_BITS)) & SLOT_MASK;
}

/** A feature of one message: its hash and value, and what it stands for (a name, or a word, a pair of words
 * or the start of a word, whose name is only written when an explanation needs it). */
export interface Feature {
  hash: number;
  value: number;
  kind: 'name' | 'word' | 'pair' | 'start';
  text: string;
  next?: string;
}

/** Names and words repeat from message to message: their hashes are remembered (bounded, so memory stays flat). */
const hashes = new Map<string, number>();

export function hashOf(text: string): number {
  let hash = hashes.get(text);
  if (hash === undefined) {
    if (hashes.size >= 50_000) hashes.clear();
    hash = hashName(text);
    hashes.set(text, hash);
  }
  return hash;
}

/** Mixes two hashes into a third (a word pair from its words' hashes, a word from its own with a kind). */
export function mix(a: number, b: number): number {
  return (Math.imul(a ^ (b >>> 15), 0x2c1b3c6d) ^ Math.imul(b, 0x297a2d39)) >>> 0;
}

export function feature(name: string, value = 1): Feature {
  return { hash: hashOf(name), value, kind: 'name', text: name };
}

/** How a feature reads in an explanation. */
export function nameOf(f: Feature): string {
  switch (f.kind) {
    case 'name':
      return f.text;
    case 'word':
      return f.text;
    case 'pair':
      return `${f.text} ${f.next ?? ''}`;
    case 'start':
      return `${f.text}…`;
  }
}

/** One weight per slot (4 MB as 32-bit floats): a look-up is an index, whatever the number of weights. */
export type WeightTable = Float32Array | Float64Array;

export function emptyTable(precise = false): WeightTable {
  return precise ? new Float64Array(1 << SLOT_BITS) : new Float32Array(1 << SLOT_BITS);
}

export function score(weights: WeightTable, head: number, features: readonly Feature[]): number {
  let total = 0;
  for (const f of features) total += (weights[slotOf(f.hash, head)] ?? 0) * f.value;
  return total;
}

/** The features that pushed a head's score up the most, strongest first. */
export function strongest(weights: WeightTable, head: number, features: readonly Feature[], n: number): string[] {
  const pushed: Array<[Feature, number]> = [];
  for (const f of features) {
    const w = weights[slotOf(f.hash, head)] ?? 0;
    if (w * f.value > 0.05) pushed.push([f, w * f.value]);
  }
  return topNames(pushed, n);
}

/** The names of the `n` features of most weight, strongest first, ties by name; a name is written only when
 * it is shown or breaks a tie (most features are never named). Only the message's own words are named: the rules'
 * conclusions and the counts (features of kind 'name') weigh in the score, but the operator is shown words. */
export function topNames(all: Array<[Feature, number]>, n: number): string[] {
  const pushed = all.filter(([f]) => f.kind !== 'name');
  pushed.sort((a, b) => b[1] - a[1] || (nameOf(a[0]) < nameOf(b[0]) ? -1 : 1));
  return pushed.slice(0, n).map(([f]) => nameOf(f));
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, x))));
}

export function softmax(xs: readonly number[]): number[] {
  const top = Math.max(...xs);
  const e = xs.map((x) => Math.exp(x - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}
