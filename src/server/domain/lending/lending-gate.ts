// Whether a device may be lent to a patient, decided before anything is written. The bands follow MoHFW (April 2021):
// home isolation is for SpO2 above 94; 90–94 is moderate illness, where home oxygen is a bridge; below 90 is severe
// and belongs in a hospital — the screen says "refer to a hospital" and the case is escalated, never silently lent.
// Programmes lent against proof of COVID or a prescription, to patients in home isolation, one device per patient
// (a coordinator may override with a reason: two devices for one patient is how cylinders were sub-let in 2021).
import type { GateOutcome, GateReason, Spo2Band } from '../../../shared/enums.js';

export const spo2MayBorrowFrom = 90;
export const spo2MayBorrowTo = 94;

/** The band of an SpO2 reading (percent); null or not a number is unknown. */
export function spo2Band(spo2: number | null): Spo2Band {
  if (spo2 === null || !Number.isFinite(spo2)) return 'unknown';
  if (spo2 < spo2MayBorrowFrom) return 'severe';
  if (spo2 > spo2MayBorrowTo) return 'normal';
  return 'moderate';
}

export interface GateAnswers {
  /** Null: not asked yet. */
  covidPositive: boolean | null;
  hasPrescription: boolean | null;
  homeIsolation: boolean | null;
  spo2: number | null;
}

export interface GateInput extends GateAnswers {
  /** Devices (cylinders, concentrators) the patient holds now in this organisation (active loans by phone). */
  activeDevices: number;
  /** A coordinator's override of the one-device rule, with its reason. */
  override: { reason: string } | null;
  /** Whether the actor may override (a coordinator: see abilities). */
  mayOverride: boolean;
}

export interface GateResult {
  outcome: GateOutcome;
  band: Spo2Band;
  /** Everything that keeps the device back (empty when it may be lent). */
  reasons: GateReason[];
  /** Below 90: the case is escalated to the coordinators. */
  escalate: boolean;
  /** The one-device rule was overridden (recorded with the reason on the loan). */
  overridden: boolean;
}

function deviceRule(input: GateInput): { reason: GateReason | null; overridden: boolean } {
  if (input.activeDevices === 0) return { reason: null, overridden: false };
  if (input.override === null) return { reason: 'patient_has_device', overridden: false };
  if (!input.mayOverride) return { reason: 'override_not_allowed', overridden: false };
  if (input.override.reason.trim() === '') return { reason: 'override_reason_missing', overridden: false };
  return { reason: null, overridden: true };
}

/** The gate: the SpO2 band first (it decides alone outside 90–94), then proof, isolation and one device. */
export function checkLendingGate(input: GateInput): GateResult {
  const band = spo2Band(input.spo2);
  const result = (outcome: GateOutcome, reasons: GateReason[], overridden = false): GateResult => ({
    outcome,
    band,
    reasons,
    escalate: outcome === 'refer_to_hospital',
    overridden,
  });
  if (band === 'severe') return result('refer_to_hospital', ['spo2_below_90']);
  if (band === 'normal') return result('not_needed', ['spo2_above_94']);

  const missing: GateReason[] = [];
  const refused: GateReason[] = [];
  if (band === 'unknown') missing.push('spo2_missing');
  if (input.covidPositive !== true && input.hasPrescription !== true) {
    if (input.covidPositive === false && input.hasPrescription === false) refused.push('no_proof');
    else missing.push('proof_missing');
  }
  if (input.homeIsolation === null) missing.push('home_isolation_unknown');
  if (input.homeIsolation === false) refused.push('not_home_isolation');
  const device = deviceRule(input);
  if (device.reason) refused.push(device.reason);

  if (refused.length > 0) return result('refused', [...refused, ...missing]);
  if (missing.length > 0) return result('ask', missing);
  return result('may_lend', [], device.overridden);
}
