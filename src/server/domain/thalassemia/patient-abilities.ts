// What a person may do with one child on regular transfusion (issue #14), decided once: the use cases guard with
// it (lock-patient.ts), the presenter returns it as `can`, the screens offer exactly that. Each refusal says why, so
// the guard answers with the right error (not_visible → 404, forbidden → 403, the rest → 409).
//
// Product rules: a child's record is health data (their blood, their guardian's phone). It follows the `health` area
// of shared/scope.ts — an organisation's operators and coordinators in their districts do the work; another
// organisation, another district, viewers and volunteers get "not found". A child whose care ended keeps their
// record (and the outcomes of transfusions already given may still be recorded), but their roster is closed: no
// donors are added or booked for them.
import type { TransfusionPatientCan } from '../../../shared/contracts/transfusion-patients.js';
import type { TransfusionPatientState } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { accessTo, scopeFor, type AccessLevel, type ScopedRecord } from '../../../shared/scope.js';

export type PatientRefusal = 'not_visible' | 'forbidden' | 'patient_ended';
export type PatientVerdict = true | PatientRefusal;
export type PatientAbility = keyof TransfusionPatientCan;
export type PatientAbilities = Record<PatientAbility, PatientVerdict> & { read: boolean };

export interface PatientForAbilities {
  organisationId: string;
  districtCode: string;
  state: TransfusionPatientState;
}

const patientRecord = (p: Pick<PatientForAbilities, 'organisationId' | 'districtCode'>): ScopedRecord => ({
  organisationId: p.organisationId,
  districtCode: p.districtCode,
  sharedInDistrict: false,
  referredTo: [],
});

export function patientAccess(
  actor: Actor,
  p: Pick<PatientForAbilities, 'organisationId' | 'districtCode'>,
): AccessLevel {
  return accessTo(scopeFor(actor, 'health'), patientRecord(p));
}

export function patientAbilities(actor: Actor, patient: PatientForAbilities): PatientAbilities {
  const access = patientAccess(actor, patient);
  const work: PatientVerdict = access === 'none' ? 'not_visible' : access === 'work' ? true : 'forbidden';
  const open: PatientVerdict = work !== true ? work : patient.state === 'ended' ? 'patient_ended' : true;
  return {
    read: access !== 'none',
    update: work,
    revealContact: work,
    // Ending is not final: a child who moved back resumes.
    changeState: work,
    manageRoster: open,
    recordTransfusion: work,
  };
}

/** The abilities as the API returns them: allowed or not. */
export function presentPatientCan(abilities: PatientAbilities): TransfusionPatientCan {
  return {
    update: abilities.update === true,
    revealContact: abilities.revealContact === true,
    changeState: abilities.changeState === true,
    manageRoster: abilities.manageRoster === true,
    recordTransfusion: abilities.recordTransfusion === true,
  };
}

/** The organisations (and their districts) in which the actor may register children; null: any (admins). */
export function patientRegistrationScope(
  actor: Actor,
): Array<{ organisationId: string; districts: readonly string[] }> | null {
  const scope = scopeFor(actor, 'health');
  if (scope.kind === 'all') return null;
  return scope.grants
    .filter((g) => g.level === 'work')
    .map((g) => ({ organisationId: g.organisationId, districts: g.districts }));
}
