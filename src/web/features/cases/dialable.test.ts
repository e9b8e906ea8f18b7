import { describe, expect, it } from 'vitest';
import { isDialable } from './dialable';

describe('isDialable', () => {
  it('is a whole number as the server sends it', () => {
    expect(isDialable('+919450012345')).toBe(true);
    expect(isDialable('919450012345')).toBe(true);
  });

  it('is never a masked number, a handle or nothing', () => {
    expect(isDialable('+91 94xxx xx345')).toBe(false);
    expect(isDialable('•••345')).toBe(false);
    expect(isDialable('@asha')).toBe(false);
    expect(isDialable('')).toBe(false);
  });
});
