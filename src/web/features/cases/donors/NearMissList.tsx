import { useTranslation } from 'react-i18next';
import type { CandidateView } from '../../../../shared/contracts/outreach.js';
import { reasonParams } from '../../donors/reason-words';
import { useDonorDays } from '../../donors/use-donor-days';
import { DonorLine } from './DonorLine';
import { exclusionPhrase, orderNearMisses } from './outreach-words';
import { usePhraseText } from './use-phrase-text';

/**
 * Donors near the patient who are not asked, each with every reason, the headline first; an ineligible donor with
 * the rules' own reasons ("120 days after the last donation: from 12 Feb").
 */
export function NearMissList({ nearMisses }: { nearMisses: readonly CandidateView[] }) {
  const { t, i18n } = useTranslation();
  const say = usePhraseText();
  const { formatDay } = useDonorDays();
  const translate = i18n.t as unknown as (key: string, options?: Record<string, unknown>) => string;
  if (nearMisses.length === 0) return <p className="field-hint">{t('outreach.panel.noNearMisses')}</p>;
  return (
    <ul className="plain-list donor-near-misses">
      {orderNearMisses(nearMisses).map((miss) => (
        <li
          key={miss.donor.id}
          className="donor-card donor-near-miss"
          data-donor-id={miss.donor.id}
          data-exclusion={miss.exclusions[0]?.code ?? ''}
        >
          <DonorLine donor={miss.donor} distanceKm={miss.distanceKm} />
          <ul className="donor-why-not" aria-label={t('outreach.candidate.whyNot')}>
            {miss.exclusions.map((exclusion, index) => (
              <li key={exclusion.code} data-code={exclusion.code} className={index === 0 ? 'headline' : undefined}>
                {say(exclusionPhrase(exclusion, formatDay))}
                {exclusion.code === 'ineligible' && miss.eligibilityReasons.length > 0 ? (
                  <ul className="eligibility-reasons">
                    {miss.eligibilityReasons.map((reason) => (
                      <li key={reason.code}>
                        {translate(`blood.reason.${reason.code}`, reasonParams(reason.params, formatDay))}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
