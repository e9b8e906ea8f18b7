import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationView } from '../../../shared/contracts/camps.js';
import { useDonorDays } from '../donors/use-donor-days';
import { useCampTimes } from './use-camp-times';

/** What happened at the screening, in words: the units and bag given, or the reason and until when. */
export function OutcomeText({ registration }: { registration: RegistrationView }) {
  const { t } = useTranslation();
  const { formatDay } = useDonorDays();
  const outcome = registration.outcome;
  if (outcome === null) return null;
  if (outcome.kind === 'donated') {
    return (
      <span data-outcome="donated">
        {t('camps.outcome.donatedLine', {
          count: outcome.units,
          product: t(`blood.product.${outcome.product}`),
          bag: outcome.bagNumber ?? t('common.none'),
        })}
      </span>
    );
  }
  const reason = t(`camps.deferralReason.${outcome.reason}`);
  return (
    <span data-outcome="deferred">
      {outcome.until === null
        ? t('camps.outcome.deferredIndefinite', { reason })
        : t('camps.outcome.deferredLine', { reason, date: formatDay(outcome.until) })}
    </span>
  );
}

/** One registration: who (phone masked), their slot, where they are in the camp's day, and what became of it. */
export function RegistrationCard({
  registration,
  children,
  large = false,
}: {
  registration: RegistrationView;
  children?: ReactNode;
  large?: boolean;
}) {
  const { t } = useTranslation();
  const times = useCampTimes();
  const facts = [
    registration.bloodGroup ?? t('camps.register.groupUnknown'),
    t(`donors.category.${registration.category}`),
    t(`camps.source.${registration.source}`),
  ];
  return (
    <li
      className={large ? 'camp-registration camp-registration-large' : 'camp-registration'}
      data-registration={registration.id}
      data-state={registration.state}
    >
      <p className="camp-registration-head">
        <span className="camp-registration-name">{registration.name}</span>
        <span className={`badge camp-registration-state camp-registration-${registration.state}`}>
          {t(`camps.registrationState.${registration.state}`)}
        </span>
      </p>
      <p className="camp-registration-meta">
        <span className="masked-phone" data-field="phone">
          {registration.phone}
        </span>
        {t('common.dotSeparator')}
        {registration.slotAt === null
          ? t('camps.register.walkInShort')
          : t('camps.registration.slot', { time: times.time(registration.slotAt) })}
      </p>
      <p className="camp-registration-meta">{facts.join(t('common.dotSeparator'))}</p>
      {registration.outcome !== null ? (
        <p className="camp-registration-outcome">
          <OutcomeText registration={registration} />
        </p>
      ) : null}
      {children}
    </li>
  );
}
