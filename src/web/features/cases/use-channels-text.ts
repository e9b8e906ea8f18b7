import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../shared/contracts/cases.js';

/** "asked 3 times: WhatsApp, web", or "via WhatsApp" for a single message. */
export function useChannelsText(): (item: Pick<CaseSummary, 'channel' | 'channelsUsed' | 'messageCount'>) => string {
  const { t } = useTranslation();
  return ({ channel, channelsUsed, messageCount }) => {
    const channels = (channelsUsed.length > 0 ? channelsUsed : [channel]).map((c) => t(`channel.${c}`));
    return messageCount > 1
      ? t('desk.row.askedTimes', { count: messageCount, channels: channels.join(t('common.listSeparator')) })
      : t('desk.row.via', { channel: channels.join(t('common.listSeparator')) });
  };
}
