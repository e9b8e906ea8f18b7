import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateView } from '../../../../shared/contracts/outreach.js';
import { useFormatDate } from '../../../components/use-format-date';
import { useNowEachMinute } from '../../../components/use-now';
import { DonorLine } from './DonorLine';
import { inclusionPhrases, orderCandidates } from './outreach-words';
import { usePhraseText } from './use-phrase-text';

interface CandidateListProps {
  candidates: readonly CandidateView[];
  radiusKm: number;
  /** Shown only when the operator may ask one donor (the server's `can.ask`). */
  onAsk: ((donorId: string) => void) | null;
  isAsking: boolean;
}

/** On a phone the list would run for screens: the best few first, the rest on request. */
const shownAtFirst = 5;

/** The donors who would be asked, best first, each with why they are on the list. */
export function CandidateList({ candidates, radiusKm, onAsk, isAsking }: CandidateListProps) {
  const { t } = useTranslation();
  const now = useNowEachMinute();
  const say = usePhraseText();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const [isAll, setIsAll] = useState(false);
  if (candidates.length === 0)
    return <p className="field-hint">{t('outreach.panel.noCandidates', { radius: radiusKm })}</p>;
  const ordered = orderCandidates(candidates);
  const shown = isAll ? ordered : ordered.slice(0, shownAtFirst);
  return (
    <>
      <ol className="plain-list donor-candidates">
        {shown.map((candidate) => (
          <li
            key={candidate.donor.id}
            className="donor-card donor-candidate"
            data-donor-id={candidate.donor.id}
            data-rank={candidate.rank ?? ''}
          >
            <div className="donor-card-head">
              <span className="donor-rank" aria-label={t('outreach.candidate.rank', { rank: candidate.rank ?? 0 })}>
                {candidate.rank}
              </span>
              <div className="donor-card-body">
                <DonorLine donor={candidate.donor} distanceKm={candidate.distanceKm} />
                <ul className="donor-why" aria-label={t('outreach.candidate.why')}>
                  {inclusionPhrases(candidate, radiusKm, now).map((phrase) => (
                    <li key={phrase.key}>{say(phrase)}</li>
                  ))}
                </ul>
                {candidate.sendAfter ? (
                  <p className="donor-wait">
                    {t('outreach.candidate.sendAfter', { time: formatTime(candidate.sendAfter) })}
                  </p>
                ) : null}
              </div>
            </div>
            {onAsk ? (
              <button
                type="button"
                className="button-secondary"
                data-action="ask-donor"
                disabled={isAsking}
                onClick={() => onAsk(candidate.donor.id)}
              >
                {t('outreach.candidate.ask')}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {shown.length < ordered.length ? (
        <button type="button" className="button-secondary" data-action="all-candidates" onClick={() => setIsAll(true)}>
          {t('outreach.panel.showAll', { count: ordered.length })}
        </button>
      ) : null}
    </>
  );
}
