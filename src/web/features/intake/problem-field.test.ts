import { describe, expect, it } from 'vitest';
import { listLine } from './problem-field';

describe('listLine', () => {
  it('numbers a phone from its place in requester.phones', () => {
    expect(listLine('requester.phones.0')).toEqual({ list: 'phones', line: 1 });
    expect(listLine('requester.phones.2')).toEqual({ list: 'phones', line: 3 });
  });

  it('has no line for the phones as a whole (none given), never "NaN"', () => {
    expect(listLine('requester.phones')).toEqual({ list: 'phones', line: null });
  });

  it('numbers a need, with the part of it the problem is about', () => {
    expect(listLine('needs.1.bloodGroup')).toEqual({ list: 'needs', line: 2, part: 'bloodGroup' });
    expect(listLine('needs')).toEqual({ list: 'needs', line: null });
  });

  it('leaves other fields alone', () => {
    expect(listLine('patient.spo2')).toBeNull();
  });
});
