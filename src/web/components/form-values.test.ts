import { describe, expect, it } from 'vitest';
import { digits, optionalNumber, optionalText } from './form-values';

describe('form values', () => {
  it('trims text and sends an empty box as null', () => {
    expect(optionalText('  Ravi ')).toBe('Ravi');
    expect(optionalText('   ')).toBeNull();
  });

  it('reads a number and sends an empty box as null', () => {
    expect(optionalNumber(' 42 ')).toBe(42);
    expect(optionalNumber('')).toBeNull();
  });

  it('keeps only digits, up to the limit', () => {
    expect(digits('9a8-7 65', 3)).toBe('987');
  });
});
