import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DonorView } from '../../../shared/contracts/donors.js';
import { casePath } from '../shell/nav-paths';
import { RecordDonationForm } from './RecordDonationForm';
import { useDonorDays } from './use-donor-days';

/** What the donor has given through the registry, newest first, and the form to record the next. */
export function DonorDonations({ donor }: { donor: DonorView }) {
  const { t } = useTranslation();
  const { formatDay } = useDonorDays();
  return (
    <section className="panel donor-donations" aria-labelledby="donor-donations-heading">
      <h2 id="donor-donations-heading">{t('donors.donations.heading')}</h2>
      {donor.donations.length === 0 ? (
        <p className="field-hint">{t('donors.donations.none')}</p>
      ) : (
        <ul className="plain-list donor-donation-list">
          {donor.donations.map((donation) => (
            <li key={donation.id} data-donation-id={donation.id}>
              <p>
                <strong>
                  <time dateTime={donation.donatedOn}>{formatDay(donation.donatedOn)}</time>
                </strong>
                {t('common.dotSeparator')}
                {t('donors.donations.what', {
                  units: donation.units,
                  product: t(`blood.product.${donation.product}`),
                })}
                {t('common.dotSeparator')}
                {donation.bloodCentre}
                {donation.replacement ? (
                  <>
                    {' '}
                    <span className="badge badge-muted">{t('donors.donations.replacementBadge')}</span>
                  </>
                ) : null}
              </p>
              <p className="donor-row-meta">
                {[
                  donation.bagNumber === null ? null : t('donors.donations.bag', { bag: donation.bagNumber }),
                  donation.reachedNote,
                  donation.recordedBy === null ? null : t('donors.donations.by', { name: donation.recordedBy }),
                ]
                  .filter((part) => part !== null)
                  .join(t('common.dotSeparator'))}
                {donation.case !== null ? (
                  <>
                    {t('common.dotSeparator')}
                    <Link to={casePath(donation.case.id)}>{donation.case.reference}</Link>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      {donor.can.recordDonation ? <RecordDonationForm donor={donor} /> : null}
    </section>
  );
}
