import type { SessionView } from '../../../shared/contracts/auth.js';
import { roles, type Role } from '../../../shared/enums.js';
import { isAdmin, rolesCoordinatorsManage } from '../../../shared/permissions.js';
import { actorFrom } from '../auth/actor';

/** The roles this person may hand out: all for an admin, the coordinator-managed ones otherwise. */
export function roleChoices(session: SessionView): readonly Role[] {
  return isAdmin(actorFrom(session)) ? roles : rolesCoordinatorsManage;
}
