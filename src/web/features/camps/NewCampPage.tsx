import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { canPlanCamps } from '../../../shared/camp-permissions.js';
import { usePageTitle } from '../../components/use-page-title';
import { actorFrom } from '../auth/actor';
import { useCurrentSession } from '../auth/session-context';
import { donorOrganisations } from '../donors/donor-reach';
import { useOrganisations } from '../organisations/organisations-queries';
import { NotFoundPage } from '../shell/NotFoundPage';
import { CampForm } from './CampForm';
import { emptyCampDraft, planBodyOf } from './camp-draft';
import { campPath, campsPaths } from './camps-paths';
import { usePlanCamp } from './camps-queries';
import './camps.css';

/** Planning a camp: a coordinator's (or an administrator's) form; the camp opens once planned. */
export function NewCampPage() {
  const session = useCurrentSession();
  // Operators reach camps but plan none: the page is "not found" for them, as the server's answer would be.
  return canPlanCamps(actorFrom(session)) ? <PlanCamp /> : <NotFoundPage />;
}

function PlanCamp() {
  const { t } = useTranslation();
  usePageTitle(t('camps.plan.title'));
  const session = useCurrentSession();
  const navigate = useNavigate();
  const plan = usePlanCamp();
  const own = donorOrganisations(session, actorFrom(session), { coordinating: true });
  const all = useOrganisations();
  // An administrator belongs to none and chooses any; a coordinator of one organisation is not asked.
  const organisations = own ?? (all.data ?? []).map(({ id, name }) => ({ id, name }));
  const single = own !== null && own.length === 1 ? own[0] : undefined;
  const district = single?.districts.length === 1 ? (single.districts[0] ?? '') : '';
  return (
    <section className="camps">
      <p>
        <Link to={campsPaths.list}>{t('camps.back')}</Link>
      </p>
      <h1>{t('camps.plan.title')}</h1>
      <CampForm
        initial={emptyCampDraft(single?.id ?? '', district)}
        organisations={organisations}
        action={plan}
        submitLabel={t('camps.plan.submit')}
        onSubmit={(draft) => plan.mutate(planBodyOf(draft), { onSuccess: (camp) => void navigate(campPath(camp.id)) })}
      />
    </section>
  );
}
