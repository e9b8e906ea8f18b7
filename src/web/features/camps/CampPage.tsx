import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CampDetail } from '../../../shared/contracts/camps.js';
import { useFormatNumber } from '../../components/use-format-number';
import { useLocalName } from '../../components/use-local-name';
import { usePageTitle } from '../../components/use-page-title';
import { CampCertificatesPanel } from '../certificates/CampCertificatesPanel';
import { CampActions } from './CampActions';
import { CampHistory } from './CampHistory';
import { CampLoader } from './CampLoader';
import { CampSlots } from './CampSlots';
import { CampStateBadge } from './CampStateBadge';
import { RegisterDonorForm } from './RegisterDonorForm';
import { RegistrationList } from './RegistrationList';
import { campCheckInScreenPath, campEditPath, campReportPath, campsPaths } from './camps-paths';
import { campField, campLink } from './field-names';
import { useCampTimes } from './use-camp-times';
import './camps.css';

/** The headline counts, in the order the page shows them. */
const countsOf = (counts: CampDetail['counts']) =>
  [
    ['registered', counts.registered],
    ['checkedIn', counts.checkedIn],
    ['donated', counts.donated],
    ['deferred', counts.deferred],
  ] as const;

/** One camp: its facts and counts, slots, registrations, the desk's actions and its history. */
export function CampPage() {
  const { id = '' } = useParams();
  return <CampLoader id={id}>{(camp) => <CampView camp={camp} />}</CampLoader>;
}

function CampView({ camp }: { camp: CampDetail }) {
  const { t } = useTranslation();
  usePageTitle(camp.title);
  const times = useCampTimes();
  const localName = useLocalName();
  const formatNumber = useFormatNumber();
  const none = t('common.none');
  const publicUrl = `${window.location.origin}${camp.publicPath}`;
  const counts = camp.counts;
  return (
    <section className="camps camp-page" data-camp={camp.code} data-state={camp.state}>
      <p>
        <Link to={campsPaths.list}>{t('camps.back')}</Link>
      </p>
      <h1>{camp.title}</h1>
      <p className="camp-heading-line">
        <CampStateBadge state={camp.state} registrationOpen={camp.registrationOpen} />{' '}
        <span>{times.when(camp.startsAt, camp.endsAt)}</span>
      </p>
      <nav className="chips camp-links" aria-label={t('camps.detail.links')}>
        {camp.can.checkIn ? (
          <Link to={campCheckInScreenPath(camp.id)} className="button-link" data-link={campField.checkIn}>
            {t('camps.detail.checkInScreen')}
          </Link>
        ) : null}
        {camp.can.readReport ? (
          <Link to={campReportPath(camp.id)} className="button-link button-link-secondary" data-link={campLink.report}>
            {t('camps.detail.report')}
          </Link>
        ) : null}
        {camp.can.update ? (
          <Link to={campEditPath(camp.id)} className="button-link button-link-secondary" data-link={campLink.edit}>
            {t('common.edit')}
          </Link>
        ) : null}
      </nav>
      <div className="camp-figures" aria-label={t('camps.detail.counts')} role="group">
        {countsOf(counts).map(([key, value]) => (
          <p key={key} className="camp-figure" data-count={key} data-value={value}>
            <strong>{formatNumber(value)}</strong> {t(`camps.count.${key}`)}
          </p>
        ))}
        <p className="camp-figure" data-count="units" data-value={counts.units}>
          <strong>
            {t('camps.detail.unitsOfTarget', {
              units: formatNumber(counts.units),
              target: formatNumber(camp.targetUnits),
            })}
          </strong>{' '}
          {t('camps.count.units')}
        </p>
      </div>
      <section className="panel" aria-labelledby="camp-facts">
        <h2 id="camp-facts">{t('camps.detail.facts')}</h2>
        <dl className="facts camp-facts">
          <dt>{t('camps.field.venue')}</dt>
          <dd>{camp.venue}</dd>
          <dt>{t('camps.field.venueAddress')}</dt>
          <dd>
            {[camp.venueAddress, camp.locality, camp.pincode, localName(camp.district)]
              .filter((part) => part !== null && part !== '')
              .join(t('common.listSeparator'))}
          </dd>
          <dt>{t('camps.field.organisation')}</dt>
          <dd>{camp.organisation.name}</dd>
          <dt>{t('camps.field.partnerCentre')}</dt>
          <dd>{camp.partnerCentre}</dd>
          <dt>{t('camps.field.coOrganisers')}</dt>
          <dd>{camp.coOrganisers.length === 0 ? none : camp.coOrganisers.join(t('common.listSeparator'))}</dd>
          <dt>{t('camps.detail.code')}</dt>
          <dd data-field="code">{camp.code}</dd>
          <dt>{t('camps.detail.publicPage')}</dt>
          <dd className="camp-link-text">
            <a href={camp.publicPath} data-field="public-link">
              {publicUrl}
            </a>
          </dd>
          {camp.thankedAt === null ? null : (
            <>
              <dt>{t('camps.detail.thanked')}</dt>
              <dd data-field="thanked">{times.moment(camp.thankedAt)}</dd>
            </>
          )}
          <dt>{t('camps.detail.plannedBy')}</dt>
          <dd>
            {t('camps.detail.plannedByLine', { name: camp.createdBy ?? none, time: times.moment(camp.createdAt) })}
          </dd>
        </dl>
        <p className="field-hint">{t('camps.detail.byMessage', { code: camp.code })}</p>
      </section>
      <CampSlots camp={camp} />
      {camp.can.register ? <RegisterDonorForm camp={camp} /> : null}
      <RegistrationList camp={camp} />
      <CampActions camp={camp} />
      {/* Certificates for the camp's donations (helper Cert's panel): coordinators, once anyone has given. */}
      {camp.can.issueCertificates ? <CampCertificatesPanel campId={camp.id} /> : null}
      <CampHistory camp={camp} />
    </section>
  );
}
