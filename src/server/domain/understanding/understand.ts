// The understanding engine: reads a free-text plea (Hindi, English, Hinglish; the common words of Marathi,
// Bengali, Assamese, Gujarati, Punjabi and Tamil) and says what is needed or offered, for whom, where, and how to
// reach them — with how sure it is of each field and the words that made it so. Two halves: rules (cue words,
// clauses, negation scope, tags and handles, the gazetteer) read every field; small trained heads (model/)
// then decide the kind and which of the resources the rules found to keep, from the rules' conclusions and the
// message's words. Pure: no I/O after the gazetteer and the model are loaded at import, no network. Every step is
// linear in the length of the text.
import {
  understoodResourceCodes,
  type Understanding,
  type UnderstandingConfidence,
} from '../../../shared/contracts/understanding.js';
import { extractBloodGroups } from './blood-groups.js';
import { extractHospital } from './hospital.js';
import { decideKind, type KindDecision, type UnderstoodKind } from './kind.js';
import { detectLanguage, type UnderstoodLanguage } from './language.js';
import { locate } from './location.js';
import { extractMedicines } from './medicines.js';
import type { RuleReading } from './model/features.js';
import { kindFeatures, predictKind, predictResources, textFeatures, type UnderstandingModel } from './model/model.js';
import { shippedModel } from './model/shipped.js';
import { prepareText, type PreparedText } from './normalize.js';
import { extractPhones } from './phones.js';
import { explainResources, extractResources, type ResourceEvidence, type UnderstoodResource } from './resources.js';
import { urgencyCue } from './urgency.js';
import { extractAge, extractSpo2 } from './vitals.js';

/** Confidence of a field the extractors found by a pattern of their own (a phone, a blood group, a reading). */
const FOUND = { medicines: 0.9, bloodGroups: 0.95, phones: 0.97, spo2: 0.85, age: 0.85 } as const;
/** A time of day ("10:30 pm", "7 AM"): leads say when they were checked. */
const TIME = /\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b/i;
/** A resource the heads give at least this probability is kept. */
const KEEP = 0.5;

export interface UnderstandOptions {
  /** The trained heads; `null` reads with the rules alone. The shipped model by default. */
  model?: UnderstandingModel | null;
}

interface Reading {
  prepared: PreparedText;
  language: UnderstoodLanguage;
  phones: string[];
  bloodGroups: ReturnType<typeof extractBloodGroups>;
  medicines: string[];
  spo2: number | null;
  age: number | null;
  /** What the rules found, before the kind is known (a blood group alone stands for blood). */
  resources: UnderstoodResource[];
  decided: KindDecision;
  rule: RuleReading;
  evidence: ResourceEvidence[];
}

/** Everything the rules read, whatever the model then makes of it. */
export function readByRules(text: string): Reading {
  const prepared = prepareText(text);
  const language = detectLanguage(prepared.body);
  const phones = extractPhones(prepared.clean);
  const bloodGroups = extractBloodGroups(prepared.cased, prepared.body);
  const allMedicines = extractMedicines(
    prepared.inline,
    prepared.hashtags.map((h) => h.flat),
  );
  // A medicine tagged in the cloud that ends the message (#Remdesivir under a plea for a bed) is a topic too.
  const beforeCloud =
    prepared.head === prepared.topical
      ? allMedicines
      : extractMedicines(
          prepared.head,
          prepared.hashtags.filter((h) => !h.trailing).map((h) => h.flat),
        );
  const {
    resources: found,
    tokens,
    cloudIsTopic,
  } = extractResources(prepared, prepared.hashtags, allMedicines, beforeCloud);
  const medicines = cloudIsTopic ? beforeCloud : allMedicines;
  const spo2 = extractSpo2(prepared.body);
  const age = extractAge(prepared.cased, prepared.body);
  const decided: KindDecision =
    // A script the engine does not read: claim nothing rather than guess from a stray English word.
    language === 'other'
      ? {
          kind: 'other',
          confidence: 0.3,
          because: ['written in a script the engine does not read'],
          scores: { request: 0, offer: 0, other: 0 },
          rule: 'script',
        }
      : decideKind(prepared, {
          resources: found.length,
          bloodGroups: bloodGroups.length,
          phones: phones.length,
          hasAge: age !== null,
          hasSpo2: spo2 !== null,
        });
  // Blood groups with no plasma or platelets asked for mean blood ("need O+ve donor").
  const resources =
    bloodGroups.length > 0 && !found.some((r) => r === 'plasma' || r === 'platelets' || r === 'blood')
      ? [...found, 'blood' as const]
      : found;
  const evidence = explainResources(tokens, prepared.hashtags, resources, { medicines, bloodGroups });
  const rule: RuleReading = {
    text: prepared.topical,
    hashtags: prepared.hashtags.length,
    mentions: prepared.mentions.length,
    links: /\bhttps?:\/\//.test(text),
    lines: text.split('\n').length,
    time: TIME.test(text),
    language,
    kind: decided.kind,
    rule: decided.rule,
    scores: decided.scores,
    resources: evidence.map(({ resource, inText }) => ({ resource, inText })),
    phones: phones.length,
    bloodGroups: bloodGroups.length,
    medicines: medicines.length,
    hasAge: age !== null,
    hasSpo2: spo2 !== null,
  };
  return { prepared, language, phones, bloodGroups, medicines, spo2, age, resources, decided, rule, evidence };
}

