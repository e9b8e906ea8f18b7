import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { PublicCertificateView } from '../../../shared/contracts/certificates.js';
import { languages } from '../../../shared/enums.js';
import { isApiError } from '../../api/api-error';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { useFormatDate } from '../../components/use-format-date';
import { usePageTitle } from '../../components/use-page-title';
import { currentLanguage } from '../../i18n';
import { certificateVerifyPath } from './certificate-paths';
import { publicCertificatePdfUrl, usePublicCertificate } from './certificates-queries';
import './certificates.css';

const numberField = 'number';
/** How a lookup failed: a typo in the number (its check character), or a number never issued. */
const isTypo = (error: unknown) => isApiError(error, 'certificate_check_failed');
const isUnknown = (error: unknown) => isApiError(error, 'not_found');

/** A Kolkata calendar day as a moment at its midnight, for the date formatter. */
const dayMoment = (day: string) => `${day}T00:00:00+05:30`;

function CertificateFacts({ certificate }: { certificate: PublicCertificateView }) {
  const { t } = useTranslation();
  const formatDay = useFormatDate({ dateStyle: 'long', timeZone: 'Asia/Kolkata' });
  const organisation = currentLanguage() === 'hi' ? certificate.organisationNameHi : certificate.organisationNameEn;
  const rows: Array<[string, string]> = [
    [t('certificates.verify.number'), certificate.number],
    [t('certificates.verify.donor'), certificate.donorInitials],
    [t('certificates.verify.bloodGroup'), certificate.bloodGroup ?? '—'],
    [
      t('certificates.verify.donated'),
      t('certificates.verify.units', {
        count: certificate.units,
        product: t(`certificates.product.${certificate.product}`),
      }),
    ],
    [t('certificates.verify.date'), formatDay(dayMoment(certificate.donatedOn))],
    [t('certificates.verify.place'), certificate.place],
    [t('certificates.verify.organisation'), organisation],
    [t('certificates.verify.issuedOn'), formatDay(dayMoment(certificate.issuedOn))],
  ];
  return (
    <>
      <p
        className={certificate.valid ? 'certificate-state certificate-valid' : 'certificate-state certificate-revoked'}
        role="status"
      >
        {certificate.valid ? t('certificates.verify.valid') : t('certificates.verify.revoked')}
      </p>
      <dl className="facts certificate-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {certificate.valid ? (
        <p className="certificate-downloads">
          <span>{t('certificates.verify.download')}:</span>{' '}
          {languages.map((language) => (
            <a
              key={language}
              className="button-link"
              href={publicCertificatePdfUrl(certificate.number, language)}
              download
              hrefLang={language}
            >
              {t(`certificates.language.${language}`)}
            </a>
          ))}
        </p>
      ) : null}
    </>
  );
}

/** Anyone, without signing in, checks a certificate by its number (the QR code opens this page with it). */
export function VerifyCertificatePage() {
  const { t } = useTranslation();
  usePageTitle(t('certificates.verify.heading'));
  const { number = '' } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(number);
  const certificate = usePublicCertificate(number);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = typed.trim();
    if (value !== '') void navigate(certificateVerifyPath(value));
  };
  return (
    <section className="certificate-verify">
      <h1>{t('certificates.verify.heading')}</h1>
      <p className="lead">{t('certificates.verify.intro')}</p>
      <form className="form certificate-verify-form" onSubmit={onSubmit} noValidate>
        <TextField
          name={numberField}
          label={t('certificates.verify.number')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit">{t('certificates.verify.go')}</button>
      </form>
      {number === '' ? null : certificate.isPending ? (
        <Loading />
      ) : certificate.isError ? (
        isTypo(certificate.error) ? (
          <p className="problem" role="alert">
            {t('certificates.verify.checkFailed')}
          </p>
        ) : isUnknown(certificate.error) ? (
          <p className="problem" role="alert">
            {t('certificates.verify.notFound')}
          </p>
        ) : (
          <LoadError error={certificate.error} onRetry={() => void certificate.refetch()} />
        )
      ) : (
        <CertificateFacts certificate={certificate.data} />
      )}
    </section>
  );
}
