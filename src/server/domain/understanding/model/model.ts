// The trained heads of the understanding engine: one for the kind (request / offer / other, softmax) and one
// per resource (kept or not, logistic), over the features of features.ts. Weights live in a hashed table; the
// file form is two base64 strings (slots, and weights in 1/1024ths), written by scripts/train-understanding.mjs.
import type { UnderstoodResource } from '../resources.js';
import { candidates, resourceFeatures, ruleFeatures, textFeatures, unigrams, type RuleReading } from './features.js';
import {
  emptyTable,
  hashName,
  score,
  sigmoid,
  slotOf,
  softmax,
  strongest,
  topNames,
  type Feature,
  type WeightTable,
} from './linear.js';

export interface UnderstandingModel {
  weights: WeightTable;
  /** How far the rules' decision leads before any weight counts (1: PRIOR as written; chosen in training). */
  trust: number;
  /** What it was trained on, e.g. "understanding-dev.jsonl + understanding-dev-2.jsonl (421 messages)". */
  trainedOn: string;
}

export interface ModelFile {
  trainedOn: string;
  trust: number;
  /** Little-endian uint32 slots, base64. */
  slots: string;
  /** Little-endian int16 weights × 1024, base64, in the order of `slots`. */
  weights: string;
}

const SCALE = 1024;
export const kinds = ['request', 'offer', 'other'] as const;
const KIND_GROUP = hashName('kind');

/** The first of a feature's three kind weights (request, offer, other: one cache line). */
export function kindSlot(feature: number): number {
  return slotOf(feature, KIND_GROUP) & ~3;
}
const resourceHeads = new Map<string, number>();
export function resourceHead(resource: UnderstoodResource): number {
  let head = resourceHeads.get(resource);
  if (head === undefined) {
    head = hashName(`res:${resource}`);
    resourceHeads.set(resource, head);
  }
  return head;
}

export function encodeModel(model: UnderstandingModel): ModelFile {
  const slots: number[] = [];
  const values: number[] = [];
  model.weights.forEach((w, slot) => {
    const q = Math.max(-32767, Math.min(32767, Math.round(w * SCALE)));
    if (q !== 0) {
      slots.push(slot);
      values.push(q);
    }
  });
  return {
    trainedOn: model.trainedOn,
    trust: model.trust,
    slots: Buffer.from(new Uint32Array(slots).buffer).toString('base64'),
    weights: Buffer.from(new Int16Array(values).buffer).toString('base64'),
  };
}

function bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function decodeModel(file: ModelFile): UnderstandingModel {
  const slotBytes = bytes(file.slots);
  const weightBytes = bytes(file.weights);
  const slots = new DataView(slotBytes.buffer);
  const values = new DataView(weightBytes.buffer);
  const weights = emptyTable();
  for (let i = 0; i * 4 < slotBytes.length; i++) {
    weights[slots.getUint32(i * 4, true)] = values.getInt16(i * 2, true) / SCALE;
  }
  return { weights, trust: file.trust, trainedOn: file.trainedOn };
}

export interface KindPrediction {
  kind: (typeof kinds)[number];
  /** Probability of each kind, in the order of `kinds`. */
  probabilities: number[];
  /** The features that pushed the chosen kind up the most. */
  because: string[];
}

/** The rules' decision as a head's starting point: the weights learn corrections to it, so with little
 * evidence (few training messages, an unseen word) the heads agree with the rules. */
export const PRIOR = { kind: 2, inText: 2.5, inTag: 1, sibling: -2.5 } as const;

/** The starting logit of each kind: the rules' kind ahead by PRIOR.kind. */
export function kindPriors(reading: RuleReading, trust: number): number[] {
  return kinds.map((k) => (k === reading.kind ? PRIOR.kind * trust : 0));
}

/** The starting logit of a resource: found in the text, only in a tag, or a sibling of one found. */
export function resourcePrior(reading: RuleReading, resource: UnderstoodResource, trust: number): number {
  const found = reading.resources.find((r) => r.resource === resource);
  return trust * (found ? (found.inText ? PRIOR.inText : PRIOR.inTag) : PRIOR.sibling);
}

export function kindFeatures(reading: RuleReading, text: readonly Feature[]): Feature[] {
  return [...ruleFeatures(reading), ...text];
}

export function predictKind(
  model: UnderstandingModel,
  reading: RuleReading,
  features: readonly Feature[],
): KindPrediction {
  const priors = kindPriors(reading, model.trust);
  // One pass over the features for the three heads, whose weights for a feature sit side by side.
  const w = model.weights;
  let s0 = priors[0] ?? 0;
  let s1 = priors[1] ?? 0;
  let s2 = priors[2] ?? 0;
  for (const f of features) {
    const base = kindSlot(f.hash);
    s0 += (w[base] ?? 0) * f.value;
    s1 += (w[base + 1] ?? 0) * f.value;
    s2 += (w[base + 2] ?? 0) * f.value;
  }
  const probabilities = softmax([s0, s1, s2]);
  let best = 0;
  for (let k = 1; k < kinds.length; k++) if ((probabilities[k] ?? 0) > (probabilities[best] ?? 0)) best = k;
  return {
    kind: kinds[best] as (typeof kinds)[number],
    probabilities,
    because: strongestKind(model.weights, best, features, 4),
  };
}

/** The features that pushed kind `k` up the most (as `strongest`, for the side-by-side kind weights). */
function strongestKind(weights: WeightTable, k: number, features: readonly Feature[], n: number): string[] {
  const pushed: Array<[Feature, number]> = [];
  for (const f of features) {
    const w = (weights[kindSlot(f.hash) + k] ?? 0) * f.value;
    if (w > 0.05) pushed.push([f, w]);
  }
  return topNames(pushed, n);
}

export interface ResourcePrediction {
  resource: UnderstoodResource;
  probability: number;
  /** The features behind it (computed when asked: only kept resources are explained). */
  because: () => string[];
}

/** The probability of each candidate resource (the rules' finds and their siblings), for a message of `kind`. */
export function predictResources(
  model: UnderstandingModel,
  reading: RuleReading,
  kind: string,
  text: readonly Feature[],
): ResourcePrediction[] {
  const words = unigrams(text);
  return candidates(reading).map((resource) => {
    const features = resourceFeatures(reading, resource, kind, words);
    const head = resourceHead(resource);
    return {
      resource,
      probability: sigmoid(resourcePrior(reading, resource, model.trust) + score(model.weights, head, features)),
      because: () => strongest(model.weights, head, features, 3),
    };
  });
}

export { textFeatures };
