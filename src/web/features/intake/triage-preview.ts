import type { z } from 'zod';
import type { triagePreviewBody } from '../../../shared/contracts/cases.js';
import type { ResourceCode } from '../../../shared/enums.js';
import type { IntakeDraft } from './intake-draft';

export type TriagePreviewBody = z.input<typeof triagePreviewBody>;

const wholeIn = (value: string, min: number, max: number): number | null => {
  const trimmed = value.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
};

/**
 * What the form says so far, as the triage preview reads it: only what is complete and valid (a half-typed SpO2,
 * an unchosen need, a district not picked yet are left out rather than refused). Null while there is nothing to
 * judge: no need, no message and no SpO2.
 */
export function triageBodyFrom(draft: IntakeDraft): TriagePreviewBody | null {
  const needs = draft.needs
    .map((need) => need.resource)
    .filter((resource): resource is ResourceCode => resource !== '')
    .slice(0, 10)
    .map((resource) => ({ resource }));
  const text = draft.text.trim().slice(0, 5000);
  const spo2 = wholeIn(draft.spo2, 30, 100);
  const age = wholeIn(draft.age, 0, 120);
  if (needs.length === 0 && text === '' && spo2 === null) return null;
  return {
    ...(/^[A-Z0-9-]{2,16}$/.test(draft.district) ? { district: draft.district } : {}),
    ...(text === '' ? {} : { text }),
    patient: { age, spo2, conditions: draft.conditions },
    needs,
  };
}
