import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrors } from '../../components/problem-text';
import { usePageTitle } from '../../components/use-page-title';
import { actorFrom } from '../auth/actor';
import { useCurrentSession } from '../auth/session-context';
import { AnyOrganisationChoice, OrganisationChoice } from '../donors/OrganisationChoice';
import { donorOrganisations, healthDistricts } from '../donors/donor-reach';
import { ChildForm } from './ChildForm';
import { ThalassemiaNav } from './ThalassemiaNav';
import { createBodyFrom, emptyChildDraft, type ChildDraft } from './child-draft';
import { useCreateChild } from './patients-queries';
import { childPath } from './thalassemia-paths';
import './thalassemia.css';

/** A coordinator registers a child on regular transfusion, with the guardian's consent. */
export function NewChildPage() {
  const { t } = useTranslation();
  usePageTitle(t('thalassemia.new.title'));
  const navigate = useNavigate();
  const session = useCurrentSession();
  const actor = actorFrom(session);
  // The same reach as donors: the health desk's organisations and districts (shared/scope.ts, area `health`).
  const districts = healthDistricts(actor);
  const ownOrganisations = donorOrganisations(session, actor);
  const [draft, setDraft] = useState<ChildDraft>(() =>
    emptyChildDraft(districts?.length === 1 ? (districts[0] ?? '') : ''),
  );
  const [organisationId, setOrganisationId] = useState(() =>
    ownOrganisations?.length === 1 ? (ownOrganisations[0]?.id ?? '') : '',
  );
  const [attempt, setAttempt] = useState(0);
  const create = useCreateChild();
  const errors = create.isError ? fieldErrors(create.error) : {};

  const submit = () => {
    setAttempt((n) => n + 1);
    create.mutate(createBodyFrom(draft, organisationId), {
      onSuccess: (child) => void navigate(childPath(child.id)),
    });
  };

  return (
    <section className="thalassemia child-new">
      <h1>{t('thalassemia.new.title')}</h1>
      <ThalassemiaNav />
      <p className="lead">{t('thalassemia.new.intro')}</p>
      <ChildForm
        draft={draft}
        onChange={setDraft}
        errors={errors}
        failure={create.isError ? { error: create.error, attempt } : null}
        isNew
        districts={districts}
        isPending={create.isPending}
        submitLabel={t('thalassemia.new.submit')}
        onSubmit={submit}
        before={
          ownOrganisations === null ? (
            <AnyOrganisationChoice
              value={organisationId}
              onChange={setOrganisationId}
              error={errors.organisationId}
              emptyLabel={t('thalassemia.form.organisationByDistrict')}
            />
          ) : ownOrganisations.length > 1 ? (
            <OrganisationChoice
              options={ownOrganisations}
              value={organisationId}
              onChange={setOrganisationId}
              error={errors.organisationId}
              emptyLabel={t('thalassemia.form.organisationByDistrict')}
            />
          ) : null
        }
      />
    </section>
  );
}
