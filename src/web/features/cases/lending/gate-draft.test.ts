import { describe, expect, it } from 'vitest';
import { gateAnswersFrom, gateDraftFrom, isSevere } from './gate-draft';

describe('gate draft', () => {
  it('starts from the recorded answers, else the case SpO2', () => {
    expect(gateDraftFrom({}, 91)).toEqual({ covidPositive: '', hasPrescription: '', homeIsolation: '', spo2: '91' });
    expect(gateDraftFrom({ covidPositive: true, homeIsolation: false, spo2: 88 }, 91)).toEqual({
      covidPositive: 'yes',
      hasPrescription: '',
      homeIsolation: 'no',
      spo2: '88',
    });
  });

  it('turns the answers back into the API body', () => {
    expect(gateAnswersFrom({ covidPositive: 'yes', hasPrescription: 'no', homeIsolation: '', spo2: ' 92 ' })).toEqual({
      covidPositive: true,
      hasPrescription: false,
      homeIsolation: null,
      spo2: 92,
    });
    expect(gateAnswersFrom({ covidPositive: '', hasPrescription: '', homeIsolation: '', spo2: '' }).spo2).toBeNull();
  });

  it('calls a reading below 90 severe, and 90 not', () => {
    const draft = gateDraftFrom({}, null);
    expect(isSevere({ ...draft, spo2: '89' })).toBe(true);
    expect(isSevere({ ...draft, spo2: '90' })).toBe(false);
    expect(isSevere({ ...draft, spo2: '' })).toBe(false);
    expect(isSevere({ ...draft, spo2: 'abc' })).toBe(false);
  });
});
