import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { thalassemiaPaths } from './thalassemia-paths';

const links = [
  ['children', thalassemiaPaths.children],
  ['calendar', thalassemiaPaths.calendar],
  ['new', thalassemiaPaths.new],
] as const;

/** The thalassemia screens' own links, under each page's heading (one nav item opens them all). */
export function ThalassemiaNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('thalassemia.nav.heading')} className="no-print">
      <ul className="chips thalassemia-subnav">
        {links.map(([key, path]) => (
          <li key={key}>
            <NavLink to={path} end>
              {t(`thalassemia.nav.${key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
