import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/contracts/organisations.js';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { useLocalName } from '../../components/use-local-name';

interface OrganisationTableProps {
  organisations: readonly OrganisationView[];
  onEdit: (organisation: OrganisationView) => void;
  /** Opens an organisation's time targets; none when the page shows the only one's anyway. */
  onShowDeskPolicy?: ((organisation: OrganisationView) => void) | undefined;
}

export function OrganisationTable({ organisations, onEdit, onShowDeskPolicy }: OrganisationTableProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  // An actions column only when there is something to do in it.
  const hasActions = onShowDeskPolicy !== undefined || organisations.some((organisation) => organisation.can.update);
  const columns: DataColumn<OrganisationView>[] = [
    { heading: t('organisations.table.name'), cell: (organisation) => organisation.name },
    { heading: t('organisations.table.kind'), cell: (organisation) => t(`organisationKind.${organisation.kind}`) },
    {
      heading: t('organisations.table.districts'),
      cell: (organisation) => organisation.districts.map(localName).join(t('common.listSeparator')),
    },
    { heading: t('organisations.table.members'), cell: (organisation) => organisation.memberCount },
  ];
  if (hasActions) {
    columns.push({
      heading: t('organisations.table.actions'),
      cell: (organisation) => (
        <div className="form-actions">
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
          {onShowDeskPolicy ? (
            <button
              type="button"
              className="button-secondary"
              aria-label={t('deskPolicy.openNamed', { name: organisation.name })}
              onClick={() => onShowDeskPolicy(organisation)}
            >
              {t('deskPolicy.open')}
            </button>
          ) : null}
        </div>
      ),
    });
  }
  return <DataTable columns={columns} rows={organisations} rowKey={(organisation) => organisation.id} />;
}
