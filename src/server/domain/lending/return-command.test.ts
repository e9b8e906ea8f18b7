import { describe, expect, it } from 'vitest';
import { loanReference, loanReferenceAlphabet, parseReturnCommand } from './return-command.js';

describe('the return command', () => {
  it('reads RETURN and वापसी with a reference, in any case, with stray spaces and marks', () => {
    expect(parseReturnCommand('RETURN K7M2QX')).toBe('K7M2QX');
    expect(parseReturnCommand('return k7m2qx')).toBe('K7M2QX');
    expect(parseReturnCommand('  वापसी   K7M2QX ')).toBe('K7M2QX');
    expect(parseReturnCommand('वापसी K7M2QX।')).toBe('K7M2QX');
    expect(parseReturnCommand('Return: #K7M2QX')).toBe('K7M2QX');
    expect(parseReturnCommand('wapsi K7M2QX')).toBe('K7M2QX');
  });

  it('anything else is not a return command', () => {
    expect(parseReturnCommand('RETURN')).toBeNull();
    expect(parseReturnCommand('please return the cylinder tomorrow')).toBeNull();
    expect(parseReturnCommand('RETURN K7M')).toBeNull();
    expect(parseReturnCommand('RETURNED K7M2QX')).toBeNull();
    expect(parseReturnCommand('oxygen needed spo2 91 Unnao')).toBeNull();
  });
});

describe('loan references', () => {
  it('six characters from the unambiguous alphabet', () => {
    const ref = loanReference(new Uint8Array([0, 1, 2, 30, 31, 255]));
    expect(ref).toHaveLength(6);
    expect([...ref].every((c) => loanReferenceAlphabet.includes(c))).toBe(true);
    expect(ref).toBe('234Z2' + loanReferenceAlphabet[255 % loanReferenceAlphabet.length]);
    expect(parseReturnCommand(`RETURN ${ref}`)).toBe(ref);
  });

  it('refuses too few bytes', () => {
    expect(() => loanReference(new Uint8Array(3))).toThrow(RangeError);
  });
});
