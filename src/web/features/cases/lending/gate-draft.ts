// The gate form's answers as the operator types them: yes / no / not asked, and the SpO2 reading as text.
import type { GateAnswers } from '../../../../shared/contracts/loans.js';

export type Answer = 'yes' | 'no' | '';

export interface GateDraft {
  covidPositive: Answer;
  hasPrescription: Answer;
  homeIsolation: Answer;
  spo2: string;
}

const toAnswer = (value: boolean | null): Answer => (value === null ? '' : value ? 'yes' : 'no');
const fromAnswer = (value: Answer): boolean | null => (value === '' ? null : value === 'yes');

export function gateDraftFrom(answers: Partial<GateAnswers>, caseSpo2: number | null): GateDraft {
  const spo2 = answers.spo2 ?? caseSpo2;
  return {
    covidPositive: toAnswer(answers.covidPositive ?? null),
    hasPrescription: toAnswer(answers.hasPrescription ?? null),
    homeIsolation: toAnswer(answers.homeIsolation ?? null),
    spo2: spo2 === null ? '' : String(spo2),
  };
}

/** The answers for the API; a reading that is not a whole number is sent as typed, for the server to name. */
export function gateAnswersFrom(draft: GateDraft): GateAnswers {
  const spo2 = draft.spo2.trim();
  return {
    covidPositive: fromAnswer(draft.covidPositive),
    hasPrescription: fromAnswer(draft.hasPrescription),
    homeIsolation: fromAnswer(draft.homeIsolation),
    spo2: spo2 === '' ? null : Number(spo2),
  };
}

/** Below 90 the screen says "refer to a hospital" whatever else was answered (domain/lending/lending-gate.ts). */
export function isSevere(draft: GateDraft): boolean {
  const spo2 = Number(draft.spo2.trim());
  return draft.spo2.trim() !== '' && Number.isFinite(spo2) && spo2 < 90;
}
