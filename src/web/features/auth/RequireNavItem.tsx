import type { ReactNode } from 'react';
import type { NavItem } from '../../../shared/contracts/auth.js';
import { NotFoundPage } from '../shell/NotFoundPage';
import { useCurrentSession } from './session-context';

/** A page the person's roles don't offer looks like one that doesn't exist, as the server answers. */
export function RequireNavItem({ item, children }: { item: NavItem; children: ReactNode }) {
  const session = useCurrentSession();
  return session.nav.includes(item) ? children : <NotFoundPage />;
}
