import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDate } from '../../components/use-format-date';
import type { NotificationView } from '../../../shared/contracts/cases.js';
import { stockSitePath } from '../lending/lending-paths';
import { casePath } from '../shell/nav-paths';
import { useMarkNotificationRead, useNotifications } from './notifications-queries';

/** Alerts for this person (escalated cases, oxygen stock running low): a count in the header, each linked. */
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
                <NotificationLink
                  item={item}
                  onOpen={() => {
                    setIsOpen(false);
                    if (item.readAt === null) markRead.mutate(item.id);
                  }}
                />
                <time dateTime={item.createdAt}>{formatTime(item.createdAt)}</time>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** What the alert is about, linked to where it is handled: a case, or an oxygen stock site running low. */
function NotificationLink({ item, onOpen }: { item: NotificationView; onOpen: () => void }) {
  const { t } = useTranslation();
  const { details } = item;
  if (details.reason === 'stock_low' && typeof details.stockSiteId === 'string') {
    const hours = typeof details.hoursToEmpty === 'number' ? Math.max(0, Math.floor(details.hoursToEmpty)) : 0;
    return (
      <Link to={stockSitePath(details.stockSiteId)} onClick={onOpen}>
        {t('notifications.stockLow', { site: String(details.siteName ?? ''), hours })}
      </Link>
    );
  }
  const text = t(`notifications.kind.${item.kind}`, { reference: item.reference ?? '' });
  return item.caseId ? (
    <Link to={casePath(item.caseId)} onClick={onOpen}>
      {text}
    </Link>
  ) : (
    <span>{text}</span>
  );
}
