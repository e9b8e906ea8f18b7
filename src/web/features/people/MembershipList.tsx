import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../shared/contracts/users.js';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDistrictNames } from '../geography/use-district-names';
import { MembershipSummary } from './MembershipSummary';
import { useRemoveMembership } from './people-queries';

export function MembershipList({ person }: { person: UserView }) {
  const { t } = useTranslation();
  const districtNames = useDistrictNames();
  const remove = useRemoveMembership(person.id);
  return (
    <>
      {remove.isError ? <ProblemAlert error={remove.error} /> : null}
      <ul className="cards">
        {person.memberships.map((membership) => (
          <li key={membership.id} className="card">
            <h3>
              <MembershipSummary membership={membership} />
            </h3>
            <p>
              {membership.districts.length === 0
                ? t(membership.organisationId === null ? 'home.allOfIndia' : 'home.allDistricts')
                : districtNames(membership.districts).join(t('common.listSeparator'))}
            </p>
            {membership.can.remove ? (
              <ConfirmButton
                label={t('membership.remove')}
                question={t('membership.removeQuestion')}
                confirmLabel={t('membership.removeConfirm')}
                isPending={remove.isPending}
                onConfirm={() => remove.mutate(membership.id)}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
