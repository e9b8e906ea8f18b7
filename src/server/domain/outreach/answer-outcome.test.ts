import { describe, expect, it } from 'vitest';
import { allUnitsArranged, answerEffect, askOutcome, isAnswerable, stateAfter } from './answer-outcome.js';

describe('what a donor’s answer does', () => {
  const open = { caseOpen: true, unitsRequested: 2 };

  it('matches a YES while units are still needed, up to the last one', () => {
    expect(answerEffect({ ...open, answer: 'yes', unitsArranged: 0 })).toBe('matched');
    expect(answerEffect({ ...open, answer: 'yes', unitsArranged: 1 })).toBe('matched');
  });

  it('thanks a YES once every unit is arranged, or once the case has ended', () => {
    expect(answerEffect({ ...open, answer: 'yes', unitsArranged: 2 })).toBe('already_arranged');
    expect(answerEffect({ ...open, answer: 'yes', unitsArranged: 3 })).toBe('already_arranged');
    expect(answerEffect({ ...open, caseOpen: false, answer: 'yes', unitsArranged: 0 })).toBe('no_longer_needed');
  });

  it('records a NO as declined, whatever the need', () => {
    expect(answerEffect({ ...open, answer: 'no', unitsArranged: 0 })).toBe('declined');
    expect(answerEffect({ ...open, caseOpen: false, answer: 'no', unitsArranged: 5 })).toBe('declined');
  });

  it('stores each effect as the ask state the contract names', () => {
    expect(stateAfter('matched')).toBe('matched');
    expect(stateAfter('already_arranged')).toBe('yes');
    expect(stateAfter('no_longer_needed')).toBe('yes');
    expect(stateAfter('declined')).toBe('no');
  });

  it('is done when the units arranged reach the units requested', () => {
    expect(allUnitsArranged(1, 2)).toBe(false);
    expect(allUnitsArranged(2, 2)).toBe(true);
    expect(allUnitsArranged(3, 2)).toBe(true);
  });
});

describe('which asks an answer can land on', () => {
  const unanswered = { answeredAt: null };

  it.each(['queued', 'sent', 'expired'] as const)('an unanswered %s ask', (state) => {
    expect(isAnswerable({ ...unanswered, state })).toBe(true);
  });

  it.each(['matched', 'yes', 'no', 'cancelled'] as const)('never a %s ask', (state) => {
    expect(isAnswerable({ ...unanswered, state })).toBe(false);
  });

  it('never one answered already', () => {
    expect(isAnswerable({ state: 'sent', answeredAt: new Date() })).toBe(false);
  });
});

describe('how the donor’s page shows an ask', () => {
  it('open while it can be answered and the case is open; closed otherwise', () => {
    expect(askOutcome({ state: 'sent', answeredAt: null }, true)).toBe('open');
    expect(askOutcome({ state: 'expired', answeredAt: null }, true)).toBe('open');
    expect(askOutcome({ state: 'sent', answeredAt: null }, false)).toBe('closed');
    expect(askOutcome({ state: 'cancelled', answeredAt: null }, true)).toBe('closed');
  });

  it('what the answer did, whether or not the case is still open', () => {
    expect(askOutcome({ state: 'matched', answeredAt: new Date() }, false)).toBe('matched');
    expect(askOutcome({ state: 'yes', answeredAt: new Date() }, true)).toBe('already_arranged');
    expect(askOutcome({ state: 'no', answeredAt: new Date() }, true)).toBe('declined');
  });
});
