// The understanding engine: reads a free-text plea (Hindi, English, Hinglish) and says what is needed or
// offered, for whom, where, and how to reach them. Pure: no I/O after the gazetteer is loaded at import,
// no network, no model. Every step is linear in the length of the text.
import type { Understanding } from '../../../shared/contracts/understanding.js';
import { extractBloodGroups } from './blood-groups.js';
import { extractHospital } from './hospital.js';
import { classifyKind } from './kind.js';
import { detectLanguage } from './language.js';
import { extractLocation } from './location.js';
import { extractMedicines } from './medicines.js';
import { prepareText } from './normalize.js';
import { extractPhones } from './phones.js';
import { extractResources } from './resources.js';
import { urgencyCue } from './urgency.js';
import { extractAge, extractSpo2 } from './vitals.js';

export function understand(text: string): Understanding {
  const prepared = prepareText(text);
  const phones = extractPhones(prepared.clean);
  const bloodGroups = extractBloodGroups(prepared.cased, prepared.body);
  const medicines = extractMedicines(
    prepared.inline,
    prepared.hashtags.map((h) => h.flat),
  );
  const { resources } = extractResources(prepared.inline, prepared.body, prepared.hashtags, medicines);
  const spo2 = extractSpo2(prepared.body);
  const age = extractAge(prepared.cased, prepared.body);
  const kind = classifyKind(prepared, {
    resources: resources.length,
    bloodGroups: bloodGroups.length,
    phones: phones.length,
    hasAge: age !== null,
    hasSpo2: spo2 !== null,
  });
  // Blood groups with no plasma or platelets asked for mean blood ("need O+ve donor").
  const withBlood =
    bloodGroups.length > 0 && !resources.some((r) => r === 'plasma' || r === 'platelets' || r === 'blood')
      ? [...resources, 'blood' as const]
      : resources;
  return {
    kind,
    // Resources are what a request needs or an offer gives; news and opinion name none (labelling guide).
    resources: kind === 'other' ? [] : withBlood,
    medicines: kind === 'other' ? [] : medicines,
    bloodGroups,
    spo2,
    age,
    location: extractLocation(prepared, { useHandles: kind === 'request' }),
    phones,
    hospital: extractHospital(prepared.cased),
    language: detectLanguage(prepared.body),
    urgency: kind === 'request' ? urgencyCue(text) : null,
  };
}
