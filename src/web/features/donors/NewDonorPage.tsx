import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createDonorBody } from '../../../shared/contracts/donors.js';
import { withRule, type FieldIssue } from '../../components/field-issues';
import { fieldIssueText } from '../../components/field-words';
import { fieldErrors, fieldSpeech } from '../../components/problem-text';
import { usePageTitle } from '../../components/use-page-title';
import { actorFrom } from '../auth/actor';
import { useCurrentSession } from '../auth/session-context';
import { donorPath, navPaths } from '../shell/nav-paths';
import { DonorForm } from './DonorForm';
import { AnyOrganisationChoice, OrganisationChoice } from './OrganisationChoice';
import { donorBodyFrom, emptyDonorDraft, type DonorDraft } from './donor-draft';
import { consentField, donorDraftIssues } from './donor-draft-issues';
import { donorOrganisations, healthDistricts } from './donor-reach';
import { useRegisterDonor } from './donors-queries';

/** What the record page says after a registration: new, or an update of the donor already on that phone. */
export interface RegisteredState {
  registered: { created: boolean };
}

export const isRegisteredState = (state: unknown): state is RegisteredState =>
  typeof state === 'object' && state !== null && 'registered' in state;

/** An operator registers a donor on their behalf, on the phone or at a camp. */
export function NewDonorPage() {
  const { t } = useTranslation();
  usePageTitle(t('donors.new.title'));
  const navigate = useNavigate();
  const session = useCurrentSession();
  const actor = actorFrom(session);
  const districts = healthDistricts(actor);
  const ownOrganisations = donorOrganisations(session, actor);
  const [draft, setDraft] = useState<DonorDraft>(() =>
    emptyDonorDraft({
      district: districts?.length === 1 ? districts[0] : undefined,
      consentPurpose: t('donors.form.consentPurposeDefault'),
    }),
  );
  const [organisationId, setOrganisationId] = useState(() =>
    ownOrganisations?.length === 1 ? (ownOrganisations[0]?.id ?? '') : '',
  );
  const [attempt, setAttempt] = useState(0);
  // What the form found itself at the last press (the contract's problems, the consent), shown until the next.
  const [checkedIssues, setCheckedIssues] = useState<FieldIssue[]>([]);
  const register = useRegisterDonor();

  const speech = fieldSpeech();
  const errors: Record<string, string> =
    checkedIssues.length > 0
      ? Object.fromEntries(
          checkedIssues
            // A tick given since the press no longer needs asking for.
            .filter((issue) => !(issue.field === consentField && draft.consentGiven))
            .map((issue) => [
              issue.field,
              issue.field === consentField
                ? t('donors.form.consentRequired')
                : fieldIssueText(withRule(issue, createDonorBody), speech),
            ]),
        )
      : register.isError
        ? fieldErrors(register.error, createDonorBody)
        : {};
  const submit = () => {
    setAttempt((n) => n + 1);
    const found = donorDraftIssues(draft);
    setCheckedIssues(found);
    if (found.length > 0) {
      register.reset();
      return;
    }
    register.mutate(
      { ...donorBodyFrom(draft), ...(organisationId === '' ? {} : { organisationId }) },
      {
        onSuccess: (result) =>
          void navigate(donorPath(result.donorId), {
            state: { registered: { created: result.created } } satisfies RegisteredState,
          }),
      },
    );
  };

  return (
    <section className="donor-new">
      <p className="back-link">
        <Link to={navPaths.donors}>{t('donors.back')}</Link>
      </p>
      <h1>{t('donors.new.title')}</h1>
      <p className="lead">{t('donors.new.intro')}</p>
      <DonorForm
        draft={draft}
        onChange={setDraft}
        errors={errors}
        failure={register.isError || Object.keys(errors).length > 0 ? { error: register.error, attempt } : null}
        isNew
        districts={districts}
        isPending={register.isPending}
        submitLabel={t('donors.new.submit')}
        onSubmit={submit}
        before={
          ownOrganisations === null ? (
            <AnyOrganisationChoice
              value={organisationId}
              onChange={setOrganisationId}
              error={errors.organisationId}
              emptyLabel={t('donors.form.organisationByDistrict')}
            />
          ) : ownOrganisations.length > 1 ? (
            <OrganisationChoice
              options={ownOrganisations}
              value={organisationId}
              onChange={setOrganisationId}
              error={errors.organisationId}
              emptyLabel={t('donors.form.organisationByDistrict')}
            />
          ) : null
        }
      />
    </section>
  );
}
