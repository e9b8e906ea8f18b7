import { useTranslation } from 'react-i18next';
import { fieldName } from './field-names';
import { CheckboxField } from '../../components/CheckboxField';
import { TextAreaField } from '../../components/TextAreaField';
import type { DonorSectionProps } from './donor-form-props';

/**
 * What the donor agreed to. On a new registration the operator reads the purpose out and ticks that the donor
 * agreed; nothing is sent before that.
 */
export function DonorConsentFields({ draft, edit, errors, isNew }: DonorSectionProps & { isNew: boolean }) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-group">
      <legend>{t('donors.form.consent')}</legend>
      <TextAreaField
        label={t('donors.form.consentPurpose')}
        hint={t('donors.form.consentPurposeHint')}
        name={fieldName.consentPurpose}
        rows={2}
        value={draft.consentPurpose}
        onChange={(event) => edit('consentPurpose', event.target.value)}
        error={errors.consentPurpose}
      />
      {isNew ? (
        <CheckboxField
          label={t('donors.form.consentGiven')}
          name={fieldName.consentGiven}
          checked={draft.consentGiven}
          onChange={(event) => edit('consentGiven', event.target.checked)}
          error={errors.consentGiven}
        />
      ) : null}
    </fieldset>
  );
}
