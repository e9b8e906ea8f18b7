import { describe, expect, it } from 'vitest';
import { maskNumbersInText, maskPhone } from './masking.js';

describe('numbers masked in free text', () => {
  it('masks a phone however it is written, but its last three digits', () => {
    expect(maskNumbersInText('call 9839012345')).toBe('call xxxxxxx345');
    expect(maskNumbersInText('call +91 98390-12345')).toBe('call +xx xxxxx-xx345');
    expect(maskNumbersInText('फोन ९८३९०१२३४५')).toBe('फोन xxxxxxx३४५');
    expect(maskNumbersInText('landline 0522-2257140')).toBe('landline xxxx-xxxx140');
  });

  it('keeps a day written out: it names no one', () => {
    expect(maskNumbersInText('transfusion on 10-12-2026 at GSVM')).toBe('transfusion on 10-12-2026 at GSVM');
    expect(maskNumbersInText('on 10/12/26 and 2026-12-10')).toBe('on 10/12/26 and 2026-12-10');
    expect(maskNumbersInText('१०-१२-२०२६ को')).toBe('१०-१२-२०२६ को');
  });

  it('still masks a number shaped like a day that cannot be one', () => {
    expect(maskNumbersInText('id 45-67-8901')).toBe('id xx-xx-x901');
    expect(maskNumbersInText('9839-01-2345')).toBe('xxxx-xx-x345');
  });

  it('leaves SpO2 readings and counts alone', () => {
    expect(maskNumbersInText('SpO2 84, 2 units, age 61')).toBe('SpO2 84, 2 units, age 61');
  });
});

describe('a phone masked', () => {
  it('keeps the first two and last three digits', () => {
    expect(maskPhone('+919839012345')).toBe('+91 98xxx xx345');
  });
});
