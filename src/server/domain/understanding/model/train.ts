// Training of the heads of model.ts: stochastic gradient descent on the log loss with an L2 penalty, examples in
// an order fixed by a seeded generator (same data, same model, byte for byte). The penalty is chosen by 3-fold
// cross-validation inside the training set, so a set that is scored was never seen, not even to tune.
import type { UnderstoodResource } from '../resources.js';
import { candidates, resourceFeatures, unigrams, type RuleReading } from './features.js';
import { emptyTable, slotOf, sigmoid, softmax, type Feature, type WeightTable } from './linear.js';
import {
  kindFeatures,
  kindSlot,
  kindPriors,
  kinds,
  predictKind,
  predictResources,
  resourceHead,
  resourcePrior,
  textFeatures,
  type UnderstandingModel,
} from './model.js';

export interface TrainingExample {
  reading: RuleReading;
  kind: (typeof kinds)[number];
  resources: ReadonlySet<string>;
}

export interface TrainingOptions {
  /** L2 penalties to choose from (by cross-validation inside the training set). */
  penalties?: readonly number[];
  /** Trust in the rules to choose from (model.ts, `UnderstandingModel.trust`), likewise. */
  trusts?: readonly number[];
  epochs?: number;
  trainedOn?: string;
}

/** A word must appear in this many training messages to get a weight: one message's quirks are not learned. */
const MIN_MESSAGES = 2;

/** Mulberry32: a small seeded generator, for a shuffling order that is the same on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Prepared {
  example: TrainingExample;
  text: Feature[];
}

function prepare(examples: readonly TrainingExample[]): Prepared[] {
  const seenIn = new Map<number, number>();
  const texts = examples.map((e) => textFeatures(e.reading));
  for (const text of texts) for (const f of text) seenIn.set(f.hash, (seenIn.get(f.hash) ?? 0) + 1);
  return examples.map((example, i) => ({
    example,
    text: (texts[i] ?? []).filter((f) => (seenIn.get(f.hash) ?? 0) >= MIN_MESSAGES),
  }));
}

function step(
  weights: WeightTable,
  head: number,
  features: readonly Feature[],
  gradient: number,
  rate: number,
  l2: number,
) {
  for (const f of features) {
    const slot = slotOf(f.hash, head);
    const w = weights[slot] ?? 0;
    weights[slot] = w - rate * (gradient * f.value + l2 * w);
  }
}

function fit(data: readonly Prepared[], l2: number, trust: number, epochs: number): WeightTable {
  const weights = emptyTable(true);
  const random = generator(15);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = 0.3 / (1 + 0.15 * epoch);
    for (const index of order) {
      const { example, text } = data[index] as Prepared;
      const features = kindFeatures(example.reading, text);
      const priors = kindPriors(example.reading, trust);
      const scores = kinds.map((_, k) => {
        let s = priors[k] ?? 0;
        for (const f of features) s += (weights[kindSlot(f.hash) + k] ?? 0) * f.value;
        return s;
      });
      const p = softmax(scores);
      kinds.forEach((kind, k) => {
        const gradient = (p[k] ?? 0) - (example.kind === kind ? 1 : 0);
        for (const f of features) {
          const slot = kindSlot(f.hash) + k;
          const w = weights[slot] ?? 0;
          weights[slot] = w - rate * (gradient * f.value + l2 * w);
        }
      });
      // Resources are learnt on requests and offers only: for the rest the engine names none.
      if (example.kind === 'other') continue;
      const words = unigrams(text);
      for (const resource of candidates(example.reading)) {
        const rf = resourceFeatures(example.reading, resource, example.kind, words);
        const head = resourceHead(resource);
        let s = resourcePrior(example.reading, resource, trust);
        for (const f of rf) s += (weights[slotOf(f.hash, head)] ?? 0) * f.value;
        step(weights, head, rf, sigmoid(s) - (example.resources.has(resource) ? 1 : 0), rate, l2);
      }
    }
  }
  return weights;
}

/** Kind accuracy plus resource F1 of a model on examples (the yardstick of the penalty's choice). */
export function yardstick(model: UnderstandingModel, examples: readonly TrainingExample[]): number {
  let hit = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const example of examples) {
    const text = textFeatures(example.reading);
    const kind = predictKind(model, example.reading, kindFeatures(example.reading, text)).kind;
    if (kind === example.kind) hit++;
    const predicted = new Set<UnderstoodResource>();
    if (kind !== 'other') {
      for (const r of predictResources(model, example.reading, kind, text))
        if (r.probability > 0.5) predicted.add(r.resource);
    }
    for (const r of predicted)
      if (example.resources.has(r)) tp++;
      else fp++;
    for (const r of example.resources) if (!predicted.has(r as UnderstoodResource)) fn++;
  }
  const f1 = tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
  return hit / Math.max(1, examples.length) + f1;
}

export function train(examples: readonly TrainingExample[], options: TrainingOptions = {}): UnderstandingModel {
  const penalties = options.penalties ?? [0.001, 0.003, 0.01];
  const trusts = options.trusts ?? [1];
  const epochs = options.epochs ?? 24;
  let chosen = { l2: penalties[0] ?? 0.001, trust: trusts[0] ?? 1 };
  if (penalties.length * trusts.length > 1) {
    let best = -1;
    for (const trust of trusts) {
      for (const l2 of penalties) {
        let total = 0;
        for (let fold = 0; fold < 3; fold++) {
          const inside = examples.filter((_, i) => i % 3 !== fold);
          const outside = examples.filter((_, i) => i % 3 === fold);
          total += yardstick({ weights: fit(prepare(inside), l2, trust, epochs), trust, trainedOn: '' }, outside);
        }
        if (total > best) {
          best = total;
          chosen = { l2, trust };
        }
      }
    }
  }
  return {
    weights: fit(prepare(examples), chosen.l2, chosen.trust, epochs),
    trust: chosen.trust,
    trainedOn: options.trainedOn ?? `${examples.length} messages`,
  };
}
