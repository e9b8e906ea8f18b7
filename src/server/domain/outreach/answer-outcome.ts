// What a donor's answer to an ask does. The first YESes up to the units still needed are matched; a YES after that
// (or once the case has ended) is thanked and recorded, never matched, so a need is never over-arranged.
import type { DonorAnswer, DonorAskOutcome, DonorAskState } from '../../../shared/enums.js';

export type AnswerEffect = 'matched' | 'already_arranged' | 'no_longer_needed' | 'declined';

/**
 * States an answer can still land on: an ask awaiting one, or one that expired unanswered (a late YES is still
 * matched when units are still needed, else thanked). An answered or cancelled (never sent) ask keeps what it has.
 */
export const answerableAskStates = ['queued', 'sent', 'expired'] as const satisfies readonly DonorAskState[];

export function isAnswerable(ask: { state: DonorAskState; answeredAt: Date | null }): boolean {
  return ask.answeredAt === null && (answerableAskStates as readonly DonorAskState[]).includes(ask.state);
}

export interface AnswerContext {
  answer: DonorAnswer;
  /** The case is still being worked (not fulfilled or closed). */
  caseOpen: boolean;
  unitsRequested: number;
  /** Donors matched plus units recorded as delivered, before this answer. */
  unitsArranged: number;
}

export function answerEffect(context: AnswerContext): AnswerEffect {
  if (context.answer === 'no') return 'declined';
  if (!context.caseOpen) return 'no_longer_needed';
  return context.unitsArranged < context.unitsRequested ? 'matched' : 'already_arranged';
}

/** The ask's state once the effect is applied. */
export function stateAfter(effect: AnswerEffect): DonorAskState {
  switch (effect) {
    case 'matched':
      return 'matched';
    case 'declined':
      return 'no';
    case 'already_arranged':
    case 'no_longer_needed':
      return 'yes';
  }
}

/** How the donor's own page shows an ask: open until answered, then what the answer did. */
export function askOutcome(ask: { state: DonorAskState; answeredAt: Date | null }, caseOpen: boolean): DonorAskOutcome {
  switch (ask.state) {
    case 'matched':
      return 'matched';
    case 'yes':
      return 'already_arranged';
    case 'no':
      return 'declined';
    case 'cancelled':
      return 'closed';
    case 'queued':
    case 'sent':
    case 'expired':
      return caseOpen && isAnswerable(ask) ? 'open' : 'closed';
  }
}

/** An outreach is done once this many units are arranged. */
export function allUnitsArranged(unitsArranged: number, unitsRequested: number): boolean {
  return unitsArranged >= unitsRequested;
}
