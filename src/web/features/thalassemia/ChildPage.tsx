import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TransfusionPatientDetail } from '../../../shared/contracts/transfusion-patients.js';
import { isApiError } from '../../api/api-error';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/use-page-title';
import { NotFoundPage } from '../shell/NotFoundPage';
import { ChildEdit, ChildStateForm } from './ChildActions';
import { ChildEvents } from './ChildEvents';
import { ChildProfile } from './ChildProfile';
import { ChildTransfusions } from './ChildTransfusions';
import { RosterPanel } from './RosterPanel';
import { ThalassemiaNav } from './ThalassemiaNav';
import { useChild } from './patients-queries';
import './thalassemia.css';

/** One child on regular transfusion: their record, their next transfusions with the donors booked, their pool. */
export function ChildPage() {
  const { id = '' } = useParams();
  const child = useChild(id);
  if (child.isPending) return <Loading />;
  if (child.isError) {
    return isApiError(child.error, 'not_found') ? (
      <NotFoundPage />
    ) : (
      <LoadError error={child.error} onRetry={() => void child.refetch()} />
    );
  }
  return <ChildView child={child.data} />;
}

function ChildView({ child }: { child: TransfusionPatientDetail }) {
  const { t } = useTranslation();
  usePageTitle(child.name);
  return (
    <section className="thalassemia child-page" data-reference={child.reference} data-state={child.state}>
      <h1>
        {child.name} <span className="badge badge-muted">{child.reference}</span>{' '}
        <span className="badge">{child.bloodGroup}</span>
      </h1>
      <ThalassemiaNav />
      {child.state === 'active' ? null : (
        <p className="problem child-state-note" data-state={child.state}>
          {t(`thalassemia.stateNote.${child.state}`)}
        </p>
      )}
      <ChildTransfusions child={child} />
      <RosterPanel child={child} />
      <ChildProfile child={child} />
      <div className="thalassemia-actions">
        <ChildStateForm child={child} />
        <ChildEdit child={child} />
      </div>
      <ChildEvents events={child.events} />
    </section>
  );
}
