import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DonorSummary } from '../../../shared/contracts/donors.js';
import { useLocalName } from '../../components/use-local-name';
import { donorPath } from '../shell/nav-paths';
import { GroupBadge, NextEligibleText, VerifiedBadge } from './DonorBadges';

/** One donor in the list: a card on a phone, a row on a wide screen. The phone is always masked here. */
export function DonorCard({ donor }: { donor: DonorSummary }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const place = [donor.locality, localName(donor.district)].filter((part) => part !== null && part !== '');
  const person = [
    donor.age === null ? null : t('donors.row.age', { age: donor.age }),
    donor.sex === null ? null : t(`sex.${donor.sex}`),
    t(`donors.category.${donor.category}`),
  ].filter((part) => part !== null);

  return (
    <li className="donor-row" data-donor-id={donor.id}>
      <p className="donor-row-head">
        <Link to={donorPath(donor.id)} className="donor-name">
          {donor.name}
        </Link>
        <GroupBadge group={donor.bloodGroup} confirmed={donor.groupConfirmed} />
        <VerifiedBadge verified={donor.verified} />
        {donor.consentWithdrawn ? (
          <span className="badge badge-warning">{t('donors.consentWithdrawn')}</span>
        ) : donor.optedOut ? (
          <span className="badge badge-warning">{t('donors.optedOut')}</span>
        ) : null}
      </p>
      <p className="donor-row-eligible">
        <NextEligibleText eligible={donor.eligibleNow} from={donor.nextEligibleOn} />
        <span className="donor-row-products">
          {donor.products.map((product) => t(`blood.product.${product}`)).join(t('common.listSeparator'))}
        </span>
      </p>
      <p className="donor-row-meta">{place.join(t('common.dotSeparator'))}</p>
      <p className="donor-row-meta">
        <span className="masked-phone" data-field="phone">
          {donor.phone}
        </span>
        {t('common.dotSeparator')}
        {person.join(t('common.dotSeparator'))}
      </p>
    </li>
  );
}
