import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/contracts/organisations.js';
import { useLocalName } from '../../components/use-local-name';

interface OrganisationTableProps {
  organisations: readonly OrganisationView[];
  onEdit: (organisation: OrganisationView) => void;
}

export function OrganisationTable({ organisations, onEdit }: OrganisationTableProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  // An actions column only when there is something to do in it.
  const hasActions = organisations.some((organisation) => organisation.can.update);
  const columns = {
    name: t('organisations.table.name'),
    kind: t('organisations.table.kind'),
    districts: t('organisations.table.districts'),
    members: t('organisations.table.members'),
    ...(hasActions ? { actions: t('organisations.table.actions') } : {}),
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
        {organisations.map((organisation) => (
          <tr key={organisation.id}>
            <td data-label={columns.name}>{organisation.name}</td>
            <td data-label={columns.kind}>{t(`organisationKind.${organisation.kind}`)}</td>
            <td data-label={columns.districts}>
              {organisation.districts.map(localName).join(t('common.listSeparator'))}
            </td>
            <td data-label={columns.members}>{organisation.memberCount}</td>
            {hasActions ? (
              <td data-label={columns.actions}>
                {organisation.can.update ? (
                  <button
                    type="button"
                    className="button-secondary"
                    aria-label={t('organisations.editNamed', { name: organisation.name })}
                    onClick={() => onEdit(organisation)}
                  >
                    {t('common.edit')}
                  </button>
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
