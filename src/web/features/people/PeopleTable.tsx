import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserView } from '../../../shared/contracts/users.js';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { formatPhone } from '../../components/format-phone';
import { MembershipSummary } from './MembershipSummary';
import { SignInBadge } from './SignInWatch';

export function PeopleTable({ people }: { people: readonly UserView[] }) {
  const { t } = useTranslation();
  const columns: DataColumn<UserView>[] = [
    { heading: t('person.name'), cell: (person) => <Link to={`/people/${person.id}`}>{person.name}</Link> },
    { heading: t('person.phone'), cell: (person) => formatPhone(person.phone) },
    { heading: t('person.email'), cell: (person) => person.email ?? t('common.none') },
    {
      heading: t('person.memberships'),
      cell: (person) => (
        <ul className="plain-list">
          {person.memberships.map((membership) => (
            <li key={membership.id}>
              <MembershipSummary membership={membership} />
            </li>
          ))}
        </ul>
      ),
    },
    {
      heading: t('person.status'),
      cell: (person) => (
        // One element, so on a phone the status and any sign-in warning stay together beside the label.
        <div className="person-status">
          <span>{person.isActive ? t('person.active') : t('person.inactive')}</span>
          <SignInBadge signIn={person.signIn} />
        </div>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={people}
      rowKey={(person) => person.id}
      rowData={(person) => ({ 'data-person-id': person.id })}
    />
  );
}
