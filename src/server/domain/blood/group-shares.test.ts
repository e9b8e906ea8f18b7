import { describe, expect, it } from 'vitest';
import { bloodGroups } from '../../../shared/enums.js';
import { groupsShare } from './group-shares.js';

describe('groupsShare', () => {
  it('is the whole population for every group, nothing for none, and counts a group once', () => {
    expect(groupsShare([...bloodGroups])).toBeCloseTo(1, 5);
    expect(groupsShare([])).toBe(0);
    expect(groupsShare(['O-', 'O-'])).toBe(groupsShare(['O-']));
  });

  it('finds an AB+ or O+ patient’s donors common and an RhD-negative patient’s rare', () => {
    expect(groupsShare(['O+', 'O-'])).toBeGreaterThan(0.25);
    expect(groupsShare(['AB-', 'A-', 'B-', 'O-'])).toBeLessThan(0.1);
  });
});
