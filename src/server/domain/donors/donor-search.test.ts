import { describe, expect, it } from 'vitest';
import { donorSearch } from './donor-search.js';

describe('donorSearch', () => {
  it.each([
    ['345', { kind: 'ending', digits: '345' }],
    ['12345', { kind: 'ending', digits: '12345' }],
    ['98390 12345', { kind: 'ending', digits: '9839012345' }],
    ['+91 98390 12345', { kind: 'phone', e164: '+919839012345' }],
    ['09839012345', { kind: 'phone', e164: '+919839012345' }],
    ['12', { kind: 'name', text: '12' }],
    ['Sushila', { kind: 'name', text: 'Sushila' }],
    [' रमेश ', { kind: 'name', text: 'रमेश' }],
  ])('%s → %j', (query, expected) => {
    expect(donorSearch(query)).toEqual(expected);
  });
});
