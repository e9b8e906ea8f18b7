import { createContext, use } from 'react';
import type { SessionView } from '../../../shared/contracts/auth.js';

export const SessionContext = createContext<SessionView | null>(null);

/** The signed-in person, for pages behind <RequireSession>. */
export function useCurrentSession(): SessionView {
  const session = use(SessionContext);
  if (session === null) throw new Error('useCurrentSession() used outside <RequireSession>');
  return session;
}
