// Thalassemia care, donation camps and donor certificates (issue #14).

/** A child's care: active, or paused (in hospital, travelling), or ended (moved away, cured by transplant, died). */
export const transfusionPatientStates = ['active', 'paused', 'ended'] as const;
export type TransfusionPatientState = (typeof transfusionPatientStates)[number];

/** A child's history: every change is one of these, with who and when. */
export const transfusionPatientEventTypes = [
  'registered',
  'updated',
  'state_changed',
  'contact_revealed',
  'consent_withdrawn',
  'roster_member_added',
  'roster_member_removed',
  'transfusion_planned',
  'transfusion_done',
  'transfusion_missed',
  'transfusion_case_opened',
  'booking_made',
  'booking_answered',
  'booking_rebooked',
  'pool_exhausted',
] as const;
export type TransfusionPatientEventType = (typeof transfusionPatientEventTypes)[number];

/**
 * One transfusion on a child's calendar. `planned` is on the calendar without all its donors; `covered` has a booked
 * donor per unit; `done` happened (on `done_on`); `missed` passed without blood; `cancelled` taken off the calendar.
 */
export const transfusionStates = ['planned', 'covered', 'done', 'missed', 'cancelled'] as const;
export type TransfusionState = (typeof transfusionStates)[number];

/**
 * One roster donor booked for one transfusion. `booked` awaits the donor's answer; `confirmed` said yes; `declined`
 * said no (the next in the pool is booked); `deferred` the centre turned them away (sets eligibility); `donated`
 * gave; `no_show` did not come; `cancelled` the transfusion moved or the donor left the pool.
 */
export const transfusionBookingStates = [
  'booked',
  'confirmed',
  'declined',
  'deferred',
  'donated',
  'no_show',
  'cancelled',
] as const;
export type TransfusionBookingState = (typeof transfusionBookingStates)[number];

/** A camp: planned (registrations open), held (its day is over, outcomes recorded), or cancelled. */
export const campStates = ['planned', 'held', 'cancelled'] as const;
export type CampState = (typeof campStates)[number];

/** How someone came to register for a camp. */
export const campRegistrationSources = ['web', 'whatsapp', 'sms', 'operator', 'invitation', 'walk_in'] as const;
export type CampRegistrationSource = (typeof campRegistrationSources)[number];

/** One registration's life at a camp: registered, checked in, then donated or deferred; or cancelled. */
export const campRegistrationStates = ['registered', 'checked_in', 'donated', 'deferred', 'cancelled'] as const;
export type CampRegistrationState = (typeof campRegistrationStates)[number];

/** A camp's history. */
export const campEventTypes = [
  'planned',
  'updated',
  'cancelled',
  'held',
  'registered',
  'registration_cancelled',
  'invited',
  'checked_in',
  'donated',
  'deferred',
  'certificates_issued',
  'thanked',
] as const;
export type CampEventType = (typeof campEventTypes)[number];
