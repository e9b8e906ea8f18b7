import { describe, expect, it } from 'vitest';
import { campCheckInPath } from '../../../shared/contracts/camps.js';
import { tokenFromInput } from './check-in-token';

describe('the token in what the check-in box got', () => {
  it('takes a typed token as it is, trimmed', () => {
    expect(tokenFromInput('  Xk3v9QpL2m  ')).toBe('Xk3v9QpL2m');
  });

  it('reads the token out of the address the QR code holds', () => {
    const token = 'a-B_c9+/=z';
    const url = `https://sahayata.example${campCheckInPath('0b6a5f0e-3c55-4a5b-9d7e-1f2a3b4c5d6e', token)}`;
    expect(tokenFromInput(url)).toBe(token);
  });

  it('keeps a text with a question mark but no token as typed', () => {
    expect(tokenFromInput('what?')).toBe('what?');
  });
});
