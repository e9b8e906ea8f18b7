import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStatuses, channels, priorities, resourceCodes } from '../../../shared/enums.js';
import { FilterPanel } from '../../components/FilterPanel';
import { SelectField } from '../../components/SelectField';
import { DistrictFilter } from '../geography/DistrictFilter';
import { hasNarrowingFilters, defaultFilters, type DeskFilters } from './desk-filters';

/** Named like the query parameters they set. */
const fields = {
  q: 'q',
  district: 'district',
  status: 'status',
  priority: 'priority',
  need: 'need',
  channel: 'channel',
  assignee: 'assignee',
} as const;
const openStatus = 'open';
const assignees = { me: 'me', unassigned: 'unassigned' } as const;

interface QueueFiltersProps {
  filters: DeskFilters;
  onChange: (filters: DeskFilters) => void;
  /** The districts the person's desk covers; null for everywhere (admins), who pick state then district. */
  districts: readonly string[] | null;
  /** Whether the search also finds cases by a phone number (those who take pleas); the hint says so. */
  searchesPhones: boolean;
  /** The search box, for the `/` key. */
  searchRef?: RefObject<HTMLInputElement | null>;
}

/** Choices apply at once; the search applies on Enter. On a phone the choices fold away behind one button. */
export function QueueFilters({ filters, onChange, districts, searchesPhones, searchRef }: QueueFiltersProps) {
  const { t } = useTranslation();
  const set = (change: Partial<DeskFilters>) => onChange({ ...filters, ...change, offset: 0 });
  const activeCount = [
    filters.district,
    filters.status === 'open' ? '' : filters.status,
    filters.priority,
    filters.need,
    filters.channel,
    filters.assignee,
    filters.overdue ? 'overdue' : '',
  ].filter((value) => value !== '').length;

  return (
    <FilterPanel
      search={{
        label: t('desk.filters.q'),
        hint: searchesPhones ? t('desk.filters.qHintPhones') : t('desk.filters.qHint'),
        button: t('desk.filters.search'),
        name: fields.q,
        value: filters.q,
        placeholder: searchesPhones ? t('desk.filters.qPlaceholder') : t('desk.filters.qPlaceholderNames'),
        onSearch: (q) => set({ q }),
        keyShortcut: '/',
      }}
      searchRef={searchRef}
      toggleLabel={activeCount === 0 ? t('desk.filters.show') : t('desk.filters.showActive', { count: activeCount })}
    >
      {(clearSearch) => (
        <>
          <DistrictFilter
            districts={districts}
            value={filters.district}
            onChange={(district) => set({ district })}
            name={fields.district}
            labels={{
              district: t('desk.filters.district'),
              anyDistrict: t('desk.filters.anyDistrict'),
              allMyDistricts: t('desk.filters.allMyDistricts'),
            }}
          />
          <SelectField
            label={t('desk.filters.status')}
            name={fields.status}
            value={filters.status}
            onChange={(event) => set({ status: event.target.value as DeskFilters['status'] })}
          >
            <option value={openStatus}>{t('desk.filters.allOpen')}</option>
            {caseStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`caseStatus.${status}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('desk.filters.priority')}
            name={fields.priority}
            value={filters.priority}
            onChange={(event) => set({ priority: event.target.value as DeskFilters['priority'] })}
          >
            <option value="">{t('desk.filters.anyPriority')}</option>
            {priorities.map((priority) => (
              <option key={priority} value={priority}>
                {t(`priority.${priority}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('desk.filters.need')}
            name={fields.need}
            value={filters.need}
            onChange={(event) => set({ need: event.target.value as DeskFilters['need'] })}
          >
            <option value="">{t('desk.filters.anyNeed')}</option>
            {resourceCodes.map((resource) => (
              <option key={resource} value={resource}>
                {t(`resource.${resource}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('desk.filters.channel')}
            name={fields.channel}
            value={filters.channel}
            onChange={(event) => set({ channel: event.target.value as DeskFilters['channel'] })}
          >
            <option value="">{t('desk.filters.anyChannel')}</option>
            {channels.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channel.${channel}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('desk.filters.assignee')}
            name={fields.assignee}
            value={filters.assignee}
            onChange={(event) => set({ assignee: event.target.value })}
          >
            <option value="">{t('desk.filters.anyone')}</option>
            <option value={assignees.me}>{t('desk.filters.me')}</option>
            <option value={assignees.unassigned}>{t('desk.filters.unassigned')}</option>
            {filters.assignee !== '' && filters.assignee !== 'me' && filters.assignee !== 'unassigned' ? (
              <option value={filters.assignee}>{t('desk.filters.chosenPerson')}</option>
            ) : null}
          </SelectField>
          <label className="checkbox-inline">
            <input
              type="checkbox"
              name="overdue"
              checked={filters.overdue}
              onChange={(event) => set({ overdue: event.target.checked })}
            />
            {t('desk.filters.overdue')}
          </label>
          {hasNarrowingFilters(filters) ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                clearSearch();
                onChange(defaultFilters);
              }}
            >
              {t('desk.filters.clear')}
            </button>
          ) : null}
        </>
      )}
    </FilterPanel>
  );
}
