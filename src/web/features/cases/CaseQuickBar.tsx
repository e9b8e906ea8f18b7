import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { callAnchor } from './actions/CallAction';
import { statusAnchor } from './actions/TransitionAction';
import { useRevealContact, type useClaimCase } from './case-queries';
import { isDialable } from './dialable';

/** Scrolls to one of the fuller forms below, just under the bar, and puts the focus on its first control. */
function jumpTo(anchor: string): void {
  const target = document.getElementById(anchor);
  if (!target) return;
  const bar = document.querySelector('.case-quick-bar')?.getBoundingClientRect().height ?? 0;
  window.scrollTo({ top: window.scrollY + target.getBoundingClientRect().top - bar - 8 });
  target
    .querySelector<HTMLElement>('button:not([disabled]), input:not([disabled]), select, textarea, a[href]')
    ?.focus({ preventScroll: true });
}

interface CaseQuickBarProps {
  detail: CaseDetail;
  /** Shared with the `c` key, so a claim in flight is one claim. */
  claim: ReturnType<typeof useClaimCase>;
}

/**
 * The everyday actions at the top of a case on a phone, staying in reach while the page scrolls: take the case,
 * call the person (or show their number first), and jump to the status and call-log forms.
 */
export function CaseQuickBar({ detail, claim }: CaseQuickBarProps) {
  const { t } = useTranslation();
  const reveal = useRevealContact(detail.id);
  const { can, requester } = detail;
  const phone = requester.phonesRevealed ? requester.phones.find(isDialable) : undefined;
  const canReveal = !requester.phonesRevealed && can.revealContact;
  const canMove = can.transition && detail.allowedTransitions.length > 0;
  // Room for three on a 360 px phone: the call log joins once the case is taken.
  const canLog = can.logCall && !can.claim;
  if (!can.claim && !phone && !canReveal && !canMove && !canLog) return null;
  return (
    <>
      <div className="case-quick-bar" role="group" aria-label={t('case.quick.label')}>
        {can.claim ? (
          <button
            type="button"
            data-quick="claim"
            aria-keyshortcuts="c"
            disabled={claim.isPending}
            onClick={() => claim.mutate()}
          >
            {t('case.actions.claim')}
          </button>
        ) : null}
        {phone ? (
          <a className="button-link" data-quick="call" href={`tel:${phone}`}>
            {t('case.quick.call')}
          </a>
        ) : canReveal ? (
          <button
            type="button"
            className="button-secondary"
            data-quick="reveal"
            disabled={reveal.isPending}
            onClick={() => reveal.mutate()}
          >
            {t('case.quick.reveal')}
          </button>
        ) : null}
        {canLog ? (
          <button type="button" className="button-secondary" data-quick="log-call" onClick={() => jumpTo(callAnchor)}>
            {t('case.quick.logCall')}
          </button>
        ) : null}
        {canMove ? (
          <button type="button" className="button-secondary" data-quick="status" onClick={() => jumpTo(statusAnchor)}>
            {t('case.quick.status')}
          </button>
        ) : null}
      </div>
      {claim.isError ? <ProblemAlert error={claim.error} /> : null}
      {reveal.isError ? <ProblemAlert error={reveal.error} /> : null}
    </>
  );
}
