import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CampDetail } from '../../../shared/contracts/camps.js';
import { usePageTitle } from '../../components/use-page-title';
import { NotFoundPage } from '../shell/NotFoundPage';
import { CampForm } from './CampForm';
import { CampLoader } from './CampLoader';
import { draftOfCamp, updateBodyOf } from './camp-draft';
import { campPath } from './camps-paths';
import { useUpdateCamp } from './camps-queries';
import './camps.css';

/** Changing a planned camp (its organisation and district stay). */
export function EditCampPage() {
  const { id = '' } = useParams();
  return <CampLoader id={id}>{(camp) => (camp.can.update ? <EditCamp camp={camp} /> : <NotFoundPage />)}</CampLoader>;
}

function EditCamp({ camp }: { camp: CampDetail }) {
  const { t } = useTranslation();
  usePageTitle(t('camps.edit.title', { title: camp.title }));
  const navigate = useNavigate();
  const update = useUpdateCamp(camp.id);
  const before = draftOfCamp(camp);
  return (
    <section className="camps">
      <p>
        <Link to={campPath(camp.id)}>{t('camps.backToCamp')}</Link>
      </p>
      <h1>{t('camps.edit.title', { title: camp.title })}</h1>
      <CampForm
        initial={before}
        organisations="fixed"
        action={update}
        submitLabel={t('common.save')}
        onSubmit={(draft) =>
          update.mutate(updateBodyOf(draft, before), { onSuccess: () => void navigate(campPath(camp.id)) })
        }
      />
    </section>
  );
}
