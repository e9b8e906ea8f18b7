import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { NavItem } from '../../../shared/contracts/auth.js';
import { currentNavItem } from './current-nav-item';

/** Where each nav item leads and what it is called: from the route table (routes.tsx). */
export type MainNavLinks = Record<NavItem, { path: string; label: ParseKeys<'translation'>; end: boolean }>;

/**
 * Built from the server's `nav`, so each role sees exactly the areas it may open. One item at most is current, the
 * most specific: on /lending/figures "Lending figures", not "Oxygen lending" (/lending) as well, which a NavLink per
 * item would also mark. It is the `page` when it leads to this very page, else the area the page is in (`true`), so
 * only one link anywhere — a sub-navigation's, such as "Equipment" — says it is the page.
 */
export function MainNav({ items, links }: { items: readonly NavItem[]; links: MainNavLinks }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = currentNavItem(items, links, pathname);
  const isThisPage = current !== null && links[current].path === pathname.replace(/(.)\/+$/, '$1');
  return (
    <nav className="main-nav" aria-label={t('shell.navigation')}>
      <ul>
        {items.map((item) => (
          <li key={item}>
            <Link
              to={links[item].path}
              data-nav={item}
              aria-current={item === current ? (isThisPage ? 'page' : 'true') : undefined}
            >
              {t(links[item].label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
