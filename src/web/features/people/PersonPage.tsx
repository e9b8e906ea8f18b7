import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { UserView } from '../../../shared/contracts/users.js';
import { ConfirmButton } from '../../components/ConfirmButton';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatPhone } from '../../components/format-phone';
import { useFormatDate } from '../../components/use-format-date';
import { usePageTitle } from '../../components/use-page-title';
import { navPaths } from '../shell/nav-paths';
import { AddMembershipForm } from './AddMembershipForm';
import { EditPersonForm } from './EditPersonForm';
import { MembershipList } from './MembershipList';
import { SignInWarning } from './SignInWatch';
import { usePerson, useUpdatePerson } from './people-queries';

export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const person = usePerson(id);
  usePageTitle(person.data?.name ?? t('nav.people'));

  return (
    <section>
      <p className="back-link">
        <Link to={navPaths.people}>{t('person.backToPeople')}</Link>
      </p>
      {person.isPending ? (
        <Loading />
      ) : person.isError ? (
        <LoadError error={person.error} onRetry={() => void person.refetch()} />
      ) : (
        <PersonDetails person={person.data} />
      )}
    </section>
  );
}

function PersonDetails({ person }: { person: UserView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate({ dateStyle: 'medium' });
  const update = useUpdatePerson(person.id);
  const [isEditing, setIsEditing] = useState(false);

  return (
    <>
      <div className="page-heading">
        <h1>{person.name}</h1>
        <span className={person.isActive ? 'badge' : 'badge badge-muted'}>
          {person.isActive ? t('person.active') : t('person.inactive')}
        </span>
      </div>
      <SignInWarning signIn={person.signIn} />
      {update.isError ? <ProblemAlert error={update.error} /> : null}
      {isEditing ? (
        <EditPersonForm person={person} onDone={() => setIsEditing(false)} />
      ) : (
        <>
          <dl className="facts">
            <dt>{t('person.phone')}</dt>
            <dd>{formatPhone(person.phone)}</dd>
            <dt>{t('person.email')}</dt>
            <dd>{person.email ?? t('common.none')}</dd>
            <dt>{t('person.language')}</dt>
            <dd lang={person.preferredLanguage}>{t(`language.${person.preferredLanguage}`)}</dd>
            <dt>{t('person.created')}</dt>
            <dd>{formatDate(person.createdAt)}</dd>
          </dl>
          {person.can.update ? (
            <div className="form-actions">
              <button type="button" className="button-secondary" onClick={() => setIsEditing(true)}>
                {t('common.edit')}
              </button>
              {person.isActive ? (
                <ConfirmButton
                  label={t('person.deactivate')}
                  question={t('person.deactivateQuestion')}
                  confirmLabel={t('person.deactivateConfirm')}
                  isPending={update.isPending}
                  onConfirm={() => update.mutate({ isActive: false })}
                />
              ) : (
                <button
                  type="button"
                  className="button-secondary"
                  disabled={update.isPending}
                  onClick={() => update.mutate({ isActive: true })}
                >
                  {t('person.reactivate')}
                </button>
              )}
            </div>
          ) : null}
        </>
      )}
      <h2>{t('person.memberships')}</h2>
      <MembershipList person={person} />
      {person.can.addMembership ? <AddMembershipForm person={person} /> : null}
    </>
  );
}
