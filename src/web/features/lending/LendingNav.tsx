import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { lendingPaths } from './lending-paths';

const links = [
  ['loans', lendingPaths.loans],
  ['equipment', lendingPaths.equipment],
  ['depots', lendingPaths.depots],
  ['refills', lendingPaths.refills],
  ['sponsors', lendingPaths.sponsors],
  ['stock', lendingPaths.stock],
  ['figures', lendingPaths.figures],
] as const;

/** The lending screens' own links, under each page's heading (one nav item opens them all). */
export function LendingNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('lending.nav.heading')} className="no-print">
      <ul className="chips lending-subnav">
        {links.map(([key, path]) => (
          <li key={key}>
            <NavLink to={path} end={path === lendingPaths.loans}>
              {t(`lending.nav.${key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
