import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserView } from '../../../shared/contracts/users.js';
import { formatPhone } from '../../components/format-phone';
import { MembershipSummary } from './MembershipSummary';

export function PeopleTable({ people }: { people: readonly UserView[] }) {
  const { t } = useTranslation();
  const columns = {
    name: t('person.name'),
    phone: t('person.phone'),
    email: t('person.email'),
    memberships: t('person.memberships'),
    status: t('person.status'),
  };
  return (
    <table className="data-table">
      <thead>
        <tr>
          {Object.values(columns).map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <tr key={person.id}>
            <td data-label={columns.name}>
              <Link to={`/people/${person.id}`}>{person.name}</Link>
            </td>
            <td data-label={columns.phone}>{formatPhone(person.phone)}</td>
            <td data-label={columns.email}>{person.email ?? t('common.none')}</td>
            <td data-label={columns.memberships}>
              <ul className="plain-list">
                {person.memberships.map((membership) => (
                  <li key={membership.id}>
                    <MembershipSummary membership={membership} />
                  </li>
                ))}
              </ul>
            </td>
            <td data-label={columns.status}>{person.isActive ? t('person.active') : t('person.inactive')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
