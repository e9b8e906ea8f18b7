import { useTranslation } from 'react-i18next';

/** The last resort when a page crashes while rendering: say so, and offer a clean start. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <main className="route-error">
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.body')}</p>
      <p>
        <a href="/">{t('routeError.reload')}</a>
      </p>
    </main>
  );
}
