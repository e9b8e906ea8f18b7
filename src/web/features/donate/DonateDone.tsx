import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicDonorRegistered } from '../../../shared/contracts/public-donors.js';
import { useDonorDays } from '../donors/use-donor-days';
import { donatePaths } from './donate-paths';

/** What happens next: who keeps their details, from when they may give, and that a volunteer will call first. */
export function DonateDone({ registered, name }: { registered: PublicDonorRegistered; name: string }) {
  const { t } = useTranslation();
  const { today, formatDay } = useDonorDays();
  const next = registered.nextEligibleOn;
  const thanks = { name, organisation: registered.organisation };
  return (
    <section className="public-page donate-done" aria-live="polite">
      <h1>{t('donate.title')}</h1>
      <p className="success" data-testid="donate-registered">
        {registered.created ? t('donate.done.created', thanks) : t('donate.done.updated', thanks)}
      </p>
      <p data-testid="donate-next">
        {next === null
          ? t('donate.done.noDay')
          : next <= today
            ? t('donate.done.eligibleNow')
            : t('donate.done.nextEligible', { date: formatDay(next) })}
      </p>
      <p>{t('donate.done.verify')}</p>
      <p className="form-actions">
        <Link to={donatePaths.own} className="button-link">
          {t('donate.done.seeOwn')}
        </Link>
      </p>
    </section>
  );
}
