import { useTranslation } from 'react-i18next';
import { fieldName } from './field-names';
import { donorCategories, languages, type DonorCategory, type Language } from '../../../shared/enums.js';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { SexSelect } from '../cases/SexSelect';
import type { DonorSectionProps } from './donor-form-props';

/** Who the donor is. The phone is their key in the registry: it is not changed once registered. */
export function DonorPersonFields({
  draft,
  edit,
  errors,
  today,
  isPhoneFixed,
}: DonorSectionProps & { isPhoneFixed: boolean }) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-group">
      <legend>{t('donors.form.person')}</legend>
      <TextField
        label={t('donors.form.name')}
        hint={t('donors.form.nameHint')}
        name={fieldName.name}
        value={draft.name}
        onChange={(event) => edit('name', event.target.value)}
        error={errors.name}
        autoComplete="off"
        lang={draft.language}
      />
      {isPhoneFixed ? null : (
        <TextField
          label={t('donors.form.phone')}
          hint={t('donors.form.phoneHint')}
          type="tel"
          inputMode="tel"
          name={fieldName.phone}
          value={draft.phone}
          onChange={(event) => edit('phone', event.target.value)}
          error={errors.phone}
          autoComplete="off"
        />
      )}
      <div className="field-row">
        <SexSelect
          label={t('donors.form.sex')}
          name={fieldName.sex}
          value={draft.sex}
          onChange={(sex) => edit('sex', sex)}
          error={errors.sex}
          // A donor's sex is required (the rules differ): no "not given" choice to be refused for.
          emptyLabel={t('donors.form.choose')}
        />
        <TextField
          label={t('donors.form.dateOfBirth')}
          type="date"
          name={fieldName.dateOfBirth}
          max={today}
          value={draft.dateOfBirth}
          onChange={(event) => edit('dateOfBirth', event.target.value)}
          error={errors.dateOfBirth}
        />
      </div>
      <div className="field-row">
        <SelectField
          label={t('donors.form.language')}
          hint={t('donors.form.languageHint')}
          name={fieldName.language}
          value={draft.language}
          onChange={(event) => edit('language', event.target.value as Language)}
          error={errors.language}
        >
          {languages.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('donors.form.category')}
          name={fieldName.category}
          value={draft.category}
          onChange={(event) => edit('category', event.target.value as DonorCategory)}
          error={errors.category}
        >
          {donorCategories.map((category) => (
            <option key={category} value={category}>
              {t(`donors.category.${category}`)}
            </option>
          ))}
        </SelectField>
      </div>
    </fieldset>
  );
}