interface Decision {
  kind: UnderstoodKind;
  kindConfidence: number;
  kindBecause: string[];
  resources: Array<{ resource: UnderstoodResource; sure: number; because: string[] }>;
}

/** The rules' own decision: their kind, and the resources they found (none for "other"). */
function byRules(r: Reading): Decision {
  const inText = new Map(r.rule.resources.map((x) => [x.resource, x.inText]));
  return {
    kind: r.decided.kind,
    kindConfidence: r.decided.confidence,
    kindBecause: r.decided.because,
    resources:
      r.decided.kind === 'other'
        ? []
        : r.resources.map((resource) => ({ resource, sure: inText.get(resource) ? 0.9 : 0.65, because: [] })),
  };
}

function byModel(r: Reading, model: UnderstandingModel): Decision {
  const text = textFeatures(r.rule);
  const predicted = predictKind(model, r.rule, kindFeatures(r.rule, text));
  const kindConfidence = Math.round(Math.max(...predicted.probabilities) * 100) / 100;
  const resources =
    predicted.kind === 'other'
      ? []
      : predictResources(model, r.rule, predicted.kind, text)
          .filter((p) => p.probability >= KEEP)
          .map((p) => ({ resource: p.resource, sure: Math.round(p.probability * 100) / 100, because: p.because() }));
  // The rules' cue words first (they say what was read), then what weighed most in the model.
  const cues = predicted.kind === r.decided.kind ? r.decided.because : [];
  return {
    kind: predicted.kind,
    kindConfidence,
    kindBecause: [...new Set([...cues, ...predicted.because])].slice(0, 8),
    resources,
  };
}

const ORDER_OF = new Map<string, number>(understoodResourceCodes.map((c, i) => [c, i]));

export function understand(text: string, options: UnderstandOptions = {}): Understanding {
  const r = readByRules(text);
  const model = options.model === undefined ? shippedModel : options.model;
  // An unread script stays with the rules' "other": the model has no words of it to go by.
  const decision = model && r.language !== 'other' ? byModel(r, model) : byRules(r);
  const { kind } = decision;
  const named = decision.resources.map((x) => x.resource);
  named.sort((a, b) => (ORDER_OF.get(a) ?? 0) - (ORDER_OF.get(b) ?? 0));
  // The rules' evidence serves for what they found; only a sibling the model preferred is looked up again.
  const known = new Map(r.evidence.map((e) => [e.resource, e]));
  const missing = named.filter((c) => !known.has(c));
  const extra = missing.length
    ? explainResources(r.prepared.topical, r.prepared.hashtags, missing, {
        medicines: r.medicines,
        bloodGroups: r.bloodGroups,
      })
    : [];
  for (const e of extra) known.set(e.resource, e);
  const words = named.map((c) => known.get(c) ?? { resource: c, words: [], inText: false });
  const place = locate(r.prepared, { useHandles: kind === 'request' });
  const leastSure = decision.resources.reduce((least, x) => Math.min(least, x.sure), 1);
  const confidence: UnderstandingConfidence = {
    kind: decision.kindConfidence,
    // A resource is only as sure as the kind that keeps it (an offer read as a request sends the wrong thing).
    resources: named.length
      ? Math.min(leastSure, decision.kindConfidence)
      : kind === 'other'
        ? decision.kindConfidence
        : 1,
    medicines: kind !== 'other' && r.medicines.length ? Math.min(FOUND.medicines, decision.kindConfidence) : 1,
    bloodGroups: r.bloodGroups.length ? FOUND.bloodGroups : 1,
    spo2: r.spo2 !== null ? FOUND.spo2 : 1,
    age: r.age !== null ? FOUND.age : 1,
    location: place.confidence,
    phones: r.phones.length ? FOUND.phones : 1,
  };
  return {
    kind,
    resources: named,
    medicines: kind === 'other' ? [] : r.medicines,
    bloodGroups: r.bloodGroups,
    spo2: r.spo2,
    age: r.age,
    location: place.location,
    phones: r.phones,
    hospital: extractHospital(r.prepared.cased),
    language: r.language,
    urgency: kind === 'request' ? urgencyCue(text) : null,
    confidence,
    explanation: {
      kind: decision.kindBecause,
      resources: words.map(({ resource, words: said }) => ({
        resource,
        words: said.length ? said : (decision.resources.find((x) => x.resource === resource)?.because ?? []),
      })),
      location: place.because,
    },
  };
}
