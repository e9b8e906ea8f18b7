import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../shared/enums.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import {
  certificatePdfUrl,
  useCampCertificates,
  useIssueCampCertificates,
  useSendCertificate,
} from './certificates-queries';
import './certificates.css';

/**
 * A camp's certificates (issue #14), for the camp page: issue them for every donation at once, then each one's
 * number, the donor's initials, its PDF in Hindi and English, and sending the donor the link.
 */
export function CampCertificatesPanel({ campId }: { campId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const list = useCampCertificates(campId);
  const issue = useIssueCampCertificates(campId);
  const send = useSendCertificate(campId);
  return (
    <section className="panel camp-certificates" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('certificates.camp.heading')}</h2>
      <p>{t('certificates.camp.intro')}</p>
      <p>
        <button type="button" onClick={() => issue.mutate()} disabled={issue.isPending}>
          {t('certificates.camp.issueAll')}
        </button>
      </p>
      {issue.isError ? <ProblemAlert error={issue.error} /> : null}
      {issue.isSuccess ? (
        <p className="field-hint" role="status">
          {t('certificates.camp.issued', issue.data)}
        </p>
      ) : null}
      {send.isError ? <ProblemAlert error={send.error} /> : null}
      {send.isSuccess ? (
        <p className="field-hint" role="status">
          {send.data.queued ? t('certificates.camp.sentQueued') : t('certificates.camp.sentNotQueued')}
        </p>
      ) : null}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="field-hint">{t('certificates.camp.empty')}</p>
      ) : (
        <ul className="plain-list certificate-list">
          {list.data.items.map((certificate) => (
            <li key={certificate.id} className="certificate-line" data-number={certificate.number}>
              <span className="certificate-number">{certificate.number}</span>
              <span className="certificate-initials">{certificate.donorInitials}</span>
              <span className={certificate.revokedAt ? 'badge certificate-revoked' : 'badge'}>
                {certificate.revokedAt
                  ? t('certificates.camp.revoked')
                  : certificate.sentAt
                    ? t('certificates.camp.sent')
                    : t('certificates.camp.valid')}
              </span>
              <span className="certificate-actions">
                {languages.map((language) => (
                  <a
                    key={language}
                    href={certificatePdfUrl(certificate.number, language)}
                    target="_blank"
                    rel="noopener"
                    hrefLang={language}
                  >
                    {t('certificates.camp.pdf')} {t(`certificates.language.${language}`)}
                  </a>
                ))}
                {certificate.can.send ? (
                  <button
                    type="button"
                    className="secondary"
                    disabled={send.isPending}
                    onClick={() => send.mutate(certificate.number)}
                  >
                    {t('certificates.camp.send')}
                  </button>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
