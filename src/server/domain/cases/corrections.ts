// What an operator changed from what the understanding engine read: kept with the message as
// evaluation data for the engine.
import type { Understanding } from '../../../shared/contracts/understanding.js';

export interface FinalFacts {
  resources: string[];
  bloodGroups: string[];
  spo2: number | null;
  age: number | null;
  district: string | null;
  phones: string[];
}

const sorted = (values: readonly string[]): string[] => [...new Set(values)].sort();

export function correctionsFrom(
  understood: Understanding,
  final: FinalFacts,
): Record<string, { understood: unknown; final: unknown }> {
  const pairs: Array<[string, unknown, unknown]> = [
    ['resources', sorted(understood.resources), sorted(final.resources)],
    ['bloodGroups', sorted(understood.bloodGroups), sorted(final.bloodGroups)],
    ['spo2', understood.spo2, final.spo2],
    ['age', understood.age, final.age],
    ['district', understood.location.district, final.district],
    ['phones', sorted(understood.phones), sorted(final.phones)],
  ];
  const corrections: Record<string, { understood: unknown; final: unknown }> = {};
  for (const [field, before, after] of pairs) {
    if (JSON.stringify(before) !== JSON.stringify(after)) corrections[field] = { understood: before, final: after };
  }
  return corrections;
}
