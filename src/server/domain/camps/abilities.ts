// What a person may do with a camp and its registrations, decided once: the use cases guard with it, the presenters
// return it as `can`, the screens offer exactly that. Each refusal says why: not_visible → 404, forbidden and
// coordinator_only → 403, the camp's rules (camp-rules.ts) → 409 `camp_unavailable` with the reason, except a
// check-in refused for the day, which is a 400 naming the field (the use case decides that).
//
// Product rules: camps are health data (registrations name donors), so they follow the `health` area of
// shared/scope.ts — the organising organisation's operators and coordinators in the camp's district; another
// organisation or district gets "not found". Coordinators plan, change, cancel, invite donors, mark held, thank and
// issue certificates; operators (and coordinators) register donors, check them in and record outcomes.
import type { CampCan, RegistrationCan } from '../../../shared/contracts/camps.js';
import type { CampRegistrationState } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { accessTo, coordinates, scopeFor, type ScopedRecord } from '../../../shared/scope.js';
import {
  cancelRefusal,
  checkInRefusal,
  heldRefusal,
  outcomeRefusal,
  planChangeRefusal,
  registrationCancelRefusal,
  registrationCheckInRefusal,
  registrationRefusal,
  thankRefusal,
  type CampClock,
  type CampRefusal,
} from './camp-rules.js';

export type AccessRefusal = 'not_visible' | 'forbidden' | 'coordinator_only';
export type Verdict = true | AccessRefusal | CampRefusal | 'nothing_donated';
export type Abilities<Can> = Record<keyof Can, Verdict> & { read: boolean };

export interface CampPlace extends CampClock {
  organisationId: string;
  districtCode: string;
}

const scoped = (p: Pick<CampPlace, 'organisationId' | 'districtCode'>): ScopedRecord => ({
  organisationId: p.organisationId,
  districtCode: p.districtCode,
  sharedInDistrict: false,
  referredTo: [],
});

/** The first refusal, or true. */
function first(...checks: Array<Verdict | null>): Verdict {
  return checks.find((c): c is Exclude<Verdict, true> => c !== null && c !== true) ?? true;
}

function levels(actor: Actor, place: Pick<CampPlace, 'organisationId' | 'districtCode'>) {
  const scope = scopeFor(actor, 'health');
  const access = accessTo(scope, scoped(place));
  const work: Verdict = access === 'none' ? 'not_visible' : access === 'work' ? true : 'forbidden';
  const coordinate: Verdict = work !== true ? work : coordinates(scope, scoped(place)) ? true : 'coordinator_only';
  return { read: access !== 'none', work, coordinate };
}

/** Whether the actor may plan a camp for this organisation in this district. */
export function planVerdict(actor: Actor, organisationId: string, districtCode: string): Verdict {
  return levels(actor, { organisationId, districtCode }).coordinate;
}

export function campAbilities(actor: Actor, camp: CampPlace, donated: number, now: Date): Abilities<CampCan> {
  const { read, work, coordinate } = levels(actor, camp);
  return {
    read,
    update: first(coordinate, planChangeRefusal(camp, now)),
    cancel: first(coordinate, cancelRefusal(camp)),
    markHeld: first(coordinate, heldRefusal(camp, now)),
    invite: first(coordinate, registrationRefusal(camp, now)),
    thank: first(coordinate, thankRefusal(camp)),
    register: first(work, registrationRefusal(camp, now)),
    checkIn: first(work, checkInRefusal(camp, now)),
    recordOutcome: first(
      work,
      camp.state === 'cancelled' ? 'camp_cancelled' : camp.state === 'held' ? 'camp_held' : null,
    ),
    readReport: read ? true : 'not_visible',
    issueCertificates: first(
      coordinate,
      camp.state === 'cancelled' ? 'camp_cancelled' : null,
      donated > 0 ? null : 'nothing_donated',
    ),
  };
}

export function registrationAbilities(
  actor: Actor,
  camp: CampPlace,
  state: CampRegistrationState,
  now: Date,
): Record<keyof RegistrationCan, Verdict> {
  const { work } = levels(actor, camp);
  return {
    checkIn: first(work, checkInRefusal(camp, now), registrationCheckInRefusal(state)),
    recordOutcome: first(work, outcomeRefusal(camp, state)),
    cancel: first(work, registrationCancelRefusal(camp, state)),
  };
}

/** `can` as the API answers it: true or false per action (`read` is not an action). */
export function presentCan<T extends object>(abilities: T): Record<Exclude<keyof T, 'read'>, boolean> {
  return Object.fromEntries(
    Object.entries(abilities)
      .filter(([k]) => k !== 'read')
      .map(([k, v]) => [k, v === true]),
  ) as Record<Exclude<keyof T, 'read'>, boolean>;
}
