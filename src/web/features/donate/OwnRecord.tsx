import { useTranslation } from 'react-i18next';
import type { OwnDonorRecord } from '../../../shared/contracts/public-donors.js';
import { useLocalName } from '../../components/use-local-name';
import { useDonorDays } from '../donors/use-donor-days';
import { stopWord } from './donate-draft';
import { reasonParams } from '../donors/reason-words';

/** One registration as its donor sees it: when they may give next and why not sooner, and what they gave. */
export function OwnRecord({ record }: { record: OwnDonorRecord }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { formatDay: day } = useDonorDays();
  const waiting = record.eligibility.filter((e) => !e.eligible && e.reasons.length > 0);
  return (
    <article className="own-donor-record" data-testid="own-donor-record">
      <h2>{record.name}</h2>
      <p>{t('donate.me.organisation', { organisation: record.organisation })}</p>
      <dl>
        <dt>{t('donate.me.group')}</dt>
        <dd data-field="bloodGroup">
          {record.bloodGroup ?? t('donate.blood.groupUnknown')}
          {record.bloodGroup === null
            ? null
            : ` (${record.groupConfirmed ? t('donate.me.groupConfirmed') : t('donate.me.groupSelf')})`}
        </dd>
        <dt>{t('donate.where.heading')}</dt>
        <dd data-field="district">{localName(record.district)}</dd>
      </dl>
      <p className="status-words" data-testid="own-next-eligible" data-day={record.nextEligibleOn ?? ''}>
        {record.consentWithdrawn
          ? t('donate.me.consentWithdrawn')
          : record.optedOut
            ? t('donate.me.optedOut', { stop: stopWord })
            : record.eligibleNow
              ? t('donate.done.eligibleNow')
              : record.nextEligibleOn === null
                ? t('donate.done.noDay')
                : t('donate.done.nextEligible', { date: day(record.nextEligibleOn) })}
      </p>
      {waiting.length > 0 ? (
        <>
          <h3>{t('donate.me.notNow')}</h3>
          <ul>
            {waiting.flatMap((e) =>
              e.reasons.map((reason) => (
                <li key={`${e.product}-${reason.code}`}>
                  {t(`blood.product.${e.product}`)}:{' '}
                  {t(`blood.reason.${reason.code}`, reasonParams(reason.params, day))}
                </li>
              )),
            )}
          </ul>
        </>
      ) : null}
      <p>{record.verified ? t('donate.me.verified') : t('donate.me.unverified')}</p>
      <h3>{t('donate.me.donations')}</h3>
      {record.donations.length === 0 ? (
        <p>{t('donate.me.noDonations')}</p>
      ) : (
        <ul className="own-donations">
          {record.donations.map((donation, index) => (
            <li key={`${donation.donatedOn}-${index}`} data-testid="own-donation">
              <strong>{day(donation.donatedOn)}</strong>{' '}
              {t('donate.me.donation', {
                product: t(`blood.product.${donation.product}`),
                units: donation.units,
                centre: donation.bloodCentre,
              })}
              {donation.reachedNote === null ? null : <> {t('donate.me.reached', { where: donation.reachedNote })}</>}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
