import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { ChannelAccountCard } from './ChannelAccountCard';
import { ChannelAccountForm } from './ChannelAccountForm';
import { useChannelAccounts } from './channels-queries';

interface ChannelAccountListProps {
  organisationId: string;
  isAdding: boolean;
  onAddDone: () => void;
}

/** The organisation's accounts as cards; the one being edited becomes its form. */
export function ChannelAccountList({ organisationId, isAdding, onAddDone }: ChannelAccountListProps) {
  const { t } = useTranslation();
  const accounts = useChannelAccounts(organisationId);
  const [editingId, setEditingId] = useState<string | null>(null);

  return (
    <>
      {isAdding ? <ChannelAccountForm organisationId={organisationId} onDone={onAddDone} /> : null}
      {accounts.isPending ? (
        <Loading />
      ) : accounts.isError ? (
        <LoadError error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : accounts.data.length === 0 ? (
        <p>{t('channels.empty')}</p>
      ) : (
        <ul className="cards channel-accounts">
          {accounts.data.map((account) =>
            editingId === account.id ? (
              <li key={account.id} className="channel-account-editing">
                <ChannelAccountForm
                  organisationId={organisationId}
                  account={account}
                  onDone={() => setEditingId(null)}
                />
              </li>
            ) : (
              <ChannelAccountCard key={account.id} account={account} onEdit={() => setEditingId(account.id)} />
            ),
          )}
        </ul>
      )}
    </>
  );
}
