// Who may match donors to a case's need and ask them, decided once: the use cases guard with it and the views
// return it as `can`. Matching reads the donor registry, so it takes both a case one works (or reads) and a
// health grant (operators and coordinators, never viewers) in the organisation whose donors are asked; asking
// changes the case, so it takes working the open case.
import type { OutreachCan } from '../../../shared/contracts/outreach.js';
import type { MatchingBlock, OutreachState } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { isAdmin } from '../../../shared/permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import type { CaseAbilities, CaseRefusal } from '../cases/abilities.js';

export interface OutreachAbilities {
  read: true | CaseRefusal;
  ask: true | CaseRefusal | MatchingBlock | 'no_organisation';
  start: true | CaseRefusal | MatchingBlock | 'no_organisation' | 'already_running';
  stop: true | CaseRefusal | 'not_running';
  addReplacement: true | CaseRefusal | MatchingBlock;
}

/**
 * The organisation whose donors are asked for a case, as this actor would ask them: the one already running its
 * outreach, else the case's owner when the actor works in it, else one of the actor's organisations the case was
 * referred to or (a public plea belongs to every organisation serving the district) that serves its district.
 */
export function outreachOrganisation(
  actor: Actor,
  c: { organisationId: string | null; districtCode: string; referredOrganisationIds: readonly string[] },
  runOrganisationId: string | null,
): string | null {
  if (runOrganisationId) return runOrganisationId;
  const scope = scopeFor(actor, 'health');
  if (scope.kind === 'all') return c.organisationId;
  const grants = scope.grants.filter((g) => g.level === 'work' && g.districts.includes(c.districtCode));
  const mine = (id: string | null) => id !== null && grants.some((g) => g.organisationId === id);
  if (mine(c.organisationId)) return c.organisationId;
  const referred = c.referredOrganisationIds.find(mine);
  if (referred) return referred;
  return c.organisationId === null ? (grants[0]?.organisationId ?? null) : null;
}

/** The districts of an organisation whose donors the actor may see (null: all of them). */
export function donorDistrictsFor(actor: Actor, organisationId: string): string[] | null {
  if (isAdmin(actor)) return null;
  const scope = scopeFor(actor, 'health');
  if (scope.kind === 'all') return null;
  return [...new Set(scope.grants.filter((g) => g.organisationId === organisationId).flatMap((g) => g.districts))];
}

export function outreachAbilities(
  actor: Actor,
  caseAbilities: CaseAbilities,
  context: {
    organisationId: string | null;
    blocked: MatchingBlock | null;
    runState: OutreachState | null;
  },
): OutreachAbilities {
  const health = scopeFor(actor, 'health');
  const worksDonors =
    context.organisationId !== null &&
    (health.kind === 'all' ||
      health.grants.some((g) => g.organisationId === context.organisationId && g.level === 'work'));
  const read: true | CaseRefusal = !caseAbilities.read
    ? 'not_visible'
    : worksDonors || (context.organisationId === null && caseAbilities.edit === true)
      ? true
      : 'forbidden';
  const edit = caseAbilities.edit;
  const work: true | CaseRefusal = read !== true ? read : edit;
  const matchable = (): true | MatchingBlock | 'no_organisation' =>
    context.organisationId === null ? 'no_organisation' : (context.blocked ?? true);
  const then = <A, B>(first: true | A, next: () => true | B): true | A | B => (first === true ? next() : first);
  return {
    read,
    ask: then(work, matchable),
    start: then(work, () => then(matchable(), () => (context.runState === 'running' ? 'already_running' : true))),
    stop: then(work, () => (context.runState === 'running' ? true : 'not_running')),
    addReplacement: then(work, () =>
      context.blocked === 'not_a_blood_need' || context.blocked === 'case_closed' ? context.blocked : true,
    ),
  };
}

export function presentOutreachAbilities(abilities: OutreachAbilities): OutreachCan {
  return {
    ask: abilities.ask === true,
    start: abilities.start === true,
    stop: abilities.stop === true,
    addReplacement: abilities.addReplacement === true,
  };
}
