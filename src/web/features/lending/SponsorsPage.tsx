import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SponsorLinkView, SponsorView } from '../../../shared/contracts/sponsors.js';
import { sponsorKinds, type SponsorKind } from '../../../shared/enums.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { useFormatDate } from '../../components/use-format-date';
import { usePageTitle } from '../../components/use-page-title';
import { ActionForm } from '../../components/ActionForm';
import { LendingNav } from './LendingNav';
import { OrganisationField } from './OrganisationField';
import { useCreateSponsor, useMakeSponsorLink, useSponsors } from './sponsors-queries';
import './lending.css';
import { field } from './field-names';

/** People and companies who own or funded items: what their items served, and their private page's link. */
export function SponsorsPage() {
  const { t } = useTranslation();
  usePageTitle(t('lending.nav.sponsors'));
  const sponsors = useSponsors();
  return (
    <section>
      <h1>{t('lending.nav.sponsors')}</h1>
      <LendingNav />
      {sponsors.isPending ? (
        <Loading />
      ) : sponsors.isError ? (
        <LoadError error={sponsors.error} onRetry={() => void sponsors.refetch()} />
      ) : (
        <>
          {sponsors.data.items.length === 0 ? <p>{t('lending.sponsor.empty')}</p> : null}
          <ul className="plain-list">
            {sponsors.data.items.map((sponsor) => (
              <SponsorCard key={sponsor.id} sponsor={sponsor} />
            ))}
          </ul>
          {sponsors.data.can.manageSponsors ? <CreateSponsorForm /> : null}
        </>
      )}
    </section>
  );
}

function SponsorCard({ sponsor }: { sponsor: SponsorView }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const makeLink = useMakeSponsorLink();
  // The link's address comes back once, in this answer; only its hash is kept, so it is shown here and nowhere else.
  const [link, setLink] = useState<SponsorLinkView | null>(null);
  const f = sponsor.figures;
  return (
    <li className="panel" data-sponsor={sponsor.name}>
      <h2>
        {sponsor.name} <span className="badge badge-muted">{t(`lending.sponsorKind.${sponsor.kind}`)}</span>
      </h2>
      <p>
        {t('lending.sponsor.figures', {
          items: f.items,
          served: f.loansServed,
          out: f.loansOut,
          patients: f.patientsServed,
          lost: f.itemsLost,
        })}
      </p>
      {sponsor.contactName || sponsor.contactPhone ? (
        <p className="field-hint">
          {[sponsor.contactName, sponsor.contactPhone, sponsor.contactEmail]
            .filter(Boolean)
            .join(t('common.dotSeparator'))}
        </p>
      ) : null}
      <p className="field-hint">
        {sponsor.hasLink && sponsor.linkCreatedAt
          ? t('lending.sponsor.linkSince', { time: formatTime(sponsor.linkCreatedAt) })
          : t('lending.sponsor.noLink')}
      </p>
      {link ? (
        <div className="success lending-link-once" role="status">
          <p>{t('lending.sponsor.linkOnce')}</p>
          <p>
            <a href={link.url} data-testid="sponsor-link">
              {link.url}
            </a>
          </p>
        </div>
      ) : null}
      {makeLink.isError ? <ProblemAlert error={makeLink.error} /> : null}
      {sponsor.can.rotateLink ? (
        <button
          type="button"
          className="button-secondary"
          disabled={makeLink.isPending}
          onClick={() => makeLink.mutate(sponsor.id, { onSuccess: setLink })}
        >
          {sponsor.hasLink ? t('lending.sponsor.newLink') : t('lending.sponsor.makeLink')}
        </button>
      ) : null}
    </li>
  );
}

function CreateSponsorForm() {
  const { t } = useTranslation();
  const create = useCreateSponsor();
  const [organisationId, setOrganisationId] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SponsorKind>('company');
  const [contactName, setContactName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const errors = fieldErrors(create.error);
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  return (
    <div className="panel">
      <ActionForm
        area="lending"
        name={field.createSponsor}
        heading={t('lending.sponsor.create')}
        submitLabel={t('lending.sponsor.submit')}
        action={create}
        onSubmit={() =>
          create.mutate(
            {
              organisationId,
              name: name.trim(),
              kind,
              contactName: optional(contactName),
              contactPhone: optional(contactPhone),
            },
            { onSuccess: () => setName('') },
          )
        }
      >
        <OrganisationField value={organisationId} onChange={setOrganisationId} error={errors.organisationId} />
        <div className="field-row">
          <TextField
            label={t('lending.sponsor.name')}
            name={field.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={errors.name}
          />
          <SelectField
            label={t('lending.sponsor.kind')}
            name={field.kind}
            value={kind}
            onChange={(e) => setKind(e.target.value as SponsorKind)}
          >
            {sponsorKinds.map((k) => (
              <option key={k} value={k}>
                {t(`lending.sponsorKind.${k}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('lending.sponsor.contactName')}
            name={field.contactName}
            value={contactName}
            onChange={(e) => setContactName(e.target.value)}
            error={errors.contactName}
          />
          <TextField
            label={t('lending.depot.phone')}
            name={field.contactPhone}
            type="tel"
            inputMode="tel"
            value={contactPhone}
            onChange={(e) => setContactPhone(e.target.value)}
            error={errors.contactPhone}
          />
        </div>
      </ActionForm>
    </div>
  );
}
