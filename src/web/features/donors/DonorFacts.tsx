import { useTranslation } from 'react-i18next';
import type { DonorView } from '../../../shared/contracts/donors.js';
import { useFormatDate } from '../../components/use-format-date';
import { useLocalName } from '../../components/use-local-name';
import { clockOf } from './donor-draft';
import { useDonorDays } from './use-donor-days';

/** Everything the registry holds about the donor, plainly; what nobody has told it yet says so. */
export function DonorFacts({ donor }: { donor: DonorView }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const { formatDay } = useDonorDays();
  const localName = useLocalName();
  const none = t('common.notGiven');
  const antigens = Object.entries(donor.antigens).filter(([, state]) => state === '+' || state === '-');
  return (
    <section className="panel" aria-labelledby="donor-facts-heading">
      <h2 id="donor-facts-heading">{t('donors.record.facts')}</h2>
      <dl className="facts">
        <dt>{t('donors.form.sex')}</dt>
        <dd data-field="sex">{donor.sex === null ? none : t(`sex.${donor.sex}`)}</dd>
        <dt>{t('donors.form.dateOfBirth')}</dt>
        <dd data-field="dateOfBirth">
          {donor.dateOfBirth === null || donor.age === null
            ? none
            : t('donors.record.born', { date: formatDay(donor.dateOfBirth), age: donor.age })}
        </dd>
        <dt>{t('donors.record.weight')}</dt>
        <dd data-field="weight">
          {donor.weightKg !== null
            ? t('donors.record.weightKg', { kg: donor.weightKg })
            : donor.weightBand !== null
              ? t(`donors.weightBand.${donor.weightBand}`)
              : none}
        </dd>
        <dt>{t('donors.form.products')}</dt>
        <dd>{donor.products.map((product) => t(`blood.product.${product}`)).join(t('common.listSeparator'))}</dd>
        {donor.phenotype !== null || antigens.length > 0 || donor.phenotypeNotes !== null ? (
          <>
            <dt>{t('donors.form.rare')}</dt>
            <dd>
              {[
                donor.phenotype === null ? null : t(`blood.phenotype.${donor.phenotype}`),
                antigens.length === 0 ? null : antigens.map(([antigen, state]) => `${antigen}${state}`).join(' '),
                donor.phenotypeNotes,
              ]
                .filter((part) => part !== null)
                .join(t('common.dotSeparator'))}
            </dd>
          </>
        ) : null}
        <dt>{t('donors.record.place')}</dt>
        <dd>
          {[donor.locality, donor.pincode, localName(donor.district)]
            .filter((part) => part !== null && part !== '')
            .join(t('common.dotSeparator'))}
          <br />
          <span className="field-hint">{t(`donors.locationSource.${donor.locationSource}`)}</span>
        </dd>
        <dt>{t('donors.form.contact')}</dt>
        <dd>
          {t('donors.record.contactHours', {
            channel: t(`channel.${donor.preferredChannel}`),
            from: clockOf(donor.contactFrom),
            to: clockOf(donor.contactTo),
          })}
        </dd>
        <dt>{t('donors.form.language')}</dt>
        <dd>{t(`language.${donor.language}`)}</dd>
        <dt>{t('donors.form.category')}</dt>
        <dd>{t(`donors.category.${donor.category}`)}</dd>
        <dt>{t('donors.record.organisation')}</dt>
        <dd>{donor.organisation.name}</dd>
        <dt>{t('donors.record.source')}</dt>
        <dd>{t(`donors.source.${donor.source}`)}</dd>
        <dt>{t('donors.form.lastDonation')}</dt>
        <dd>
          {donor.lastDonatedOn !== null
            ? formatDay(donor.lastDonatedOn)
            : donor.firstTimeDonor
              ? t('donors.form.firstTimeDonor')
              : donor.declaredLastDonation !== null
                ? formatDay(donor.declaredLastDonation)
                : none}
        </dd>
        <dt>{t('donors.record.consent')}</dt>
        <dd data-field="consent">
          {donor.consent.withdrawnAt !== null
            ? t('donors.record.consentWithdrawnAt', { time: formatTime(donor.consent.withdrawnAt) })
            : t('donors.record.consentGiven', {
                purpose: donor.consent.purpose,
                time: formatTime(donor.consent.at),
                channel: t(`donors.source.${donor.consent.channel}`),
              })}
        </dd>
        <dt>{t('donors.record.asked')}</dt>
        <dd>
          {donor.reliability.timesAsked === 0
            ? t('donors.record.notAskedYet')
            : t('donors.record.reliability', {
                count: donor.reliability.timesAsked,
                yes: donor.reliability.timesYes,
                no: donor.reliability.timesNo,
              })}
        </dd>
      </dl>
    </section>
  );
}
