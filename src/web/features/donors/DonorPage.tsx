import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { DonorView } from '../../../shared/contracts/donors.js';
import { isApiError } from '../../api/api-error';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormatDate } from '../../components/use-format-date';
import { usePageTitle } from '../../components/use-page-title';
import { NotFoundPage } from '../shell/NotFoundPage';
import { navPaths } from '../shell/nav-paths';
import { DonorCallAction } from './DonorCallAction';
import { DonorContact } from './DonorContact';
import { DonorDeferralAction } from './DonorDeferralAction';
import { DonorDonations } from './DonorDonations';
import { DonorEditForm } from './DonorEditForm';
import { DonorEligibility } from './DonorEligibility';
import { DonorFacts } from './DonorFacts';
import { DonorGroupAction } from './DonorGroupAction';
import { DonorHistory } from './DonorHistory';
import { DonorVerifyAction } from './DonorVerifyAction';
import { DonorWithdrawAction } from './DonorWithdrawAction';
import { GroupBadge, VerifiedBadge } from './DonorBadges';
import { useDonor } from './donors-queries';
import { isRegisteredState } from './NewDonorPage';

/** One donor's record, as an operator works it: eligibility, verification, donations and history. */
export function DonorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useDonor(id);
  usePageTitle(query.data?.name ?? t('donors.record.title'));

  // Someone else's district looks exactly like a donor who does not exist, as the server answers.
  if (query.isError && isApiError(query.error, 'not_found')) return <NotFoundPage />;
  return (
    <section className="donor-page">
      <p className="back-link">
        <Link to={navPaths.donors}>{t('donors.back')}</Link>
      </p>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <DonorRecord
          key={query.data.id}
          donor={query.data}
          registered={isRegisteredState(location.state) ? location.state.registered : null}
        />
      )}
    </section>
  );
}

function DonorRecord({ donor, registered }: { donor: DonorView; registered: { created: boolean } | null }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const [isEditing, setIsEditing] = useState(false);
  const { can } = donor;
  const isReachable = donor.consent.withdrawnAt === null && donor.optedOutAt === null;
  return (
    <>
      <div className="page-heading donor-heading">
        <h1>{donor.name}</h1>
        <p className="case-badges">
          <GroupBadge group={donor.bloodGroup} confirmed={donor.groupConfirmed !== null} />
          <VerifiedBadge verified={donor.verification !== null} />
          {donor.consent.withdrawnAt !== null ? (
            <span className="badge badge-warning">{t('donors.consentWithdrawn')}</span>
          ) : donor.optedOutAt !== null ? (
            <span className="badge badge-warning">{t('donors.optedOut')}</span>
          ) : null}
        </p>
      </div>
      {registered !== null ? (
        <p className="success" role="status" data-registered={registered.created ? 'new' : 'updated'}>
          {registered.created ? t('donors.new.created') : t('donors.new.updated')}
        </p>
      ) : null}
      <div className="case-layout donor-layout">
        <div className="case-main">
          <section className="panel donor-status" aria-label={t('donors.record.status')}>
            <DonorContact donor={donor} />
            <ul className="plain-list donor-status-list">
              <li data-field="verification">
                {donor.verification === null
                  ? t('donors.record.notVerified')
                  : t('donors.record.verifiedBy', {
                      kind: t(`donors.idKind.${donor.verification.idSeen}`),
                      name: donor.verification.byName ?? t('donors.history.donorOrSystem'),
                      time: formatTime(donor.verification.at),
                    })}
              </li>
              <li data-field="groupConfirmed">
                {donor.groupConfirmed === null
                  ? t('donors.record.groupDeclared')
                  : t('donors.record.groupConfirmedBy', {
                      centre: donor.groupConfirmed.centre,
                      name: donor.groupConfirmed.byName ?? t('donors.history.donorOrSystem'),
                      time: formatTime(donor.groupConfirmed.at),
                    })}
              </li>
              {!isReachable ? <li>{t('donors.record.notContacted')}</li> : null}
            </ul>
          </section>
          <DonorEligibility donor={donor} />
          {isEditing ? (
            <DonorEditForm donor={donor} onDone={() => setIsEditing(false)} />
          ) : (
            <>
              <DonorFacts donor={donor} />
              {can.update ? (
                <p>
                  <button type="button" className="button-secondary" onClick={() => setIsEditing(true)}>
                    {t('donors.edit.open')}
                  </button>
                </p>
              ) : null}
            </>
          )}
          <DonorDonations donor={donor} />
        </div>
        <aside className="case-side">
          <section className="panel case-actions" aria-labelledby="donor-actions-heading">
            <h2 id="donor-actions-heading">{t('donors.actions.heading')}</h2>
            {can.logCall ? <DonorCallAction donorId={donor.id} /> : null}
            {can.verify ? <DonorVerifyAction donorId={donor.id} /> : null}
            {can.confirmGroup ? <DonorGroupAction donorId={donor.id} current={donor.bloodGroup} /> : null}
            {can.recordCentreDeferral ? <DonorDeferralAction donor={donor} /> : null}
            {can.withdrawConsent ? <DonorWithdrawAction donorId={donor.id} /> : null}
          </section>
        </aside>
        <div className="case-history">
          <DonorHistory events={donor.history} />
        </div>
      </div>
    </>
  );
}
