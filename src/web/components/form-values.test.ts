import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { characterCount, digits, optionalNumber, optionalText } from './form-values';

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

  it('reads digits typed on an Indian keyboard as 0–9, and nothing else as a number', () => {
    expect(digits('८६', 3)).toBe('86');
    expect(digits('৯২', 3)).toBe('92');
    expect(digits('૪૫', 3)).toBe('45');
    expect(digits('abc', 3)).toBe('');
    expect(digits('😀', 3)).toBe('');
    expect(digits('86.5', 3)).toBe('865');
  });

  it('counts characters as the contracts limit them: an emoji is one, as for Zod', () => {
    expect(characterCount('नमस्ते')).toBe('नमस्ते'.length);
    expect(characterCount('😀'.repeat(1001))).toBe(1001);
    expect(characterCount('😀'.repeat(1001))).toBeLessThan('😀'.repeat(1001).length);
    const max = z.string().max(2000);
    for (const text of ['😀'.repeat(2000), '😀'.repeat(2001), 'a'.repeat(2000) + '😀', '👍🏽'.repeat(1000)]) {
      expect(max.safeParse(text).success).toBe(characterCount(text) <= 2000);
    }
  });
});
