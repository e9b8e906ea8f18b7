import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { TransfusionPatientSummary } from '../../../shared/contracts/transfusion-patients.js';
import { transfusionPatientStates, type TransfusionPatientState } from '../../../shared/enums.js';
import { FilterPanel } from '../../components/FilterPanel';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { SelectField } from '../../components/SelectField';
import { useLocalName } from '../../components/use-local-name';
import { usePageTitle } from '../../components/use-page-title';
import { actorFrom } from '../auth/actor';
import { useCurrentSession } from '../auth/session-context';
import { useDonorDays } from '../donors/use-donor-days';
import { healthDistricts } from '../donors/donor-reach';
import { DistrictFilter } from '../geography/DistrictFilter';
import { childSexKey } from './child-sex';
import { ThalassemiaNav } from './ThalassemiaNav';
import { useChildren, type ChildListQuery } from './patients-queries';
import { childPath } from './thalassemia-paths';
import './thalassemia.css';
import { fieldName } from './field-names';

const limit = 50;

interface ChildFilters {
  q: string;
  district: string;
  state: TransfusionPatientState | '';
  offset: number;
}

/** The filters live in the address, so a list can be shared and comes back after a visit to a child. */
function filtersFrom(params: URLSearchParams): ChildFilters {
  const state = params.get('state') ?? '';
  return {
    q: params.get('q') ?? '',
    district: params.get('district') ?? '',
    state: (transfusionPatientStates as readonly string[]).includes(state) ? (state as TransfusionPatientState) : '',
    offset: Math.max(0, Number(params.get('offset') ?? 0) || 0),
  };
}

function paramsOf(filters: ChildFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q !== '') params.set('q', filters.q);
  if (filters.district !== '') params.set('district', filters.district);
  if (filters.state !== '') params.set('state', filters.state);
  if (filters.offset > 0) params.set('offset', String(filters.offset));
  return params;
}

function queryOf(filters: ChildFilters): ChildListQuery {
  return {
    limit,
    offset: filters.offset,
    ...(filters.q === '' ? {} : { q: filters.q }),
    ...(filters.district === '' ? {} : { district: filters.district }),
    ...(filters.state === '' ? {} : { state: filters.state }),
  };
}

/** The children on regular transfusion in this person's districts: each with their next transfusion and pool. */
export function ChildrenPage() {
  const { t } = useTranslation();
  usePageTitle(t('thalassemia.list.title'));
  const session = useCurrentSession();
  const districts = healthDistricts(actorFrom(session));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const children = useChildren(queryOf(filters));
  const show = (next: ChildFilters) => setSearchParams(paramsOf(next));
  const set = (change: Partial<ChildFilters>) => show({ ...filters, ...change, offset: 0 });
  const active = (filters.district === '' ? 0 : 1) + (filters.state === '' ? 0 : 1);
  const isFiltered = filters.q !== '' || active > 0;

  return (
    <section className="thalassemia">
      {/* Registering a child is in the section's own navigation, on every page of it. */}
      <h1>{t('thalassemia.list.title')}</h1>
      <ThalassemiaNav />
      <p className="lead">{t('thalassemia.list.intro')}</p>
      <FilterPanel
        className="child-filters"
        search={{
          label: t('thalassemia.list.q'),
          hint: t('thalassemia.list.qHint'),
          button: t('thalassemia.list.search'),
          name: fieldName.q,
          value: filters.q,
          onSearch: (q) => set({ q }),
        }}
        toggleLabel={
          active === 0 ? t('thalassemia.list.filters') : t('thalassemia.list.filtersActive', { count: active })
        }
      >
        {() => (
          <>
            <DistrictFilter
              districts={districts}
              value={filters.district}
              onChange={(district) => set({ district })}
              name={fieldName.district}
              labels={{
                district: t('thalassemia.list.district'),
                anyDistrict: t('thalassemia.list.anyDistrict'),
                allMyDistricts: t('thalassemia.list.allMyDistricts'),
              }}
            />
            <SelectField
              label={t('thalassemia.list.state')}
              name={fieldName.state}
              value={filters.state}
              onChange={(event) => set({ state: event.target.value as ChildFilters['state'] })}
            >
              <option value="">{t('thalassemia.list.anyState')}</option>
              {transfusionPatientStates.map((state) => (
                <option key={state} value={state}>
                  {t(`thalassemia.state.${state}`)}
                </option>
              ))}
            </SelectField>
          </>
        )}
      </FilterPanel>
      {children.isPending ? (
        <Loading />
      ) : children.isError ? (
        <LoadError error={children.error} onRetry={() => void children.refetch()} />
      ) : children.data.items.length === 0 ? (
        <p className="child-empty">{isFiltered ? t('thalassemia.list.emptyFiltered') : t('thalassemia.list.empty')}</p>
      ) : (
        <>
          <p className="queue-count" aria-live="polite">
            {t('thalassemia.list.count', { count: children.data.total })}
          </p>
          <ul className="plain-list child-rows" aria-label={t('thalassemia.list.title')}>
            {children.data.items.map((child) => (
              <ChildRow key={child.id} child={child} />
            ))}
          </ul>
          <Pager
            total={children.data.total}
            limit={limit}
            offset={filters.offset}
            onChange={(offset) => show({ ...filters, offset })}
          />
        </>
      )}
    </section>
  );
}

/** One child: a card on a phone. The guardian's phone is always masked here. */
function ChildRow({ child }: { child: TransfusionPatientSummary }) {
  const { t } = useTranslation();
  const { formatDay } = useDonorDays();
  const localName = useLocalName();
  const about = [
    child.age === null ? null : t('thalassemia.list.age', { age: child.age }),
    child.sex === null ? null : t(childSexKey(child.sex, child.age)),
    t('thalassemia.list.rhythm', { days: child.intervalDays, count: child.unitsPerTransfusion }),
  ].filter((part) => part !== null);
  return (
    <li className="panel child-row" data-child-id={child.id} data-reference={child.reference}>
      <p className="child-row-head">
        <Link to={childPath(child.id)} className="child-name">
          {child.name}
        </Link>{' '}
        <span className="badge badge-muted">{child.reference}</span> <span className="badge">{child.bloodGroup}</span>
        {child.state === 'active' ? null : (
          <>
            {' '}
            <span className="badge badge-muted">{t(`thalassemia.state.${child.state}`)}</span>
          </>
        )}
      </p>
      <p className="child-row-next" data-next={child.nextTransfusionOn ?? ''}>
        {child.nextTransfusionOn === null
          ? t('thalassemia.list.noNext')
          : t('thalassemia.list.next', { day: formatDay(child.nextTransfusionOn) })}
      </p>
      {child.coverageWarning ? (
        <p className="child-row-warning" data-warning="coverage" data-missing={child.missingDonors}>
          <span className="badge badge-warning">{t('thalassemia.list.poolShort', { count: child.missingDonors })}</span>
        </p>
      ) : (
        <p className="field-hint">
          {t('thalassemia.list.pool', { size: child.rosterSize, needed: child.poolSizeNeeded })}
        </p>
      )}
      <p className="field-hint">{about.join(t('common.dotSeparator'))}</p>
      <p className="field-hint">{[child.centre, localName(child.district)].join(t('common.dotSeparator'))}</p>
      <p className="field-hint">
        {t('thalassemia.list.guardian', { name: child.guardianName })}{' '}
        <span className="masked-phone" data-field="guardianPhone">
          {child.guardianPhone}
        </span>
      </p>
    </li>
  );
}
