import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import { useFormatDate } from '../../components/use-format-date';

/** Every plea that makes up this case, as it arrived: kept, never edited. */
export function CaseMessages({ messages }: { messages: CaseDetail['messages'] }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="panel" aria-labelledby="case-messages">
      <h2 id="case-messages">{t('case.messages.heading', { count: messages.length })}</h2>
      <ol className="plain-list messages">
        {messages.map((message) => (
          <li key={message.id} className="message">
            <p className="message-meta">
              {t('case.messages.meta', {
                channel: t(`channel.${message.channel}`),
                time: formatTime(message.receivedAt),
              })}
              {message.sender
                ? `${t('common.dotSeparator')}${t('case.messages.from', { sender: message.sender })}`
                : null}
            </p>
            <p className="message-text">{message.text ?? t('case.messages.noText')}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
