import { Navigate, Outlet, useLocation } from 'react-router';
import { nextParam, signInPath } from './safe-next-path';
import { isSigningOut, useSession } from './session';
import { SessionContext } from './session-context';

/** Pages below need a signed-in person; anyone else is sent to sign in and brought back after. */
export function RequireSession() {
  const { data: session } = useSession();
  const location = useLocation();
  if (!session) {
    // Signed out on purpose: to the sign-in page, not "and back here" (the session ending by itself keeps `next`).
    if (isSigningOut()) return <Navigate to={signInPath} replace />;
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`${signInPath}?${nextParam}=${next}`} replace />;
  }
  return (
    <SessionContext value={session}>
      <Outlet />
    </SessionContext>
  );
}
