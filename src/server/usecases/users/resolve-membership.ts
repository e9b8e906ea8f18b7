import { eq } from 'drizzle-orm';
import type { MembershipInput } from '../../../shared/contracts/users.js';
import { canManageMembership, type Actor, type MembershipScope } from '../../../shared/permissions.js';
import type { DbOrTx } from '../../db/client.js';
import { organisations } from '../../db/schema/index.js';
import { AppError, forbidden } from '../../errors.js';

/**
 * Checks a requested membership against its organisation and the actor's authority, and returns
 * what to store plus its effective scope (empty districts = all of the organisation's).
 */
export async function resolveMembership(
  tx: DbOrTx,
  actor: Actor,
  input: MembershipInput,
): Promise<{
  stored: { role: MembershipInput['role']; organisationId: string | null; districts: string[] };
  scope: MembershipScope;
}> {
  const districts = [...new Set(input.districts)];
  if (input.role === 'admin') {
    if (input.organisationId !== null || districts.length > 0) {
      throw new AppError('invalid_membership', { reasonKey: 'membership.admin_has_no_organisation' }, [
        { field: 'membership.organisationId', code: 'invalid' },
      ]);
    }
    const scope = { role: input.role, organisationId: null, districts: [] };
    if (!canManageMembership(actor, scope)) throw forbidden();
    return { stored: scope, scope };
  }
  if (input.organisationId === null) {
    throw new AppError('invalid_membership', { reasonKey: 'membership.organisation_required' }, [
      { field: 'membership.organisationId', code: 'required' },
    ]);
  }
  const [organisation] = await tx
    .select({ id: organisations.id, districts: organisations.districts })
    .from(organisations)
    .where(eq(organisations.id, input.organisationId));
  // An organisation the actor cannot manage looks the same whether or not it exists.
  if (!organisation) {
    throw canManageMembership(actor, { role: input.role, organisationId: input.organisationId, districts })
      ? new AppError('invalid_membership', { reasonKey: 'membership.organisation_required' }, [
          { field: 'membership.organisationId', code: 'invalid' },
        ])
      : forbidden();
  }
  const outside = districts.filter((d) => !organisation.districts.includes(d));
  if (outside.length > 0) {
    throw new AppError(
      'invalid_membership',
      { reasonKey: 'membership.unknown_districts', districts: outside.join(', ') },
      [{ field: 'membership.districts', code: 'invalid' }],
    );
  }
  const scope = {
    role: input.role,
    organisationId: organisation.id,
    districts: districts.length > 0 ? districts : organisation.districts,
  };
  if (!canManageMembership(actor, scope)) throw forbidden();
  return { stored: { role: input.role, organisationId: organisation.id, districts }, scope };
}
