import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import { isApiError } from '../../api/api-error';
import { queryKeys } from '../../api/query-keys';
import { formatPhone } from '../../components/format-phone';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormatDate } from '../../components/use-format-date';
import { useOptionalText } from '../../components/use-optional-text';
import { usePageTitle } from '../../components/use-page-title';
import { ShortcutsButton, ShortcutsDialog } from '../desk/ShortcutsDialog';
import { useShortcuts } from '../desk/shortcuts';
import { NotFoundPage } from '../shell/NotFoundPage';
import { casePath, navPaths } from '../shell/nav-paths';
import { CaseActions } from './CaseActions';
import { FlaggedBadge, PriorityBadge, StatusBadge } from './CaseBadges';
import { CaseFacts } from './CaseFacts';
import { CaseMessages } from './CaseMessages';
import { CaseNeeds } from './CaseNeeds';
import { CaseOutbound } from './CaseOutbound';
import { CaseQuickBar } from './CaseQuickBar';
import { CaseTimeline } from './CaseTimeline';
import { CaseDonors } from './donors/CaseDonors';
import { CaseLending } from './lending/CaseLending';
import { EditCaseForm } from './EditCaseForm';
import { SlaClock } from './SlaClock';
import { useCase, useClaimCase } from './case-queries';
import { useCaseStream } from './use-case-stream';
import { useChannelsText } from './use-channels-text';

/** What the intake form passes along after saving, to say where the plea went. */
export interface CreatedState {
  created: { reference: string; attached: boolean };
}

function peopleOf(detail: CaseDetail): Map<string, string> {
  const people = new Map<string, string>();
  for (const event of detail.events) if (event.actor) people.set(event.actor.id, event.actor.name);
  if (detail.assignee) people.set(detail.assignee.id, detail.assignee.name);
  return people;
}

const isCreatedState = (state: unknown): state is CreatedState =>
  typeof state === 'object' && state !== null && 'created' in state;

/** The longest a browser timer waits. */
const maxTimerMs = 2 ** 31 - 1;

/**
 * Shown numbers are masked again when the reveal runs out: ask the server once it has, so the page shows what
 * the server says rather than a number it no longer would.
 */
function useRefetchWhenRevealEnds(caseId: string, revealedUntil: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (revealedUntil === null) return;
    const wait = Date.parse(revealedUntil) - Date.now() + 1_000;
    if (!Number.isFinite(wait)) return;
    const timer = setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: queryKeys.caseDetail(caseId) }),
      Math.min(Math.max(wait, 0), maxTimerMs),
    );
    return () => clearTimeout(timer);
  }, [caseId, revealedUntil, queryClient]);
}

export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useCase(id);
  useCaseStream();
  usePageTitle(query.data?.reference ?? t('case.title'));

  // Someone else's district looks exactly like a case that doesn't exist, as the server answers.
  if (query.isError && isApiError(query.error, 'not_found')) return <NotFoundPage />;
  return (
    <section className="case-page">
      <p className="back-link">
        <Link to={navPaths.desk}>{t('case.back')}</Link>
      </p>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <CaseView
          key={query.data.id}
          detail={query.data}
          created={isCreatedState(location.state) ? location.state.created : null}
        />
      )}
    </section>
  );
}

function CaseView({ detail, created }: { detail: CaseDetail; created: CreatedState['created'] | null }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const channelsText = useChannelsText();
  const optionalText = useOptionalText();
  const [isEditing, setIsEditing] = useState(false);
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const claim = useClaimCase(detail.id);
  useRefetchWhenRevealEnds(detail.id, detail.requester.revealedUntil);
  useShortcuts({
    c: () => {
      if (detail.can.claim && !claim.isPending) claim.mutate();
    },
    '?': () => setIsHelpOpen(true),
  });

  return (
    <>
      <div className="page-heading case-heading">
        <h1 className="case-reference-heading">{detail.reference}</h1>
        <p className="case-badges">
          <PriorityBadge priority={detail.priority} />
          <StatusBadge status={detail.status} closeReason={detail.closeReason} />
          {detail.hasFlaggedPhone ? <FlaggedBadge /> : null}
        </p>
        <ShortcutsButton onOpen={() => setIsHelpOpen(true)} />
      </div>
      <ShortcutsDialog isOpen={isHelpOpen} onClose={() => setIsHelpOpen(false)} />
      <CaseQuickBar detail={detail} claim={claim} />
      {created ? (
        <p className="success" role="status" data-created={created.attached ? 'attached' : 'new'}>
          {created.attached
            ? t('case.createdAttached', { reference: created.reference })
            : t('case.created', { reference: created.reference })}
        </p>
      ) : null}
      {detail.flaggedPhones.length > 0 ? (
        <div className="problem flagged-warning" role="alert">
          <p className="problem-title">{t('case.flagged.heading')}</p>
          <ul className="plain-list">
            {detail.flaggedPhones.map((flag) => (
              <li key={flag.phone}>
                {t('case.flagged.item', { phone: formatPhone(flag.phone), reason: flag.reason })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {detail.undeliveredMessages > 0 ? (
        <p className="problem undelivered-warning" role="alert">
          <a href="#case-outbound">{t('case.outbound.undelivered', { count: detail.undeliveredMessages })}</a>
        </p>
      ) : null}
      <SlaClock sla={detail.sla} className="sla-clock-large" />
      <dl className="facts case-summary">
        <dt>{t('case.summary.channels')}</dt>
        <dd>{channelsText(detail)}</dd>
        <dt>{t('case.summary.assignee')}</dt>
        <dd data-field="assignee">{detail.assignee ? detail.assignee.name : t('desk.row.unassigned')}</dd>
        {detail.claimExpiresAt ? (
          <>
            <dt>{t('case.summary.claimExpires')}</dt>
            <dd>{formatTime(detail.claimExpiresAt)}</dd>
          </>
        ) : null}
        <dt>{t('case.facts.owner')}</dt>
        <dd>{detail.organisation?.name ?? t('case.facts.ownerNone')}</dd>
        {detail.referredTo.length > 0 ? (
          <>
            <dt>{t('case.facts.referredTo')}</dt>
            <dd>{detail.referredTo.map((o) => o.name).join(t('common.listSeparator'))}</dd>
          </>
        ) : null}
        <dt>{t('case.summary.priorityWhy')}</dt>
        <dd>
          {detail.priorityOverride
            ? t('case.summary.priorityOverride', { reason: detail.priorityOverride.reason })
            : detail.priorityReasons.length > 0
              ? detail.priorityReasons
                  .map((reason) => optionalText(`priorityReason.${reason}`) ?? reason)
                  .join(t('common.listSeparator'))
              : t('common.none')}
        </dd>
        {detail.duplicateOf ? (
          <>
            <dt>{t('case.summary.duplicateOf')}</dt>
            <dd>
              <Link to={casePath(detail.duplicateOf.id)}>{detail.duplicateOf.reference}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <div className="case-layout">
        <div className="case-main">
          {isEditing ? (
            <EditCaseForm detail={detail} onDone={() => setIsEditing(false)} />
          ) : (
            <>
              <CaseNeeds detail={detail} />
              <CaseDonors detail={detail} />
              <CaseLending detail={detail} />
              <CaseFacts detail={detail} />
            </>
          )}
        </div>
        <div className="case-side">
          <CaseActions detail={detail} onEdit={() => setIsEditing(true)} />
        </div>
        <div className="case-history">
          <CaseMessages messages={detail.messages} />
          <CaseOutbound caseId={detail.id} />
          <CaseTimeline events={detail.events} people={peopleOf(detail)} />
        </div>
      </div>
    </>
  );
}
