import type { Actor } from '../../shared/permissions.js';

/** The actor for operator commands run on the server itself (CLI). Audit events record no user. */
export const systemActorId = '00000000-0000-0000-0000-000000000000';
export const systemActor: Actor = {
  userId: systemActorId,
  memberships: [{ id: systemActorId, role: 'admin', organisationId: null, districts: [] }],
};
