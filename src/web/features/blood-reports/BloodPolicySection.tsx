import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BloodPolicyView } from '../../../shared/contracts/blood-reports.js';
import { contestedDeferralClauses } from '../../../shared/enums.js';
import type { OrganisationView } from '../../../shared/contracts/organisations.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormatDate } from '../../components/use-format-date';
import { useBloodPolicy } from './blood-reports-queries';
import { BloodPolicyForm } from './BloodPolicyForm';
import { widenPriorities } from './blood-policy-draft';

/** The policy as facts, for those who may read it but not change it. */
function BloodPolicyFacts({ policy }: { policy: BloodPolicyView }) {
  const { t } = useTranslation();
  const yesNo = (value: boolean) => t(value ? 'bloodPolicy.yes' : 'bloodPolicy.no');
  const hour = (h: number) => t('bloodPolicy.hour', { hour: String(h).padStart(2, '0') });
  const clauses = contestedDeferralClauses.filter((c) => policy.contestedClauses.includes(c));
  return (
    <dl className="facts card-facts blood-policy-facts">
      <dt>{t('bloodPolicy.asksPerUnit')}</dt>
      <dd>{policy.asksPerUnit}</dd>
      <dt>{t('bloodPolicy.maxAsksPer30Days')}</dt>
      <dd>{policy.maxAsksPer30Days}</dd>
      {widenPriorities.map((priority) => (
        <Fragment key={priority}>
          <dt>
            {t('bloodPolicy.widen')}: {t(`priority.${priority}`)}
          </dt>
          <dd>{policy.widenAfterMinutes[priority]}</dd>
        </Fragment>
      ))}
      <dt>{t('bloodPolicy.radius')}</dt>
      <dd>
        {policy.radiusKm.start} / {policy.radiusKm.step} / {policy.radiusKm.max}
      </dd>
      <dt>{t('bloodPolicy.quietHours')}</dt>
      <dd>
        {hour(policy.quietHours.from)}–{hour(policy.quietHours.to)}
      </dd>
      <dt>{t('bloodPolicy.unverifiedOnlyWhenNoVerified')}</dt>
      <dd>{yesNo(policy.unverifiedOnlyWhenNoVerified)}</dd>
      <dt>{t('bloodPolicy.contestedClauses')}</dt>
      <dd>
        {clauses.length > 0 ? clauses.map((c) => t(`bloodPolicy.clause.${c}`)).join(', ') : t('bloodPolicy.none')}
      </dd>
      <dt>{t('bloodPolicy.convalescentPlasma')}</dt>
      <dd>{yesNo(policy.convalescentPlasma)}</dd>
    </dl>
  );
}

/** An organisation's blood and plasma policy on its settings page: a form for those who may change it. */
export function BloodPolicySection({ organisation }: { organisation: OrganisationView }) {
  const { t } = useTranslation();
  const headingId = useId();
  const policy = useBloodPolicy(organisation.id);
  const formatDate = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="panel blood-policy" aria-labelledby={headingId} data-organisation-id={organisation.id}>
      <h2 id={headingId}>{t('bloodPolicy.heading')}</h2>
      <p>{t('bloodPolicy.intro', { name: organisation.name })}</p>
      {policy.isPending ? (
        <Loading />
      ) : policy.isError ? (
        <LoadError error={policy.error} onRetry={() => void policy.refetch()} />
      ) : (
        <>
          <p className="field-hint">
            {policy.data.updatedAt
              ? t('bloodPolicy.updatedAt', { when: formatDate(policy.data.updatedAt) })
              : t('bloodPolicy.never')}
          </p>
          {policy.data.can.update ? (
            <BloodPolicyForm key={organisation.id} organisationId={organisation.id} policy={policy.data} />
          ) : (
            <>
              <p className="field-hint">{t('bloodPolicy.readOnly')}</p>
              <BloodPolicyFacts policy={policy.data} />
            </>
          )}
        </>
      )}
    </section>
  );
}
