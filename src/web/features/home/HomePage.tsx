import { useTranslation } from 'react-i18next';
import { canTakeIntake } from '../../../shared/case-permissions.js';
import { usePageTitle } from '../../components/use-page-title';
import { actorFrom } from '../auth/actor';
import { useCurrentSession } from '../auth/session-context';
import { DeskOverview } from './DeskOverview';
import { MembershipCard } from './MembershipCard';

/**
 * Where a person starts. At the desk (operators, coordinators, viewers, admins): what waits there, by priority, now
 * and by district. Everyone: who they are here (their organisations, roles and districts).
 */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.home'));
  const session = useCurrentSession();
  const { user, memberships, nav } = session;
  const worksDesk = nav.includes('desk');
  return (
    <section className="home">
      <h1>{t('home.greeting', { name: user.name })}</h1>
      {worksDesk ? (
        <DeskOverview showsMine={canTakeIntake(actorFrom(session))} showsCallbacks={nav.includes('callbacks')} />
      ) : null}
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
