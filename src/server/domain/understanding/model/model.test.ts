import { describe, expect, it } from 'vitest';
import { readByRules, understand } from '../understand.js';
import { emptyTable } from './linear.js';
import { decodeModel, encodeModel, kindFeatures, predictKind, textFeatures } from './model.js';
import { train, type TrainingExample } from './train.js';

const example = (text: string, kind: TrainingExample['kind'], resources: string[]): TrainingExample => ({
  reading: readByRules(text).rule,
  kind,
  resources: new Set(resources),
});

// Messages written for this test: a made-up word ("zorbo") marks an offer the rules cannot see.
const examples: TrainingExample[] = [
  ...['Kanpur', 'Lucknow', 'Agra', 'Meerut', 'Patna', 'Ranchi', 'Bhopal', 'Indore'].map((city, i) =>
    example(`zorbo oxygen cylinders ${city} 98765012${String(i).padStart(2, '0')}`, 'offer', ['oxygen_cylinder']),
  ),
  ...['Pune', 'Nagpur', 'Nashik', 'Thane'].map((city, i) =>
    example(`Need ICU bed in ${city} for my father, call 98765013${String(i).padStart(2, '0')}`, 'request', [
      'bed_icu',
    ]),
  ),
  ...['Delhi', 'Jaipur', 'Surat', 'Kochi'].map((city) =>
    example(`Oxygen cylinders short in ${city} hospitals, government says supply is on the way`, 'other', []),
  ),
];

describe('the trained heads', () => {
  it('agree with the rules while they know nothing', () => {
    const empty = { weights: emptyTable(), trust: 1, trainedOn: '' };
    for (const text of ['Need ICU bed in Pune, call 9876501234', 'Oxygen cylinders available, call 9876501234']) {
      expect(understand(text, { model: empty }).kind).toBe(understand(text, { model: null }).kind);
    }
  });

  it('learn what the rules miss, from the labelled messages they are given', () => {
    const text = 'zorbo oxygen cylinders Gwalior 9876501299';
    expect(understand(text, { model: null }).kind).not.toBe('offer');
    const model = train(examples, { penalties: [0.001], epochs: 30 });
    const u = understand(text, { model });
    expect(u.kind).toBe('offer');
    expect(u.resources).toEqual(['oxygen_cylinder']);
    expect(u.explanation?.kind.join(' ')).toContain('zorbo');
  });

  it('train the same model from the same messages, byte for byte', () => {
    const a = encodeModel(train(examples, { penalties: [0.001, 0.01], epochs: 8 }));
    const b = encodeModel(train(examples, { penalties: [0.001, 0.01], epochs: 8 }));
    expect(a).toEqual(b);
  });

  it('read back from the file form as they were written', () => {
    const model = train(examples, { penalties: [0.001], epochs: 10 });
    const back = decodeModel(encodeModel(model));
    const reading = readByRules('zorbo oxygen cylinders Gwalior 9876501299').rule;
    const features = kindFeatures(reading, textFeatures(reading));
    const before = predictKind(model, reading, features).probabilities;
    const after = predictKind(back, reading, features).probabilities;
    after.forEach((p, i) => expect(p).toBeCloseTo(before[i] ?? 0, 2));
  });
});
