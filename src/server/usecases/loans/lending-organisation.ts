// Which organisation lends for a case: the case's own (or one it was referred to) when the actor lends for it in the
// case's district, else the actor's own organisation serving that district (a public plea belongs to none).
import type { Actor } from '../../../shared/permissions.js';
import { lendingAbilities } from '../../domain/lending/abilities.js';
import type { CaseRow } from '../cases/case-context.js';

export function lendingOrganisationFor(
  actor: Actor,
  kase: Pick<CaseRow, 'organisationId' | 'referredOrganisationIds' | 'districtCode'>,
): string | null {
  const candidates = [
    kase.organisationId,
    ...kase.referredOrganisationIds,
    ...actor.memberships.map((m) => m.organisationId),
  ].filter((id): id is string => id !== null);
  return (
    candidates.find(
      (organisationId) => lendingAbilities(actor, { organisationId, districtCode: kase.districtCode }).read,
    ) ?? null
  );
}
