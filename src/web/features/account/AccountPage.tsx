import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../components/format-phone';
import { usePageTitle } from '../../components/use-page-title';
import { useCurrentSession } from '../auth/session-context';
import { ChangePasswordForm } from './ChangePasswordForm';
import { MessageLanguage } from './MessageLanguage';

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.account'));
  const { user } = useCurrentSession();
  return (
    <section>
      <h1>{t('nav.account')}</h1>
      <dl className="facts">
        <dt>{t('person.name')}</dt>
        <dd>{user.name}</dd>
        <dt>{t('person.phone')}</dt>
        <dd>{formatPhone(user.phone)}</dd>
        <dt>{t('person.email')}</dt>
        <dd>{user.email ?? t('common.none')}</dd>
      </dl>
      <MessageLanguage />
      <ChangePasswordForm />
    </section>
  );
}
