import { describe, expect, it } from 'vitest';
import { checkLendingGate, spo2Band, type GateInput } from './lending-gate.js';

const ready: GateInput = {
  covidPositive: true,
  hasPrescription: null,
  homeIsolation: true,
  spo2: 91,
  activeDevices: 0,
  override: null,
  mayOverride: false,
};
const gate = (over: Partial<GateInput>) => checkLendingGate({ ...ready, ...over });

describe('SpO2 bands', () => {
  it('below 90 severe, 90 to 94 moderate, above 94 normal, missing unknown', () => {
    expect(spo2Band(86)).toBe('severe');
    expect(spo2Band(89.9)).toBe('severe');
    expect(spo2Band(90)).toBe('moderate');
    expect(spo2Band(94)).toBe('moderate');
    expect(spo2Band(94.1)).toBe('normal');
    expect(spo2Band(98)).toBe('normal');
    expect(spo2Band(null)).toBe('unknown');
    expect(spo2Band(Number.NaN)).toBe('unknown');
  });
});

describe('the lending gate', () => {
  it('lends at 90 and at 94 to a COVID-positive (or prescribed) patient in home isolation', () => {
    expect(gate({ spo2: 90 })).toEqual({
      outcome: 'may_lend',
      band: 'moderate',
      reasons: [],
      escalate: false,
      overridden: false,
    });
    expect(gate({ spo2: 94 }).outcome).toBe('may_lend');
    expect(gate({ covidPositive: null, hasPrescription: true }).outcome).toBe('may_lend');
    expect(gate({ covidPositive: false, hasPrescription: true }).outcome).toBe('may_lend');
  });

  it('below 90 refers to a hospital and escalates, whatever else was answered', () => {
    const result = gate({ spo2: 86, homeIsolation: null, covidPositive: null, activeDevices: 1 });
    expect(result).toMatchObject({ outcome: 'refer_to_hospital', reasons: ['spo2_below_90'], escalate: true });
    expect(gate({ spo2: 89 }).outcome).toBe('refer_to_hospital');
  });

  it('above 94 is not needed (advice, no escalation)', () => {
    expect(gate({ spo2: 95 })).toMatchObject({ outcome: 'not_needed', reasons: ['spo2_above_94'], escalate: false });
  });

  it('asks for what is missing', () => {
    expect(gate({ spo2: null })).toMatchObject({ outcome: 'ask', reasons: ['spo2_missing'] });
    expect(gate({ covidPositive: null, hasPrescription: null })).toMatchObject({
      outcome: 'ask',
      reasons: ['proof_missing'],
    });
    expect(gate({ covidPositive: false, hasPrescription: null }).reasons).toEqual(['proof_missing']);
    expect(gate({ homeIsolation: null })).toMatchObject({ outcome: 'ask', reasons: ['home_isolation_unknown'] });
    expect(gate({ spo2: null, homeIsolation: null, covidPositive: null }).reasons).toEqual([
      'spo2_missing',
      'proof_missing',
      'home_isolation_unknown',
    ]);
  });

  it('refuses on an answer that rules it out, listing what is also missing', () => {
    expect(gate({ covidPositive: false, hasPrescription: false })).toMatchObject({
      outcome: 'refused',
      reasons: ['no_proof'],
    });
    expect(gate({ homeIsolation: false, spo2: null })).toMatchObject({
      outcome: 'refused',
      reasons: ['not_home_isolation', 'spo2_missing'],
    });
  });

  it('one device per patient, unless a coordinator overrides with a reason', () => {
    expect(gate({ activeDevices: 1 })).toMatchObject({ outcome: 'refused', reasons: ['patient_has_device'] });
    expect(gate({ activeDevices: 1, override: { reason: 'second patient at home' } })).toMatchObject({
      outcome: 'refused',
      reasons: ['override_not_allowed'],
    });
    expect(gate({ activeDevices: 1, mayOverride: true, override: { reason: '  ' } }).reasons).toEqual([
      'override_reason_missing',
    ]);
    expect(gate({ activeDevices: 2, mayOverride: true, override: { reason: 'two patients, one home' } })).toEqual({
      outcome: 'may_lend',
      band: 'moderate',
      reasons: [],
      escalate: false,
      overridden: true,
    });
  });

  it('an override with no device out is not recorded as one', () => {
    expect(gate({ mayOverride: true, override: { reason: 'just in case' } }).overridden).toBe(false);
  });
});
