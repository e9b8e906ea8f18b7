import { describe, expect, it } from 'vitest';
import { callbackAbilities } from './callback-abilities.js';

const now = new Date('2026-12-06T10:00:00Z');
const minutesAgo = (n: number) => new Date(now.getTime() - n * 60_000);

describe('callback abilities', () => {
  it('an open call may be claimed and completed by anyone on the desk; nobody holds it to release', () => {
    expect(callbackAbilities('me', { status: 'open', claimedById: null, claimedAt: null }, now)).toEqual({
      claim: true,
      complete: true,
      release: 'not_holder',
    });
  });

  it("someone else's live hold keeps others off; once it lapses anyone may take it", () => {
    const held = { status: 'calling' as const, claimedById: 'other', claimedAt: minutesAgo(5) };
    expect(callbackAbilities('me', held, now)).toEqual({ claim: 'taken', complete: 'taken', release: 'not_holder' });
    expect(callbackAbilities('me', { ...held, claimedAt: minutesAgo(11) }, now).claim).toBe(true);
  });

  it('the holder may complete or release it; a done call takes nothing', () => {
    expect(callbackAbilities('me', { status: 'calling', claimedById: 'me', claimedAt: minutesAgo(1) }, now)).toEqual({
      claim: true,
      complete: true,
      release: true,
    });
    expect(callbackAbilities('me', { status: 'done', claimedById: 'me', claimedAt: minutesAgo(1) }, now)).toEqual({
      claim: 'done',
      complete: 'done',
      release: 'done',
    });
  });
});
