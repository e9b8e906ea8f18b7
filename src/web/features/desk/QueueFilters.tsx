import { useId, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStatuses, channels, priorities, resourceCodes } from '../../../shared/enums.js';
import { SelectField } from '../../components/SelectField';
import { DistrictSelect } from '../geography/DistrictSelect';
import { useDistrictNames } from '../geography/use-district-names';
import { hasNarrowingFilters, defaultFilters, type DeskFilters } from './desk-filters';

/** Named like the query parameters they set. */
const fields = {
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
  const id = useId();
  const districtNames = useDistrictNames();
  const [isOpen, setIsOpen] = useState(false);
  const [search, setSearch] = useState(filters.q);
  const set = (change: Partial<DeskFilters>) => onChange({ ...filters, ...change, offset: 0 });
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    set({ q: search.trim() });
  };
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
    <div className={isOpen ? 'queue-filters is-open' : 'queue-filters'}>
      <form className="search" role="search" onSubmit={onSearch}>
        <label htmlFor={`${id}-q`}>{t('desk.filters.q')}</label>
        <p id={`${id}-q-hint`} className="field-hint">
          {searchesPhones ? t('desk.filters.qHintPhones') : t('desk.filters.qHint')}
        </p>
        <div className="search-row">
          <input
            ref={searchRef}
            id={`${id}-q`}
            type="search"
            name="q"
            value={search}
            placeholder={searchesPhones ? t('desk.filters.qPlaceholder') : t('desk.filters.qPlaceholderNames')}
            aria-describedby={`${id}-q-hint`}
            aria-keyshortcuts="/"
            onChange={(event) => setSearch(event.target.value)}
          />
          <button type="submit">{t('desk.filters.search')}</button>
        </div>
      </form>
      <button
        type="button"
        className="button-secondary queue-filters-toggle"
        aria-expanded={isOpen}
        aria-controls={`${id}-choices`}
        onClick={() => setIsOpen(!isOpen)}
      >
        {activeCount === 0 ? t('desk.filters.show') : t('desk.filters.showActive', { count: activeCount })}
      </button>
      <div id={`${id}-choices`} className="queue-filter-choices">
        {districts === null ? (
          <DistrictSelect
            value={filters.district}
            onChange={(district) => set({ district })}
            districtLabel={t('desk.filters.district')}
            emptyLabel={t('desk.filters.anyDistrict')}
          />
        ) : districts.length > 1 ? (
          <SelectField
            label={t('desk.filters.district')}
            name={fields.district}
            value={filters.district}
            onChange={(event) => set({ district: event.target.value })}
          >
            <option value="">{t('desk.filters.allMyDistricts')}</option>
            {districts.map((code, index) => (
              <option key={code} value={code}>
                {districtNames(districts)[index]}
              </option>
            ))}
          </SelectField>
        ) : null}
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
              setSearch('');
              onChange(defaultFilters);
            }}
          >
            {t('desk.filters.clear')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
