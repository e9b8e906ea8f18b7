import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

describe('new password policy', () => {
  it.each([
    'aaaaaaaaaa',
    'ababababab',
    '1212121212',
    '1234567890',
    '0987654321',
    'qwertyuiop',
    'ABCDEFGHIJ',
    'abcabcabcabc',
  ])('refuses the trivial %s', (password) => {
    expect(passwordProblem(password)).toBe('too_simple');
  });

  it.each(['password123', 'Password@123', 'qwerty12345', 'sahayata@123', 'jaishreeram'])(
    'refuses the common %s',
    (password) => {
      expect(passwordProblem(password)).toBe('too_common');
    },
  );

  it("refuses a password made of the person's own number or e-mail name", () => {
    expect(passwordProblem('x9839012345', { phone: '+919839012345' })).toBe('contains_identity');
    expect(passwordProblem('meena.devi-2021', { email: 'meena.devi@example.org' })).toBe('contains_identity');
  });

  it.each(['correct horse battery', 'ऑक्सीजन सिलेंडर 2021', 'kanpur-mitra-7391', 'long-enough-pass'])(
    'accepts %s',
    (password) => {
      expect(passwordProblem(password, { phone: '+919839012345', email: 'meena@example.org' })).toBeNull();
    },
  );
});
