import { describe, expect, it } from 'vitest';
import { phoneSearch } from './phone-search.js';

describe('phone search', () => {
  it.each(['9450012345', '94500 12345', '+919450012345', '+91 94500-12345', '09450012345'])(
    '%s is the whole number',
    (typed) => {
      expect(phoneSearch(typed)).toEqual({ kind: 'whole', e164: '+919450012345' });
    },
  );

  it.each([
    ['2345', { kind: 'ending', digits: '2345' }],
    ['12 345', { kind: 'ending', digits: '12345' }],
  ])('%s is the last digits', (typed, expected) => {
    expect(phoneSearch(typed)).toEqual(expected);
  });

  it.each(['KNP-4F7Q', 'Ramesh', '123', '123456', '12345678', 'spo2 84'])('%s is not a number search', (typed) => {
    expect(phoneSearch(typed)).toBeNull();
  });
});
