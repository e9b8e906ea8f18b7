import { Navigate, Outlet, useLocation } from 'react-router';
import { nextParam } from './safe-next-path';
import { useSession } from './session';
import { SessionContext } from './session-context';

/** Pages below need a signed-in person; anyone else is sent to sign in and brought back after. */
export function RequireSession() {
  const { data: session } = useSession();
  const location = useLocation();
  if (!session) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/sign-in?${nextParam}=${next}`} replace />;
  }
  return (
    <SessionContext value={session}>
      <Outlet />
    </SessionContext>
  );
}
