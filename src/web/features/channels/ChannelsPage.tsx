import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { usePageTitle } from '../../components/use-page-title';
import { useCurrentSession } from '../auth/session-context';
import { useOrganisations } from '../organisations/organisations-queries';
import { ChannelAccountList } from './ChannelAccountList';

/** The organisation lives in the address, so a link or a reload shows the same one. */
const organisationParam = 'organisation';

/** An organisation's WhatsApp numbers, pages, SMS lines and Twitter accounts, and their secrets. */
export function ChannelsPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.channels'));
  const session = useCurrentSession();
  const organisations = useOrganisations();
  const [searchParams, setSearchParams] = useSearchParams();
  const [isAdding, setIsAdding] = useState(false);

  const list = organisations.data ?? [];
  const chosen = searchParams.get(organisationParam) ?? '';
  const own = session.memberships.find((m) => list.some((o) => o.id === m.organisationId))?.organisationId;
  const organisationId = list.some((o) => o.id === chosen) ? chosen : (own ?? list[0]?.id ?? '');

  return (
    <section>
      <div className="page-heading">
        <h1>{t('nav.channels')}</h1>
        {isAdding || organisationId === '' ? null : (
          <button type="button" onClick={() => setIsAdding(true)}>
            {t('channels.add')}
          </button>
        )}
      </div>
      <p className="lead">{t('channels.intro')}</p>
      {organisations.isPending ? (
        <Loading />
      ) : organisations.isError ? (
        <LoadError error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : organisationId === '' ? (
        <p>{t('channels.noOrganisation')}</p>
      ) : (
        <>
          {list.length > 1 ? (
            <div className="form">
              <SelectField
                label={t('channels.organisation')}
                value={organisationId}
                onChange={(event) => {
                  setIsAdding(false);
                  setSearchParams({ [organisationParam]: event.target.value });
                }}
              >
                {list.map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </option>
                ))}
              </SelectField>
            </div>
          ) : null}
          <ChannelAccountList
            key={organisationId}
            organisationId={organisationId}
            isAdding={isAdding}
            onAddDone={() => setIsAdding(false)}
          />
        </>
      )}
    </section>
  );
}
