import { useTranslation } from 'react-i18next';
import { fieldName } from './field-names';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { DistrictSelect } from '../geography/DistrictSelect';
import { useDistrictNames } from '../geography/use-district-names';
import type { DonorSectionProps } from './donor-form-props';
import { digits } from '../../components/form-values';

/**
 * Where the donor lives: matching measures distance from the PIN code, else the locality, else the district. The
 * district list is the person's own districts, or every district for those who work everywhere.
 */
export function DonorPlaceFields({
  draft,
  edit,
  errors,
  districts,
}: DonorSectionProps & { districts: readonly string[] | null }) {
  const { t } = useTranslation();
  const districtNames = useDistrictNames();
  const names = districts === null ? [] : districtNames(districts);
  return (
    <fieldset className="form-group">
      <legend>{t('donors.form.place')}</legend>
      {districts === null ? (
        <DistrictSelect
          name={fieldName.district}
          value={draft.district}
          onChange={(district) => edit('district', district)}
          error={errors.district}
          districtLabel={t('donors.form.district')}
        />
      ) : (
        <SelectField
          label={t('donors.form.district')}
          name={fieldName.district}
          value={draft.district}
          onChange={(event) => edit('district', event.target.value)}
          error={errors.district}
        >
          <option value="">{t('donors.form.choose')}</option>
          {districts.map((code, index) => (
            <option key={code} value={code}>
              {names[index]}
            </option>
          ))}
        </SelectField>
      )}
      <div className="field-row">
        <TextField
          label={t('donors.form.locality')}
          hint={t('donors.form.localityHint')}
          name={fieldName.locality}
          value={draft.locality}
          onChange={(event) => edit('locality', event.target.value)}
          error={errors.locality}
          autoComplete="off"
        />
        <TextField
          label={t('donors.form.pincode')}
          name={fieldName.pincode}
          inputMode="numeric"
          value={draft.pincode}
          onChange={(event) => edit('pincode', digits(event.target.value, 6))}
          error={errors.pincode}
          autoComplete="off"
        />
      </div>
    </fieldset>
  );
}
