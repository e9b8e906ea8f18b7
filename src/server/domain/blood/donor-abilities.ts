// What a person may do with the donor registry and with one donor, decided once: the use cases guard with it, the
// presenter returns it as `can`, the screens offer exactly that.
//
// Product rules: donors are health data. An organisation's operators and coordinators, in the districts they work
// in, register, read, verify and record donations for its donors (area `health` of shared/scope.ts); nobody else
// sees them — another organisation gets "not found", never a hint that the number is registered. Importing a list
// (the police lines' roster) and changing the organisation's blood policy are a coordinator's call. Viewers and
// volunteers see no donors; the figures (counts, no people) are for everyone at the desk, viewers included.
import type { Actor } from '../../../shared/permissions.js';
import { isAdmin } from '../../../shared/permissions.js';
import { accessTo, coordinates, scopeFor, type AccessLevel, type ScopedRecord } from '../../../shared/scope.js';

export interface DonorForAbilities {
  organisationId: string;
  districtCode: string;
  consentWithdrawnAt: Date | null;
}

/** Why an ability is refused: not visible becomes "not found", the rest "forbidden". */
export type DonorRefusal = 'not_visible' | 'forbidden' | 'consent_withdrawn';

export interface DonorAbilities {
  read: boolean;
  update: true | DonorRefusal;
  /** Log a verification call. */
  logCall: true | DonorRefusal;
  verify: true | DonorRefusal;
  confirmGroup: true | DonorRefusal;
  /** Record or clear a blood centre's deferral. */
  recordCentreDeferral: true | DonorRefusal;
  recordDonation: true | DonorRefusal;
  revealContact: true | DonorRefusal;
  withdrawConsent: true | DonorRefusal;
}

const donorRecord = (d: Pick<DonorForAbilities, 'organisationId' | 'districtCode'>): ScopedRecord => ({
  organisationId: d.organisationId,
  districtCode: d.districtCode,
  sharedInDistrict: false,
  referredTo: [],
});

export function donorAccess(actor: Actor, d: Pick<DonorForAbilities, 'organisationId' | 'districtCode'>): AccessLevel {
  return accessTo(scopeFor(actor, 'health'), donorRecord(d));
}

export function donorAbilities(actor: Actor, d: DonorForAbilities): DonorAbilities {
  const access = donorAccess(actor, d);
  const verdict = (allowed: boolean, refusal: DonorRefusal = 'forbidden'): true | DonorRefusal =>
    access === 'none' ? 'not_visible' : allowed ? true : refusal;
  const work = verdict(access === 'work');
  // A donor who withdrew consent is kept (their donations count in the figures) but is no longer worked on.
  const consenting = work === true ? verdict(d.consentWithdrawnAt === null, 'consent_withdrawn') : work;
  return {
    read: access !== 'none',
    update: consenting,
    logCall: consenting,
    verify: consenting,
    confirmGroup: consenting,
    // What a blood centre found stays a fact about the donor, like a donation, consent or not.
    recordCentreDeferral: work,
    recordDonation: work,
    revealContact: consenting,
    withdrawConsent: consenting,
  };
}

/** The organisations (and their districts) in which the actor may register donors; null: any (admins). */
export function donorRegistrationScope(
  actor: Actor,
): Array<{ organisationId: string; districts: readonly string[] }> | null {
  const scope = scopeFor(actor, 'health');
  if (scope.kind === 'all') return null;
  return scope.grants
    .filter((g) => g.level === 'work')
    .map((g) => ({ organisationId: g.organisationId, districts: g.districts }));
}

export function canListDonors(actor: Actor): boolean {
  const scope = scopeFor(actor, 'health');
  return scope.kind === 'all' || scope.grants.length > 0;
}

export function canRegisterDonor(actor: Actor, organisationId: string, districtCode: string): boolean {
  const reach = donorRegistrationScope(actor);
  return reach === null || reach.some((g) => g.organisationId === organisationId && g.districts.includes(districtCode));
}

/** Importing a list of donors for an organisation: its coordinators (in their districts), or an administrator. */
export function canImportDonors(actor: Actor, organisationId: string, districtCode: string): boolean {
  if (isAdmin(actor)) return true;
  return coordinates(scopeFor(actor, 'health'), donorRecord({ organisationId, districtCode }));
}

/** Changing an organisation's blood policy: its coordinators, or an administrator. */
export function canUpdateBloodPolicy(actor: Actor, organisationId: string): boolean {
  return (
    isAdmin(actor) || actor.memberships.some((m) => m.role === 'coordinator' && m.organisationId === organisationId)
  );
}

/** Working a case's donors (matching, outreach, replacement donors) is working the case: see cases/abilities.ts. */
