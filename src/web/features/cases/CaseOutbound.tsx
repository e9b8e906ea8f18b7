import { hashKey, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboundView } from '../../../shared/contracts/channels.js';
import { queryKeys } from '../../api/query-keys';
import { formatPhone } from '../../components/format-phone';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormatDate } from '../../components/use-format-date';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useCaseOutbound, useResendOutbound } from './case-outbound-queries';

/** When the message reached its current state: that state's own time, else the latest one recorded. */
function stateTime(message: OutboundView): string {
  const own = message.stateTimes[message.state];
  if (own) return own;
  const times = Object.values(message.stateTimes).sort((a, b) => Date.parse(a) - Date.parse(b));
  return times.at(-1) ?? message.createdAt;
}

/**
 * A status change sends the requester a message, but the case actions and the live stream refresh only the case
 * itself: whenever fresh case details arrive, fetch its messages again too, rather than wait for the next poll.
 */
function useFollowCase(caseId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const detail = hashKey(queryKeys.caseDetail(caseId));
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      if (hashKey(event.query.queryKey) !== detail) return;
      void queryClient.invalidateQueries({ queryKey: queryKeys.caseOutbound(caseId) });
    });
  }, [caseId, queryClient]);
}

/** Replies and updates the app sent about this case, and how far each got. */
export function CaseOutbound({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const outbound = useCaseOutbound(caseId);
  const resend = useResendOutbound(caseId);
  useFollowCase(caseId);

  return (
    <section className="panel" aria-labelledby="case-outbound">
      <h2 id="case-outbound">{t('case.outbound.heading')}</h2>
      {resend.isError ? <ProblemAlert error={resend.error} /> : null}
      {outbound.isPending ? (
        <Loading />
      ) : outbound.isError ? (
        <LoadError error={outbound.error} onRetry={() => void outbound.refetch()} />
      ) : outbound.data.length === 0 ? (
        <p>{t('case.outbound.empty')}</p>
      ) : (
        <ol className="plain-list messages">
          {outbound.data.map((message) => (
            <li key={message.id} className="message outbound" data-outbound-state={message.state}>
              <p className="message-meta">
                {t('case.outbound.meta', {
                  channel: t(`channel.${message.channel}`),
                  to: formatPhone(message.toAddress),
                  time: formatTime(message.createdAt),
                })}
                {t('common.dotSeparator')}
                {t(`outboundPurpose.${message.purpose}`)}
              </p>
              <p className="message-text">{message.body}</p>
              <p className={`message-meta outbound-state outbound-${message.state}`}>
                {t('case.outbound.state', {
                  state: t(`outboundState.${message.state}`),
                  time: formatTime(stateTime(message)),
                })}
              </p>
              {message.error && (message.state === 'failed' || message.state === 'denied') ? (
                <p className="field-error">{t('case.outbound.error', { error: message.error })}</p>
              ) : null}
              {message.can.resend ? (
                <button
                  type="button"
                  className="secondary"
                  disabled={resend.isPending}
                  onClick={() => resend.mutate(message.id)}
                >
                  {t('case.outbound.resend')}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
