import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { secretsByProvider, type ChannelAccountView } from '../../../shared/contracts/channels.js';
import { useFormatDate } from '../../components/use-format-date';
import { WebhookUrl } from './WebhookUrl';

interface ChannelAccountCardProps {
  account: ChannelAccountView;
  onEdit: () => void;
}

/** One account: where it receives, whether it is on, which secrets it has (masked), where its webhook goes. */
export function ChannelAccountCard({ account, onEdit }: ChannelAccountCardProps) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const none = t('common.none');
  return (
    <li
      className="card channel-account"
      data-account-id={account.id}
      data-provider={account.provider}
      data-enabled={account.enabled}
    >
      <h2 className="channel-account-label">{account.label}</h2>
      <p className="case-badges">
        <span className="badge status">{t(`provider.${account.provider}`)}</span>
        <span className={account.enabled ? 'badge' : 'badge badge-muted'}>
          {account.enabled ? t('channels.account.enabled') : t('channels.account.disabled')}
        </span>
        <span className="badge badge-muted">{t(`channels.source.${account.source}`)}</span>
      </p>
      {account.source === 'env' ? <p className="channel-account-note">{t('channels.account.envNote')}</p> : null}
      <dl className="facts card-facts">
        <dt>{t('channels.account.address')}</dt>
        <dd>{account.address}</dd>
        {secretsByProvider[account.provider].map((name) => (
          <Fragment key={name}>
            <dt>{t(`channels.secret.${name}`)}</dt>
            <dd data-secret={name}>{account.secrets[name] ?? t('channels.account.notSet')}</dd>
          </Fragment>
        ))}
        {account.provider === 'twitter' ? (
          <>
            <dt>{t('channels.account.searches')}</dt>
            <dd>{account.searches.length > 0 ? account.searches.join(t('common.listSeparator')) : none}</dd>
          </>
        ) : null}
        <dt>{t('channels.account.notifyOn')}</dt>
        <dd>
          {account.notifyOn.length > 0
            ? account.notifyOn.map((status) => t(`caseStatus.${status}`)).join(t('common.listSeparator'))
            : none}
        </dd>
        <dt>{t('channels.account.updatedAt')}</dt>
        <dd>{formatTime(account.updatedAt)}</dd>
      </dl>
      {account.webhookUrls.map((webhook) => (
        <WebhookUrl
          key={webhook.kind}
          label={t(`channels.account.webhook.${webhook.kind}`)}
          url={webhook.url}
          canCopy={webhook.kind === 'messages' || account.can.update}
        />
      ))}
      {/* Exotel's addresses carry its token, which only those who manage the account see whole. */}
      {account.webhookUrls.some((webhook) => webhook.kind !== 'messages') && !account.can.update ? (
        <p className="channel-account-note">{t('channels.account.tokenHidden')}</p>
      ) : null}
      {account.can.update ? (
        <div className="form-actions">
          <button
            type="button"
            className="button-secondary"
            aria-label={t('channels.editNamed', { label: account.label })}
            onClick={onEdit}
          >
            {t('common.edit')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
