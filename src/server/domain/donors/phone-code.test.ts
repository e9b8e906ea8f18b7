import { describe, expect, it } from 'vitest';
import { hashPhoneCode, newPhoneCode, phoneCodePolicy, refusalFor } from './phone-code.js';

const now = new Date('2026-12-06T10:00:00Z');
const live = { expiresAt: new Date('2026-12-06T10:05:00Z'), consumedAt: null, attempts: 0 };

describe('one-time codes for the public donor pages', () => {
  it('are six digits, leading zeros kept', () => {
    for (let i = 0; i < 200; i += 1) expect(newPhoneCode()).toMatch(/^\d{6}$/);
  });

  it('hash differently per phone and per purpose, so a registration code cannot open a record', () => {
    const register = hashPhoneCode('123456', '+919839012345', 'donor_register', 'secret');
    expect(hashPhoneCode('123456', '+919839012345', 'donor_history', 'secret')).not.toBe(register);
    expect(hashPhoneCode('123456', '+919839012346', 'donor_register', 'secret')).not.toBe(register);
    expect(hashPhoneCode('123456', '+919839012345', 'donor_register', 'other')).not.toBe(register);
    expect(register).not.toContain('123456');
  });

  it('say why a guess found no live code', () => {
    expect(refusalFor(undefined, now)).toBe('code_expired');
    expect(refusalFor({ ...live, expiresAt: now }, now)).toBe('code_expired');
    expect(refusalFor({ ...live, consumedAt: now }, now)).toBe('code_expired');
    expect(refusalFor({ ...live, attempts: phoneCodePolicy.maxAttempts }, now)).toBe('code_used_up');
    // Expired and used up: asking again is the answer either way; expiry is what the person can understand.
    expect(refusalFor({ ...live, expiresAt: now, attempts: phoneCodePolicy.maxAttempts }, now)).toBe('code_expired');
  });
});
