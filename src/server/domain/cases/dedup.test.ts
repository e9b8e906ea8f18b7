import { describe, expect, it } from 'vitest';
import { findDuplicate, needsOverlap, patientNameKey, type DedupCandidate, type DedupPlea } from './dedup.js';

const now = new Date('2026-11-22T10:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const plea = (over: Partial<DedupPlea> = {}): DedupPlea => ({
  phones: ['+919839012345'],
  patientNameKey: 'ram prasad',
  districtCode: 'UP-KANPUR-NAGAR',
  resources: ['oxygen_cylinder'],
  receivedAt: now,
  ...over,
});
const candidate = (over: Partial<DedupCandidate> = {}): DedupCandidate => ({
  id: 'c1',
  phones: ['+919839012345'],
  patientNameKey: null,
  districtCode: 'UP-KANPUR-NAGAR',
  resources: ['oxygen'],
  firstMessageAt: hoursAgo(5),
  isOpen: true,
  ...over,
});

describe('deduplication', () => {
  it('the same phone with an overlapping need joins the open case', () => {
    expect(findDuplicate(plea(), [candidate()])).toBe('c1');
  });

  it('the same patient in the same district joins even from another phone', () => {
    const c = candidate({ phones: ['+919000000099'], patientNameKey: 'ram prasad' });
    expect(findDuplicate(plea(), [c])).toBe('c1');
    expect(findDuplicate(plea(), [{ ...c, districtCode: 'UP-UNNAO' }])).toBeNull();
  });

  it('a different need from the same phone is a new case', () => {
    expect(findDuplicate(plea({ resources: ['blood'] }), [candidate()])).toBeNull();
  });

  it('ignores closed cases and cases older than 72 hours, and prefers the earliest', () => {
    expect(findDuplicate(plea(), [candidate({ isOpen: false })])).toBeNull();
    expect(findDuplicate(plea(), [candidate({ firstMessageAt: hoursAgo(73) })])).toBeNull();
    expect(
      findDuplicate(plea(), [candidate({ id: 'late', firstMessageAt: hoursAgo(1) }), candidate({ id: 'early' })]),
    ).toBe('early');
  });

  it.each([
    [['oxygen'], ['oxygen_concentrator'], true],
    [['oxygen_cylinder'], ['oxygen_refill'], true],
    [['bed'], ['bed_icu'], true],
    [['oxygen'], ['bed_oxygen'], true],
    [['bed_icu'], ['oxygen_cylinder'], false],
    [['blood'], ['plasma'], false],
    [['medicine'], ['food'], false],
  ] as const)('%j overlaps %j: %s', (a, b, expected) => {
    expect(needsOverlap(a, b)).toBe(expected);
  });

  it('compares patient names without case or spacing', () => {
    expect(patientNameKey('  Ram   PRASAD ')).toBe('ram prasad');
    expect(patientNameKey('राम  प्रसाद')).toBe('राम प्रसाद');
    expect(patientNameKey(' ')).toBeNull();
  });
});
