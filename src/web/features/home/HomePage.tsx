import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { useCurrentSession } from '../auth/session-context';
import { MembershipCard } from './MembershipCard';

/** Who you are here: your organisations, your roles in them, and the districts you serve. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.home'));
  const { user, memberships } = useCurrentSession();
  return (
    <section>
      <h1>{t('home.greeting', { name: user.name })}</h1>
      <h2>{t('home.membershipsHeading')}</h2>
      {memberships.length === 0 ? (
        <p>{t('home.noMemberships')}</p>
      ) : (
        <ul className="cards">
          {memberships.map((membership) => (
            <MembershipCard key={membership.id} membership={membership} />
          ))}
        </ul>
      )}
    </section>
  );
}
