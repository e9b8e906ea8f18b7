import type { SessionView } from '../../../shared/contracts/auth.js';
import type { Actor } from '../../../shared/permissions.js';

/**
 * The signed-in person as the shared permission rules see them. Only for choices the server's `can`
 * flags don't cover (may I create at all?); the server checks every request again.
 */
export function actorFrom(session: SessionView): Actor {
  return {
    userId: session.user.id,
    memberships: session.memberships.map(({ id, role, organisationId, districts }) => ({
      id,
      role,
      organisationId,
      districts,
    })),
  };
}
