import { describe, expect, it } from 'vitest';
import { normaliseIdentifier } from './identifier.js';

describe('sign-in identifier', () => {
  it.each([
    ['+91 98390 12345', '+919839012345'],
    ['098390-12345', '+919839012345'],
    ['9839012345', '+919839012345'],
    ['919839012345', '+919839012345'],
  ])('phone %s → %s', (input, expected) => {
    expect(normaliseIdentifier(input)).toEqual({ kind: 'phone', value: expected });
  });

  it('lower-cases e-mail addresses', () => {
    expect(normaliseIdentifier('  Asha@Example.ORG ')).toEqual({ kind: 'email', value: 'asha@example.org' });
  });

  it('keeps anything else as typed, lower-cased, so failures still count against it', () => {
    expect(normaliseIdentifier('Admin')).toEqual({ kind: 'unknown', value: 'admin' });
    expect(normaliseIdentifier('12345')).toEqual({ kind: 'unknown', value: '12345' });
  });
});
