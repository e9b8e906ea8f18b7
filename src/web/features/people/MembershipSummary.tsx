import { useTranslation } from 'react-i18next';
import type { MembershipView } from '../../../shared/contracts/auth.js';

/** "Coordinator · Kanpur Nagar Police": a membership in a few words. */
export function MembershipSummary({ membership }: { membership: MembershipView }) {
  const { t } = useTranslation();
  return (
    <>
      {t('membership.summary', {
        role: t(`role.${membership.role}`),
        organisation: membership.organisationName ?? t('home.platformWide'),
      })}
    </>
  );
}
