import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useSession } from '../auth/session';
import { NotificationsIndicator } from '../notifications/NotificationsIndicator';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav, type MainNavLinks } from './MainNav';
import { UserMenu } from './UserMenu';
import { useSessionLanguage } from './use-session-language';

/** The frame of every page: name, language, who is signed in, and the navigation their roles allow. */
export function Shell({ mainNavLinks }: { mainNavLinks: MainNavLinks }) {
  const { t } = useTranslation();
  const session = useSession();
  useSessionLanguage(session.data);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-bar">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <LanguageSwitch />
          {session.data ? <NotificationsIndicator enabled={session.data.nav.includes('desk')} /> : null}
          {session.data ? <UserMenu session={session.data} /> : null}
        </div>
        {session.data ? <MainNav items={session.data.nav} links={mainNavLinks} /> : null}
      </header>
      <main id="main" tabIndex={-1}>
        {session.isPending ? (
          <Loading />
        ) : session.isError ? (
          <LoadError error={session.error} onRetry={() => void session.refetch()} />
        ) : (
          <Outlet />
        )}
      </main>
      {/* A new page starts at its top; going back returns to where you were. */}
      <ScrollRestoration />
    </>
  );
}
