import { describe, expect, it } from 'vitest';
import { isSignInCode, typedSignInCode } from './sign-in-code-input';

describe('sign-in codes as typed', () => {
  it('drops spaces people copy from the message', () => {
    expect(typedSignInCode(' 123 456 ')).toBe('123456');
  });

  it('accepts exactly six digits', () => {
    expect(isSignInCode('012345')).toBe(true);
    expect(isSignInCode('12345')).toBe(false);
    expect(isSignInCode('1234567')).toBe(false);
    expect(isSignInCode('12345a')).toBe(false);
    expect(isSignInCode('１２３４５６')).toBe(false);
  });
});
