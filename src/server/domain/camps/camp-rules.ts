// A camp's life as rules over its state and the clock. Registration is open while the camp is planned and not yet
// over; check-in only on the camp's own (Kolkata) day, while it is planned; an outcome only after check-in; held
// only once its day has begun; thanked once, after it is held. Each refusal is a reason the API names.
import type { CampRegistrationState, CampState } from '../../../shared/enums.js';
import { kolkataDay } from '../blood/calendar.js';

export interface CampClock {
  state: CampState;
  startsAt: Date;
  endsAt: Date;
  thankedAt: Date | null;
}

export type CampRefusal =
  | 'camp_cancelled'
  | 'camp_held'
  | 'camp_over'
  | 'camp_not_yet'
  | 'camp_not_started'
  | 'camp_not_held'
  | 'camp_already_thanked'
  | 'registration_cancelled'
  | 'not_checked_in'
  | 'already_checked_in'
  | 'outcome_recorded';

/** The camp's Kolkata day (its start's). */
export function campDay(camp: Pick<CampClock, 'startsAt'>): string {
  return kolkataDay(camp.startsAt);
}

/** Over: its end has passed. */
export function campIsOver(camp: Pick<CampClock, 'endsAt'>, now: Date): boolean {
  return now.getTime() >= camp.endsAt.getTime();
}

function stateRefusal(camp: CampClock): CampRefusal | null {
  if (camp.state === 'cancelled') return 'camp_cancelled';
  if (camp.state === 'held') return 'camp_held';
  return null;
}

/** Registering (page, message, desk, invitation): a planned camp that is not over. */
export function registrationRefusal(camp: CampClock, now: Date): CampRefusal | null {
  return stateRefusal(camp) ?? (campIsOver(camp, now) ? 'camp_over' : null);
}

/** Changing the plan or inviting: as registering. */
export const planChangeRefusal = registrationRefusal;

/** Cancelling: a planned camp (even on its day), never a held one. */
export function cancelRefusal(camp: CampClock): CampRefusal | null {
  return stateRefusal(camp);
}

/**
 * Checking in: a planned camp, on its Kolkata day. The day after (or once marked held) it is over; before its day,
 * not yet. The desk may check people in a little past the end on the same day (a queue at closing time).
 */
export function checkInRefusal(camp: CampClock, now: Date): CampRefusal | null {
  if (camp.state === 'cancelled') return 'camp_cancelled';
  if (camp.state === 'held') return 'camp_over';
  const today = kolkataDay(now);
  const day = campDay(camp);
  if (today > day) return 'camp_over';
  if (today < day) return 'camp_not_yet';
  return null;
}

/** Recording an outcome: a camp not cancelled nor held, a registration checked in and not yet decided. */
export function outcomeRefusal(camp: CampClock, registration: CampRegistrationState): CampRefusal | null {
  const refusal = stateRefusal(camp);
  if (refusal) return refusal;
  if (registration === 'cancelled') return 'registration_cancelled';
  if (registration === 'registered') return 'not_checked_in';
  if (registration === 'donated' || registration === 'deferred') return 'outcome_recorded';
  return null;
}

/** A registration may be checked in once (a second scan of the same QR code is refused, naming it). */
export function registrationCheckInRefusal(registration: CampRegistrationState): CampRefusal | null {
  if (registration === 'cancelled') return 'registration_cancelled';
  if (registration !== 'registered') return 'already_checked_in';
  return null;
}

/** Cancelling a registration: only before check-in, while the camp is planned. */
export function registrationCancelRefusal(camp: CampClock, registration: CampRegistrationState): CampRefusal | null {
  const refusal = stateRefusal(camp);
  if (refusal) return refusal;
  if (registration === 'cancelled') return 'registration_cancelled';
  if (registration !== 'registered') return 'already_checked_in';
  return null;
}

/** Marking held: a planned camp whose day has begun. */
export function heldRefusal(camp: CampClock, now: Date): CampRefusal | null {
  const refusal = stateRefusal(camp);
  if (refusal) return refusal;
  return now.getTime() < camp.startsAt.getTime() ? 'camp_not_started' : null;
}

/** Thanking: once, after the camp is held. */
export function thankRefusal(camp: CampClock): CampRefusal | null {
  if (camp.state === 'cancelled') return 'camp_cancelled';
  if (camp.state !== 'held') return 'camp_not_held';
  return camp.thankedAt !== null ? 'camp_already_thanked' : null;
}
