import type { ChannelAccountView } from '../../shared/contracts/channels.js';
import { secretsByProvider } from '../../shared/contracts/channels.js';
import { canManageChannels } from '../../shared/channel-permissions.js';
import type { CaseStatus } from '../../shared/enums.js';
import type { Actor } from '../../shared/permissions.js';
import type { channelAccounts } from '../db/schema/index.js';
import { defaultNotifyOn } from '../domain/channels/outbound/notify-policy.js';

type Row = typeof channelAccounts.$inferSelect;

const webhookPaths = {
  whatsapp: '/webhooks/whatsapp',
  facebook: '/webhooks/facebook',
  twilio: '/webhooks/twilio/sms',
  exotel: '/webhooks/exotel/sms',
  twitter: null,
} as const;

/** Only the last four characters of a secret ever leave the server, to tell which one is set. */
export function maskSecret(value: string | undefined): string | null {
  if (!value) return null;
  return `••••${value.length > 8 ? value.slice(-4) : ''}`;
}

/** The addresses a provider calls, as the account's manager types them into the provider's console. */
function webhookUrlsOf(row: Row, publicUrl: string, mayManage: boolean): ChannelAccountView['webhookUrls'] {
  if (row.provider === 'exotel') {
    const secret = row.secrets.webhookSecret;
    const token = mayManage && secret ? encodeURIComponent(secret) : (maskSecret(secret) ?? '');
    return [
      { kind: 'sms', url: `${publicUrl}/webhooks/exotel/sms?token=${token}` },
      { kind: 'missed_calls', url: `${publicUrl}/webhooks/exotel/call?token=${token}` },
    ];
  }
  const path = webhookPaths[row.provider];
  return path ? [{ kind: 'messages', url: `${publicUrl}${path}` }] : [];
}

export function presentChannelAccount(row: Row, actor: Actor, publicUrl: string): ChannelAccountView {
  const mayManage = canManageChannels(actor, row.organisationId);
  const settings = row.settings as { searches?: string[]; notifyOn?: CaseStatus[] };
  return {
    id: row.id,
    organisationId: row.organisationId,
    provider: row.provider,
    address: row.address,
    label: row.label,
    secrets: Object.fromEntries(secretsByProvider[row.provider].map((name) => [name, maskSecret(row.secrets[name])])),
    searches: settings.searches ?? [],
    notifyOn: settings.notifyOn ?? [...defaultNotifyOn],
    source: row.source,
    enabled: row.enabled,
    webhookUrls: webhookUrlsOf(row, publicUrl, mayManage),
    updatedAt: row.updatedAt.toISOString(),
    can: { update: mayManage },
  };
}
