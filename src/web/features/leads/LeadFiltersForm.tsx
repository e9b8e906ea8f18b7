import { useTranslation } from 'react-i18next';
import { leadKinds, leadStatuses, type LeadKind, type LeadStatus } from '../../../shared/enums.js';
import { SelectField } from '../../components/SelectField';
import type { LeadFilters } from './leads-queries';

const fields = { status: 'status', kind: 'kind' } as const;

/** Status and kind; each choice applies at once. */
export function LeadFiltersForm({
  filters,
  onChange,
}: {
  filters: LeadFilters;
  onChange: (next: LeadFilters) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field-row lead-filters">
      <SelectField
        label={t('leads.filters.status')}
        name={fields.status}
        value={filters.status}
        onChange={(event) => onChange({ ...filters, status: event.target.value as LeadStatus })}
      >
        {leadStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`leadStatus.${status}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('leads.filters.kind')}
        name={fields.kind}
        value={filters.kind}
        onChange={(event) => onChange({ ...filters, kind: event.target.value as LeadKind | '' })}
      >
        <option value="">{t('leads.filters.anyKind')}</option>
        {leadKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`leadKind.${kind}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
