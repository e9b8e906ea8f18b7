import { choiceValue, fieldName } from './field-names';
import { useTranslation } from 'react-i18next';
import { aboRhGroups, donorCategories, donorProducts } from '../../../shared/enums.js';
import { FilterPanel } from '../../components/FilterPanel';
import { SelectField } from '../../components/SelectField';
import { DistrictFilter } from '../geography/DistrictFilter';
import { activeChoices, type DonorFilters } from './donor-filters';

/** Named like the query parameters they set. */
const fields = {
  district: 'district',
  bloodGroup: 'bloodGroup',
  product: 'product',
  verified: 'verified',
  eligibleNow: 'eligibleNow',
  category: 'category',
} as const;

interface DonorFiltersFormProps {
  filters: DonorFilters;
  onChange: (filters: DonorFilters) => void;
  /** The districts the person works in; null for everywhere (admins), who pick state then district. */
  districts: readonly string[] | null;
}

/** The search applies on Enter, each choice at once; on a phone the choices fold away behind one button. */
export function DonorFiltersForm({ filters, onChange, districts }: DonorFiltersFormProps) {
  const { t } = useTranslation();
  const set = (change: Partial<DonorFilters>) => onChange({ ...filters, ...change, offset: 0 });
  const active = activeChoices(filters);

  return (
    <FilterPanel
      className="donor-filters"
      search={{
        label: t('donors.filters.q'),
        hint: t('donors.filters.qHint'),
        button: t('donors.filters.search'),
        name: fieldName.q,
        value: filters.q,
        onSearch: (q) => set({ q }),
      }}
      toggleLabel={active === 0 ? t('donors.filters.show') : t('donors.filters.showActive', { count: active })}
    >
      {() => (
        <>
          <DistrictFilter
            districts={districts}
            value={filters.district}
            onChange={(district) => set({ district })}
            name={fields.district}
            labels={{
              district: t('donors.filters.district'),
              anyDistrict: t('donors.filters.anyDistrict'),
              allMyDistricts: t('donors.filters.allMyDistricts'),
            }}
          />
          <SelectField
            label={t('donors.filters.bloodGroup')}
            name={fields.bloodGroup}
            value={filters.bloodGroup}
            onChange={(event) => set({ bloodGroup: event.target.value as DonorFilters['bloodGroup'] })}
          >
            <option value="">{t('donors.filters.anyGroup')}</option>
            {aboRhGroups.map((group) => (
              <option key={group} value={group}>
                {group}
              </option>
            ))}
            <option value={choiceValue.unknown}>{t('donors.group.unknown')}</option>
          </SelectField>
          <SelectField
            label={t('donors.filters.product')}
            name={fields.product}
            value={filters.product}
            onChange={(event) => set({ product: event.target.value as DonorFilters['product'] })}
          >
            <option value="">{t('donors.filters.anyProduct')}</option>
            {donorProducts.map((product) => (
              <option key={product} value={product}>
                {t(`blood.product.${product}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('donors.filters.verified')}
            name={fields.verified}
            value={filters.verified}
            onChange={(event) => set({ verified: event.target.value as DonorFilters['verified'] })}
          >
            <option value="">{t('donors.filters.anyVerification')}</option>
            <option value={choiceValue.yes}>{t('donors.filters.verifiedOnly')}</option>
            <option value={choiceValue.no}>{t('donors.filters.unverifiedOnly')}</option>
          </SelectField>
          <SelectField
            label={t('donors.filters.category')}
            name={fields.category}
            value={filters.category}
            onChange={(event) => set({ category: event.target.value as DonorFilters['category'] })}
          >
            <option value="">{t('donors.filters.anyCategory')}</option>
            {donorCategories.map((category) => (
              <option key={category} value={category}>
                {t(`donors.category.${category}`)}
              </option>
            ))}
          </SelectField>
          <label className="checkbox-inline">
            <input
              type="checkbox"
              name={fields.eligibleNow}
              checked={filters.eligibleNow}
              onChange={(event) => set({ eligibleNow: event.target.checked })}
            />
            {filters.product === ''
              ? t('donors.filters.eligibleNow')
              : t('donors.filters.eligibleNowFor', { product: t(`blood.product.${filters.product}`) })}
          </label>
        </>
      )}
    </FilterPanel>
  );
}
