// What a person may do with a case, decided once: the use cases guard with it and the presenter returns it as
// `can`, so the screen offers exactly what the server will accept. Each refusal says why, so the guard answers with
// the right error (closed, taken, not allowed — or, for a case outside one's scope, "not found").
//
// Product rules: working a case (claim, call, edit, status, notes, quantities, reveal, refer) is for the operators
// and coordinators of the organisation that owns it — or of one it was referred to — in its district. Assigning it
// to someone else is a coordinator's call; the holder of a claim may hand theirs on. Overriding the computed
// priority is an operator's call, with a reason (the use case requires it). Merging a duplicate into the case it
// repeats is routine desk work for anyone who works both cases: it only moves the clock earlier, and both
// timelines record it. Organisations that see a case only because the person consented to sharing read it.
import type { CaseCan } from '../../../shared/contracts/cases.js';
import type { CaseStatus } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { accessTo, coordinates, scopeFor, type AccessLevel, type ScopedRecord } from '../../../shared/scope.js';
import { activeAssignee } from './claims.js';
import { isOpen } from './status-machine.js';

/** The case's own `can`, and resending a failed message about it (shown on that message instead). */
export type CaseAbility = keyof CaseCan | 'resend';

/** Why an ability is refused: each becomes one error (not_found, forbidden, case_closed, already_claimed). */
export type CaseRefusal = 'not_visible' | 'forbidden' | 'closed' | 'claimed_by_other';

export type CaseAbilities = Record<CaseAbility, true | CaseRefusal> & { read: boolean };

export interface CaseForAbilities {
  status: CaseStatus;
  districtCode: string;
  organisationId: string | null;
  consentToShare: boolean;
  referredOrganisationIds: readonly string[];
  assigneeId: string | null;
  assigneeActiveAt: Date | null;
}

export function caseRecord(
  c: Pick<CaseForAbilities, 'districtCode' | 'organisationId' | 'consentToShare' | 'referredOrganisationIds'>,
): ScopedRecord {
  return {
    organisationId: c.organisationId,
    districtCode: c.districtCode,
    sharedInDistrict: c.consentToShare,
    referredTo: c.referredOrganisationIds,
  };
}

/** How far the actor reaches this case: none ("not found"), read (shared with them), or work. */
export function caseAccess(
  actor: Actor,
  c: Pick<CaseForAbilities, 'districtCode' | 'organisationId' | 'consentToShare' | 'referredOrganisationIds'>,
): AccessLevel {
  return accessTo(scopeFor(actor, 'cases'), caseRecord(c));
}

export function caseAbilities(
  actor: Actor,
  c: CaseForAbilities,
  context: { claimIdleMinutes: number; now: Date },
): CaseAbilities {
  const scope = scopeFor(actor, 'cases');
  const record = caseRecord(c);
  const access = accessTo(scope, record);
  const works = access === 'work';
  const open = isOpen(c.status);
  const holder = activeAssignee(c.assigneeId, c.assigneeActiveAt, context.claimIdleMinutes, context.now);
  const verdict = (allowed: boolean, refusal: CaseRefusal = 'forbidden'): true | CaseRefusal =>
    access === 'none' ? 'not_visible' : allowed ? true : refusal;
  const work = verdict(works);
  /** Work only an open case takes: refused as not allowed first, then as closed. */
  const openWork = work === true ? verdict(open, 'closed') : work;
  const then = (first: true | CaseRefusal, next: () => true | CaseRefusal) => (first === true ? next() : first);
  return {
    read: access !== 'none',
    claim: then(openWork, () => verdict(holder === null || holder === actor.userId, 'claimed_by_other')),
    assign: then(openWork, () => verdict(coordinates(scope, record) || holder === actor.userId)),
    transition: work,
    edit: openWork,
    note: work,
    logCall: openWork,
    revealContact: work,
    overridePriority: openWork,
    // What was delivered can still be corrected on a fulfilled case (the correction is recorded); not once closed.
    recordQuantity: work === true && c.status === 'fulfilled' ? true : openWork,
    merge: openWork,
    refer: openWork,
    resend: work,
  };
}

/** The booleans the screen renders from. A claim one already holds is not offered again. */
export function presentAbilities(abilities: CaseAbilities, holderIsActor: boolean): CaseCan {
  const can = Object.fromEntries(
    Object.entries(abilities)
      .filter(([key]) => key !== 'read' && key !== 'resend')
      .map(([key, value]) => [key, value === true]),
  ) as CaseCan;
  return { ...can, claim: can.claim && !holderIsActor };
}
