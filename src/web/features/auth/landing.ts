import type { SessionView } from '../../../shared/contracts/auth.js';
import { caseWorkerRoles } from '../../../shared/case-permissions.js';
import { navPaths } from '../shell/nav-paths';

/**
 * Where a person lands after signing in when no page asked for them: those who take pleas (operators, coordinators)
 * at the desk, where their work is; everyone else at home, whose overview (or memberships) is their start.
 */
export function landingPath(session: Pick<SessionView, 'nav' | 'memberships'>): string {
  const takesPleas = session.memberships.some((membership) => caseWorkerRoles.includes(membership.role));
  return session.nav.includes('desk') && takesPleas ? navPaths.desk : navPaths.home;
}
