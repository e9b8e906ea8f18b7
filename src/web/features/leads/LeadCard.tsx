import { useTranslation } from 'react-i18next';
import type { LeadView } from '../../../shared/contracts/channels.js';
import { formatPhone } from '../../components/format-phone';
import { useFormatDate } from '../../components/use-format-date';
import { useLocalName } from '../../components/use-local-name';
import { useOptionalText } from '../../components/use-optional-text';
import { FlaggedBadge } from '../cases/CaseBadges';
import { ReviewLeadForm } from './ReviewLeadForm';

/** One lead: what kind, who sent it where from, what it says and offers, and how it was judged. */
export function LeadCard({ lead }: { lead: LeadView }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const localName = useLocalName();
  const optionalText = useOptionalText();
  const from = formatPhone(lead.fromAddress);

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
        <dd>{lead.fromName ? t('leads.nameAndAddress', { name: lead.fromName, address: from }) : from}</dd>
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
      {lead.can.review ? <ReviewLeadForm lead={lead} /> : null}
    </li>
  );
}
