import { useTranslation } from 'react-i18next';
import type { DonorView } from '../../../shared/contracts/donors.js';
import { NextEligibleText } from './DonorBadges';
import { reasonParams } from './reason-words';
import { useDonorDays } from './use-donor-days';

/**
 * Per product the donor gives: eligible now or from which day, and every reason, as the server decided them with
 * the rule set named below. What the rules had to assume is said, so the verification call asks it.
 */
export function DonorEligibility({ donor }: { donor: DonorView }) {
  const { t } = useTranslation();
  const { formatDay } = useDonorDays();
  return (
    <section className="panel donor-eligibility" aria-labelledby="donor-eligibility-heading">
      <h2 id="donor-eligibility-heading">{t('donors.record.eligibility')}</h2>
      <p className="donor-next" data-next-eligible={donor.nextEligibleOn ?? ''}>
        <span className="facts-label">{t('donors.record.nextEligible')}</span>{' '}
        <NextEligibleText eligible={donor.eligibleNow} from={donor.nextEligibleOn} />
      </p>
      <ul className="plain-list donor-products">
        {donor.eligibility.map((decision) => (
          <li key={decision.product} data-product={decision.product} data-eligible={decision.eligible}>
            <p className="donor-product-head">
              <strong>{t(`blood.product.${decision.product}`)}</strong>{' '}
              <NextEligibleText eligible={decision.eligible} from={decision.from} />
            </p>
            {decision.reasons.length > 0 ? (
              <ul className="donor-reasons">
                {decision.reasons.map((reason, index) => (
                  <li key={`${reason.code}-${index}`} data-reason={reason.code}>
                    {t(`blood.reason.${reason.code}`, reasonParams(reason.params, formatDay))}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {donor.eligibilityAssumed.length > 0 ? (
        <div className="problem donor-assumed" data-assumed={donor.eligibilityAssumed.join(' ')}>
          <p className="problem-title">{t('donors.record.assumedTitle')}</p>
          <p className="problem-detail">
            {t('donors.record.assumed', {
              facts: donor.eligibilityAssumed
                .map((fact) => t(`donors.assumedFact.${fact}`))
                .join(t('common.listSeparator')),
            })}
          </p>
        </div>
      ) : null}
      <p className="field-hint">{t('donors.record.ruleSet', { ruleSet: donor.eligibilityRuleSet })}</p>
    </section>
  );
}
