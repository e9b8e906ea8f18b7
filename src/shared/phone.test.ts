import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { toE164 } from './phone.js';

describe('toE164', () => {
  it('accepts an Indian mobile in the forms people write it', () => {
    for (const written of ['+919876543210', '9876543210', '09876543210', '+91 98765 43210', '91-98765-43210 '])
      expect(toE164(written), written).toBe('+919876543210');
  });

  it('refuses what is not a phone', () => {
    for (const written of ['', '   ', '12345', '+91123', 'call me', '+9198765432101'])
      expect(toE164(written)).toBeNull();
  });

  it('answers as the full parser does for every first digit and length around a mobile', () => {
    // The fast path for +91 mobiles must agree with libphonenumber wherever it applies, and stay out of the way elsewhere.
    const samples: string[] = [];
    for (let first = 0; first <= 9; first += 1)
      for (const rest of ['123456789', '000000000', '999999999', '12345678', '1234567890'])
        samples.push(`+91${first}${rest}`);
    for (const sample of samples) {
      const parsed = parsePhoneNumberFromString(sample, 'IN');
      expect(toE164(sample), sample).toBe(parsed?.isValid() ? parsed.number : null);
    }
  });
});
