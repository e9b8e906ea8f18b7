import { useTranslation } from 'react-i18next';
import type { MembershipView } from '../../../shared/contracts/auth.js';
import { useDistrictNames } from '../geography/use-district-names';

export function MembershipCard({ membership }: { membership: MembershipView }) {
  const { t } = useTranslation();
  const districtNames = useDistrictNames();
  return (
    <li className="card">
      <h3>{membership.organisationName ?? t('home.platformWide')}</h3>
      <dl className="facts">
        <dt>{t('home.role')}</dt>
        <dd>{t(`role.${membership.role}`)}</dd>
        <dt>{t('home.districts')}</dt>
        <dd>
          {membership.districts.length === 0
            ? t(membership.organisationId === null ? 'home.allOfIndia' : 'home.allDistricts')
            : districtNames(membership.districts).join(t('common.listSeparator'))}
        </dd>
      </dl>
    </li>
  );
}
