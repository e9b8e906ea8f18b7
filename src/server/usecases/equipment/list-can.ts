// `can` on lending lists and screens that span organisations: an action is offered when the actor may take it in
// the organisation asked for, or in any organisation their health desk covers.
import type { LendingCan } from '../../../shared/contracts/lending-can.js';
import type { Actor } from '../../../shared/permissions.js';
import { scopeFor, scopeOrganisations } from '../../../shared/scope.js';
import { lendingAbilities, presentCan } from '../../domain/lending/abilities.js';

const nobody = '00000000-0000-0000-0000-000000000000';

export function lendingListCan(actor: Actor, organisationId: string | null = null): LendingCan {
  const organisations = organisationId ? [organisationId] : (scopeOrganisations(scopeFor(actor, 'health')) ?? [nobody]);
  const each = organisations.map((id) =>
    presentCan(lendingAbilities(actor, { organisationId: id, districtCode: null })),
  );
  const none = presentCan(lendingAbilities(actor, { organisationId: nobody, districtCode: null }));
  return each.reduce<LendingCan>(
    (all, can) =>
      Object.fromEntries(
        Object.entries(all).map(([key, value]) => [key, value || can[key as keyof LendingCan]]),
      ) as LendingCan,
    none,
  );
}
