import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DonorView } from '../../../shared/contracts/donors.js';
import { queryKeys } from '../../api/query-keys';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatPhone } from '../../components/format-phone';
import { useFormatDate } from '../../components/use-format-date';
import { useRevealDonorContact } from './donors-queries';

/** The longest a browser timer waits. */
const maxTimerMs = 2 ** 31 - 1;

/** When the reveal runs out the server masks the number again: ask it then, rather than keep showing the number. */
function useRefetchWhenRevealEnds(donorId: string, revealedUntil: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (revealedUntil === null) return;
    const wait = Date.parse(revealedUntil) - Date.now() + 1_000;
    if (!Number.isFinite(wait)) return;
    const timer = setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: queryKeys.donorDetail(donorId) }),
      Math.min(Math.max(wait, 0), maxTimerMs),
    );
    return () => clearTimeout(timer);
  }, [donorId, revealedUntil, queryClient]);
}

/** The donor's number: masked until the reader asks to see it, which is recorded in the audit log each time. */
export function DonorContact({ donor }: { donor: DonorView }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ timeStyle: 'short' });
  const reveal = useRevealDonorContact(donor.id);
  useRefetchWhenRevealEnds(donor.id, donor.revealedUntil);
  return (
    <div className="donor-contact">
      <p>
        <span className="facts-label">{t('donors.record.phone')}</span>{' '}
        {donor.phoneRevealed ? (
          <a href={`tel:${donor.phone.replace(/[^\d+]/g, '')}`} className="donor-phone" data-field="phone">
            {formatPhone(donor.phone)}
          </a>
        ) : (
          <span className="masked-phone" data-field="phone">
            {donor.phone}
          </span>
        )}
      </p>
      {donor.phoneRevealed && donor.revealedUntil !== null ? (
        <p className="field-hint">{t('donors.record.revealedUntil', { time: formatTime(donor.revealedUntil) })}</p>
      ) : null}
      {!donor.phoneRevealed && donor.can.revealContact ? (
        <>
          <button
            type="button"
            className="button-secondary"
            disabled={reveal.isPending}
            onClick={() => reveal.mutate(undefined)}
          >
            {t('donors.record.reveal')}
          </button>
          <p className="field-hint">{t('donors.record.revealHint')}</p>
        </>
      ) : null}
      {reveal.isError ? <ProblemAlert error={reveal.error} /> : null}
    </div>
  );
}
