import { useTranslation } from 'react-i18next';
import type { LeadView } from '../../../shared/contracts/channels.js';
import { formatPhone } from '../../components/format-phone';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormatDate } from '../../components/use-format-date';
import { useLocalName } from '../../components/use-local-name';
import { useOptionalText } from '../../components/use-optional-text';
import { FlaggedBadge } from '../cases/CaseBadges';
import { isDialable } from '../cases/dialable';
import { ReviewLeadForm } from './ReviewLeadForm';
import { useRevealLead } from './leads-queries';

/** One lead: what kind, who sent it where from, what it says and offers, and how it was judged. */
export function LeadCard({ lead }: { lead: LeadView }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const formatClock = useFormatDate({ timeStyle: 'short' });
  const localName = useLocalName();
  const optionalText = useOptionalText();
  const reveal = useRevealLead(lead.id);
  const isRevealed = lead.revealedUntil !== null;
  // As the server sends it: masked until this person has shown it, then whole (and a number to call).
  const address =
    isRevealed && isDialable(lead.fromAddress) ? (
      <a href={`tel:${lead.fromAddress}`} className="phone-link">
        {formatPhone(lead.fromAddress)}
      </a>
    ) : (
      <span className={isRevealed ? undefined : 'masked-phone'}>{lead.fromAddress}</span>
    );

  return (
    <li className="card lead-card" data-lead-id={lead.id} data-kind={lead.kind} data-status={lead.status}>
      <p className="case-badges">
        <span className={`badge status lead-kind-${lead.kind}`}>{t(`leadKind.${lead.kind}`)}</span>
        <span className="badge badge-muted">{t(`leadStatus.${lead.status}`)}</span>
        {lead.flagged ? <FlaggedBadge /> : null}
      </p>
      <p className="message-text">{lead.text ?? t('case.messages.noText')}</p>
      <dl className="facts card-facts">
        <dt>{t('leads.from')}</dt>
        <dd data-field="from" className="lead-from">
          {lead.fromName ? <span>{lead.fromName}</span> : null}
          {address}
          {isRevealed && lead.revealedUntil ? (
            <span className="field-hint revealed-until">
              {t('leads.revealedUntil', { time: formatClock(lead.revealedUntil) })}
            </span>
          ) : null}
        </dd>
        <dt>{t('leads.channel')}</dt>
        <dd>{t(`channel.${lead.channel}`)}</dd>
        <dt>{t('leads.resources')}</dt>
        <dd>
          {lead.resources.length > 0
            ? lead.resources.map((code) => optionalText(`resource.${code}`) ?? code).join(t('common.listSeparator'))
            : t('common.none')}
        </dd>
        <dt>{t('leads.district')}</dt>
        <dd>{lead.district ? localName(lead.district) : t('common.none')}</dd>
        <dt>{t('leads.received')}</dt>
        <dd>
          <time dateTime={lead.createdAt}>{formatTime(lead.createdAt)}</time>
        </dd>
        {lead.reviewedBy && lead.reviewedAt ? (
          <>
            <dt>{t('leads.reviewed')}</dt>
            <dd>{t('leads.reviewedByAt', { name: lead.reviewedBy.name, time: formatTime(lead.reviewedAt) })}</dd>
          </>
        ) : null}
        {lead.reviewNote ? (
          <>
            <dt>{t('leads.note')}</dt>
            <dd className="timeline-note">{lead.reviewNote}</dd>
          </>
        ) : null}
      </dl>
      {!isRevealed && lead.can.revealContact ? (
        <div className="lead-reveal" data-action="reveal-lead">
          <p className="field-hint">{t('leads.maskedHint')}</p>
          <button
            type="button"
            className="button-secondary"
            disabled={reveal.isPending}
            onClick={() => reveal.mutate()}
          >
            {t('leads.reveal')}
          </button>
        </div>
      ) : null}
      {reveal.isError ? <ProblemAlert error={reveal.error} /> : null}
      {lead.can.review ? <ReviewLeadForm lead={lead} /> : null}
    </li>
  );
}
