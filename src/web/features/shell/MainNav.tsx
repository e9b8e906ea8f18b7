import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { NavItem } from '../../../shared/contracts/auth.js';

/** Where each nav item leads and what it is called: from the route table (routes.tsx). */
export type MainNavLinks = Record<NavItem, { path: string; label: ParseKeys<'translation'>; end: boolean }>;

/** Built from the server's `nav`, so each role sees exactly the areas it may open. */
export function MainNav({ items, links }: { items: readonly NavItem[]; links: MainNavLinks }) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('shell.navigation')}>
      <ul>
        {items.map((item) => (
          <li key={item}>
            <NavLink to={links[item].path} end={links[item].end} data-nav={item}>
              {t(links[item].label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
