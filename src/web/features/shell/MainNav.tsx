import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { NavItem } from '../../../shared/contracts/auth.js';
import { navPaths } from './nav-paths';

/** Built from the server's `nav`, so each role sees exactly the areas it may open. */
export function MainNav({ items }: { items: readonly NavItem[] }) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('shell.navigation')}>
      <ul>
        {items.map((item) => (
          <li key={item}>
            <NavLink to={navPaths[item]} end={item === 'home'} data-nav={item}>
              {t(`nav.${item}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
