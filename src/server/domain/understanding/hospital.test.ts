import { describe, expect, it } from 'vitest';
import { extractHospital } from './hospital.js';

describe('extractHospital', () => {
  it.each([
    ['admitted in Curewell Hospital, Indore', 'Curewell Hospital'],
    ['At citizen Hospital, Indore', 'Citizen Hospital'],
    ['Malla Reddy Narayana Multispecialty Hospital - Beds', 'Malla Reddy Narayana Multispecialty Hospital'],
    ['patient at AIIMS Bhopal', 'AIIMS'],
    ['Shanti Nursing Home, Lucknow', 'Shanti Nursing Home'],
    ['need hospital bed', null],
    ['any hospital please', null],
    ['no place named', null],
  ])('%s', (text, expected) => {
    expect(extractHospital(text)).toBe(expected);
  });
});
