import { Fragment, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskPolicyView, OrganisationView } from '../../../shared/contracts/organisations.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormatDuration } from '../../components/use-format-duration';
import { policyPriorities, triageFields } from './desk-policy-draft';
import { DeskPolicyForm } from './DeskPolicyForm';
import { useDeskPolicy } from './organisations-queries';

/** The policy as facts, for those who may read it but not change it. */
function DeskPolicyFacts({ policy }: { policy: DeskPolicyView }) {
  const { t } = useTranslation();
  const formatDuration = useFormatDuration();
  return (
    <dl className="facts card-facts desk-policy-facts">
      {policyPriorities.map((priority) => (
        <Fragment key={priority}>
          <dt>
            {t('deskPolicy.targetLabel', {
              priority: t(`priority.${priority}`),
              target: t('deskPolicy.firstResponse'),
            })}
          </dt>
          <dd>{formatDuration(policy.targets[priority].firstResponseMinutes)}</dd>
          <dt>
            {t('deskPolicy.targetLabel', { priority: t(`priority.${priority}`), target: t('deskPolicy.fulfil') })}
          </dt>
          <dd>{formatDuration(policy.targets[priority].fulfilMinutes)}</dd>
        </Fragment>
      ))}
      <dt>{t('deskPolicy.nearTargetShare')}</dt>
      <dd>{Math.round(policy.nearTargetShare * 100)}</dd>
      <dt>{t('deskPolicy.claimIdle')}</dt>
      <dd>{formatDuration(policy.claimIdleMinutes)}</dd>
      {triageFields.map((field) => (
        <Fragment key={field}>
          <dt>{t(`deskPolicy.triage.${field}`)}</dt>
          <dd>{policy.triage[field]}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

interface DeskPolicySectionProps {
  organisation: OrganisationView;
  /** Move focus (and the view) to this section as it opens: it was asked for. */
  focusOnOpen: boolean;
}

/** An organisation's time targets and triage rules: a form for those the server lets change them, facts for others. */
export function DeskPolicySection({ organisation, focusOnOpen }: DeskPolicySectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const policy = useDeskPolicy(organisation.id);

  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen, organisation.id]);

  return (
    <section className="panel desk-policy" aria-labelledby={headingId} data-organisation-id={organisation.id}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('deskPolicy.heading')}
      </h2>
      <p>{t('deskPolicy.intro', { name: organisation.name })}</p>
      {policy.isPending ? (
        <Loading />
      ) : policy.isError ? (
        <LoadError error={policy.error} onRetry={() => void policy.refetch()} />
      ) : policy.data.can.update ? (
        <DeskPolicyForm key={organisation.id} organisationId={organisation.id} policy={policy.data} />
      ) : (
        <>
          <p className="field-hint">{t('deskPolicy.readOnly')}</p>
          <DeskPolicyFacts policy={policy.data} />
        </>
      )}
    </section>
  );
}
