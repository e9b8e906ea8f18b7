import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDate } from '../../components/use-format-date';
import { casePath } from '../shell/nav-paths';
import { useMarkNotificationRead, useNotifications } from './notifications-queries';

/** Escalations for this person: a count in the header, and the list behind it, each linking to its case. */
export function NotificationsIndicator({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const notifications = useNotifications(enabled);
  const markRead = useMarkNotificationRead();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const items = notifications.data?.items ?? [];
  if (items.length === 0) return null;
  const unread = items.filter((item) => item.readAt === null).length;

  return (
    <div className="notifications">
      <button
        type="button"
        className={unread > 0 ? 'notifications-button has-unread' : 'notifications-button'}
        aria-expanded={isOpen}
        aria-controls={`${id}-list`}
        onClick={() => setIsOpen(!isOpen)}
      >
        {t('notifications.button', { count: unread })}
      </button>
      {isOpen ? (
        <div id={`${id}-list`} className="notifications-panel">
          <h2>{t('notifications.heading')}</h2>
          <ul className="plain-list">
            {items.map((item) => (
              <li key={item.id} className={item.readAt === null ? 'notification is-unread' : 'notification'}>
                {item.caseId ? (
                  <Link
                    to={casePath(item.caseId)}
                    onClick={() => {
                      setIsOpen(false);
                      if (item.readAt === null) markRead.mutate(item.id);
                    }}
                  >
                    {t(`notifications.kind.${item.kind}`, { reference: item.reference ?? '' })}
                  </Link>
                ) : (
                  <span>{t(`notifications.kind.${item.kind}`, { reference: item.reference ?? '' })}</span>
                )}
                <time dateTime={item.createdAt}>{formatTime(item.createdAt)}</time>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
