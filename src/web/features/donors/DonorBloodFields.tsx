import { useTranslation } from 'react-i18next';
import { choiceValue, fieldName } from './field-names';
import {
  aboRhGroups,
  antigenStates,
  donorProducts,
  rarePhenotypes,
  rhKellAntigens,
  weightBands,
  type AntigenState,
  type DonorProduct,
  type RarePhenotype,
  type WeightBand,
} from '../../../shared/enums.js';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { DonorDraft } from './donor-draft';
import type { DonorSectionProps } from './donor-form-props';
import { digits } from '../../components/form-values';

/** The group as the donor says it (a blood centre's confirmation is an action on the record), weight and products. */
export function DonorBloodFields({ draft, edit, errors }: DonorSectionProps) {
  const { t } = useTranslation();
  const toggleProduct = (product: DonorProduct, isOn: boolean) =>
    edit(
      'products',
      donorProducts.filter((p) => (p === product ? isOn : draft.products.includes(p))),
    );
  return (
    <fieldset className="form-group">
      <legend>{t('donors.form.blood')}</legend>
      <div className="field-row">
        <SelectField
          label={t('donors.form.bloodGroup')}
          hint={t('donors.form.bloodGroupHint')}
          name={fieldName.bloodGroup}
          value={draft.bloodGroup}
          onChange={(event) => edit('bloodGroup', event.target.value as DonorDraft['bloodGroup'])}
          error={errors.bloodGroup}
        >
          <option value="">{t('donors.form.choose')}</option>
          {aboRhGroups.map((group) => (
            <option key={group} value={group}>
              {group}
            </option>
          ))}
          <option value={choiceValue.unknown}>{t('donors.group.unknown')}</option>
        </SelectField>
        <SelectField
          label={t('donors.form.weightBand')}
          name={fieldName.weightBand}
          value={draft.weightBand}
          onChange={(event) => edit('weightBand', event.target.value as WeightBand | '')}
          error={errors.weightBand}
        >
          <option value="">{t('donors.form.choose')}</option>
          {weightBands.map((band) => (
            <option key={band} value={band}>
              {t(`donors.weightBand.${band}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('donors.form.weightKg')}
          hint={t('donors.form.weightKgHint')}
          name={fieldName.weightKg}
          inputMode="numeric"
          value={draft.weightKg}
          onChange={(event) => edit('weightKg', digits(event.target.value, 3))}
          error={errors.weightKg}
        />
      </div>
      <fieldset className="checklist" aria-describedby={errors.products ? 'donor-products-error' : undefined}>
        <legend>{t('donors.form.products')}</legend>
        {donorProducts.map((product) => (
          <label key={product} className="checkbox-inline">
            <input
              type="checkbox"
              name={fieldName.products}
              value={product}
              checked={draft.products.includes(product)}
              onChange={(event) => toggleProduct(product, event.target.checked)}
            />
            {t(`blood.product.${product}`)}
          </label>
        ))}
        {errors.products ? (
          <p id="donor-products-error" className="field-error">
            {errors.products}
          </p>
        ) : null}
      </fieldset>
      <details className="donor-rare" open={draft.phenotype !== '' || Object.keys(draft.antigens).length > 0}>
        <summary>{t('donors.form.rare')}</summary>
        <SelectField
          label={t('donors.form.phenotype')}
          name={fieldName.phenotype}
          value={draft.phenotype}
          onChange={(event) => edit('phenotype', event.target.value as RarePhenotype | '')}
          error={errors.phenotype}
        >
          <option value="">{t('donors.form.noPhenotype')}</option>
          {rarePhenotypes.map((phenotype) => (
            <option key={phenotype} value={phenotype}>
              {t(`blood.phenotype.${phenotype}`)}
            </option>
          ))}
        </SelectField>
        <div className="field-row antigen-row">
          {rhKellAntigens.map((antigen) => {
            const state: AntigenState = draft.antigens[antigen] ?? choiceValue.unknown;
            return (
              <SelectField
                key={antigen}
                label={t('donors.form.antigen', { antigen })}
                name={`antigens.${antigen}`}
                value={state}
                onChange={(event) =>
                  edit('antigens', { ...draft.antigens, [antigen]: event.target.value as AntigenState })
                }
              >
                {antigenStates.map((state) => (
                  <option key={state} value={state}>
                    {t(`donors.antigenState.${state === '+' ? 'positive' : state === '-' ? 'negative' : 'unknown'}`)}
                  </option>
                ))}
              </SelectField>
            );
          })}
        </div>
        <TextField
          label={t('donors.form.phenotypeNotes')}
          name={fieldName.phenotypeNotes}
          value={draft.phenotypeNotes}
          onChange={(event) => edit('phenotypeNotes', event.target.value)}
          error={errors.phenotypeNotes}
          autoComplete="off"
        />
      </details>
    </fieldset>
  );
}
