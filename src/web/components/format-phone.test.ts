import { describe, expect, it } from 'vitest';
import { formatPhone } from './format-phone';

describe('formatPhone', () => {
  it('groups an Indian mobile number as it is read out', () => {
    expect(formatPhone('+919839012345')).toBe('+91 98390 12345');
  });

  it('leaves other numbers as stored', () => {
    expect(formatPhone('+4420794601234')).toBe('+4420794601234');
  });
});
