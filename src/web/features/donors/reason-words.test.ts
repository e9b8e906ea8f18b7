import { describe, expect, it } from 'vitest';
import { reasonParams } from './reason-words';

describe('reasonParams', () => {
  it('writes the day and leaves the rest', () => {
    expect(reasonParams({ days: 120, date: '2027-02-12', reason: 'low Hb' }, (day) => `<${day}>`)).toEqual({
      days: 120,
      date: '<2027-02-12>',
      reason: 'low Hb',
    });
  });
});
