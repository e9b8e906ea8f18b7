import { describe, expect, it } from 'vitest';
import { laterAskDay } from './ask-day.js';

describe('the day a donor is asked to give on', () => {
  // 18:40 UTC on 8 December is 00:10 on 9 December in Kolkata.
  const lateEvening = new Date('2026-12-08T18:40:00Z');

  it('is today (null) without a transfusion day, or when it is today or past', () => {
    expect(laterAskDay({ transfusionDate: null }, lateEvening)).toBeNull();
    expect(laterAskDay({ transfusionDate: '2026-12-09' }, lateEvening)).toBeNull();
    expect(laterAskDay({ transfusionDate: '2026-12-01' }, lateEvening)).toBeNull();
  });

  it("is the transfusion's day when it is after today in Kolkata", () => {
    expect(laterAskDay({ transfusionDate: '2026-12-10' }, lateEvening)).toBe('2026-12-10');
    // Before midnight in Kolkata the 9th is still tomorrow.
    expect(laterAskDay({ transfusionDate: '2026-12-09' }, new Date('2026-12-08T18:00:00Z'))).toBe('2026-12-09');
  });
});
