import { Fragment, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateSettingsBody, CertificateSettingsView } from '../../../shared/contracts/certificates.js';
import { formatCertificateExample } from './certificate-example';
import type { OrganisationView } from '../../../shared/contracts/organisations.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import {
  certificateLogoUrl,
  useCertificateSettings,
  useUpdateCertificateSettings,
  useUploadCertificateLogo,
} from './certificates-queries';
import './certificates.css';

const fields = ['nameEn', 'nameHi', 'signatoryEn', 'signatoryHi'] as const;
const prefixField = 'numberPrefix' as const;
/** The language each box is typed in (its spell-checker and keyboard follow). */
const fieldLanguage = (field: (typeof fields)[number]) => (field.endsWith('Hi') ? 'hi' : 'en');

function draftOf(view: CertificateSettingsView): CertificateSettingsBody {
  return {
    nameEn: view.nameEn ?? '',
    nameHi: view.nameHi ?? '',
    signatoryEn: view.signatoryEn ?? '',
    signatoryHi: view.signatoryHi ?? '',
    numberPrefix: view.numberPrefix ?? '',
  };
}

function SettingsForm({ organisationId, view }: { organisationId: string; view: CertificateSettingsView }) {
  const { t } = useTranslation();
  const update = useUpdateCertificateSettings(organisationId);
  const upload = useUploadCertificateLogo(organisationId);
  const [draft, setDraft] = useState(() => draftOf(view));
  const errors = fieldErrors(update.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(draft);
  };
  return (
    <>
      <form className="form certificate-settings-form" onSubmit={onSubmit} noValidate aria-busy={update.isPending}>
        {update.isError ? <ProblemAlert error={update.error} /> : null}
        <div className="field-row">
          {fields.map((field) => (
            <TextField
              key={field}
              name={field}
              label={t(`certificates.fields.${field}`)}
              lang={fieldLanguage(field)}
              value={draft[field]}
              onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
              error={errors[field]}
            />
          ))}
        </div>
        <TextField
          name={prefixField}
          label={t('certificates.fields.numberPrefix')}
          hint={t('certificates.settings.prefixHint', { example: formatCertificateExample(draft.numberPrefix) })}
          autoComplete="off"
          maxLength={6}
          value={draft.numberPrefix}
          onChange={(event) => setDraft({ ...draft, numberPrefix: event.target.value.toUpperCase() })}
          error={errors.numberPrefix}
        />
        <button type="submit" disabled={update.isPending}>
          {t('certificates.settings.save')}
        </button>
        {update.isSuccess ? (
          <p className="field-hint" role="status">
            {t('certificates.settings.saved')}
          </p>
        ) : null}
      </form>
      {view.configured ? (
        <div className="certificate-logo">
          {view.logoType ? (
            <img src={certificateLogoUrl(organisationId, view.updatedAt)} alt={t('certificates.fields.logo')} />
          ) : (
            <p className="field-hint">{t('certificates.settings.noLogo')}</p>
          )}
          <label className="field">
            <span className="field-label">{t('certificates.fields.logo')}</span>
            <input
              type="file"
              name="logo"
              accept="image/png,image/jpeg"
              disabled={upload.isPending}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) upload.mutate(file);
              }}
            />
          </label>
          {upload.isError ? <ProblemAlert error={upload.error} /> : null}
          {upload.isSuccess ? (
            <p className="field-hint" role="status">
              {t('certificates.settings.logoSaved')}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

function SettingsFacts({ view }: { view: CertificateSettingsView }) {
  const { t } = useTranslation();
  return (
    <dl className="facts card-facts">
      {[...fields, prefixField].map((field) => (
        <Fragment key={field}>
          <dt>{t(`certificates.fields.${field}`)}</dt>
          <dd>{view[field]}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** An organisation's certificate settings on its page: a form for its coordinators, facts for its other desk. */
export function CertificateSettingsSection({ organisation }: { organisation: OrganisationView }) {
  const { t } = useTranslation();
  const headingId = useId();
  const settings = useCertificateSettings(organisation.id);
  return (
    <section className="panel certificate-settings" aria-labelledby={headingId} data-organisation-id={organisation.id}>
      <h2 id={headingId}>{t('certificates.settings.heading')}</h2>
      <p>{t('certificates.settings.intro', { name: organisation.name })}</p>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <LoadError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <>
          {settings.data.configured ? null : <p className="field-hint">{t('certificates.settings.notSet')}</p>}
          {settings.data.can.update ? (
            <SettingsForm key={organisation.id} organisationId={organisation.id} view={settings.data} />
          ) : settings.data.configured ? (
            <SettingsFacts view={settings.data} />
          ) : null}
        </>
      )}
    </section>
  );
}
