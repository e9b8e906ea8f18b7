import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { OrganisationView } from '../../../shared/contracts/organisations.js';
import { canCreateOrganisation, hasRole, isAdmin } from '../../../shared/permissions.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/use-page-title';
import { actorFrom } from '../auth/actor';
import { useCurrentSession } from '../auth/session-context';
import { BloodPolicySection } from '../blood-reports/BloodPolicySection';
import { CertificateSettingsSection } from '../certificates/CertificateSettingsSection';
import { DeskPolicySection } from './DeskPolicySection';
import { OrganisationForm } from './OrganisationForm';
import { OrganisationTable } from './OrganisationTable';
import { useOrganisations } from './organisations-queries';

/** Which form is open: none, a new organisation, or an existing one being edited. */
type Editing = null | 'new' | OrganisationView;

/** The organisation whose time targets are open lives in the address, so a link or a reload shows the same one. */
const organisationParam = 'organisation';

export function OrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.organisations'));
  const session = useCurrentSession();
  const organisations = useOrganisations();
  const [editing, setEditing] = useState<Editing>(null);
  const [searchParams, setSearchParams] = useSearchParams();
  const list = organisations.data ?? [];
  const chosen = list.find((organisation) => organisation.id === searchParams.get(organisationParam));
  // Someone with one organisation sees its time targets at once; with several, they open one from its row.
  const policyOf = chosen ?? (list.length === 1 ? list[0] : undefined);

  return (
    <section>
      <div className="page-heading">
        <h1>{t('nav.organisations')}</h1>
        {canCreateOrganisation(actorFrom(session)) && editing === null ? (
          <button type="button" onClick={() => setEditing('new')}>
            {t('organisations.add')}
          </button>
        ) : null}
      </div>
      {editing === null ? null : (
        <OrganisationForm
          key={editing === 'new' ? 'new' : editing.id}
          {...(editing === 'new' ? {} : { organisation: editing })}
          onDone={() => setEditing(null)}
        />
      )}
      {organisations.isPending ? (
        <Loading />
      ) : organisations.isError ? (
        <LoadError error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : organisations.data.length === 0 ? (
        <p>{t('organisations.empty')}</p>
      ) : (
        <div className="table-box">
          <OrganisationTable
            organisations={organisations.data}
            onEdit={setEditing}
            onShowDeskPolicy={
              list.length > 1 ? (organisation) => setSearchParams({ [organisationParam]: organisation.id }) : undefined
            }
          />
        </div>
      )}
      {policyOf ? <DeskPolicySection organisation={policyOf} focusOnOpen={chosen !== undefined} /> : null}
      {policyOf ? <BloodPolicySection organisation={policyOf} /> : null}
      {/* Certificates' settings: its coordinators change them (admins too); viewers have no reach into them. */}
      {policyOf && (isAdmin(actorFrom(session)) || hasRole(actorFrom(session), 'coordinator')) ? (
        <CertificateSettingsSection organisation={policyOf} />
      ) : null}
    </section>
  );
}
