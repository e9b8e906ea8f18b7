import { useTranslation } from 'react-i18next';
import { fieldName } from './field-names';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { DonorChannel } from './donor-draft';
import type { DonorSectionProps } from './donor-form-props';

const donorChannels: readonly DonorChannel[] = ['whatsapp', 'sms'];

/** How and when the donor may be asked (Kolkata time); outreach never writes outside these hours but for critical cases. */
export function DonorContactFields({ draft, edit, errors }: DonorSectionProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-group">
      <legend>{t('donors.form.contact')}</legend>
      <div className="field-row">
        <SelectField
          label={t('donors.form.channel')}
          name={fieldName.preferredChannel}
          value={draft.preferredChannel}
          onChange={(event) => edit('preferredChannel', event.target.value as DonorChannel)}
          error={errors.preferredChannel}
        >
          {donorChannels.map((channel) => (
            <option key={channel} value={channel}>
              {t(`channel.${channel}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('donors.form.contactFrom')}
          type="time"
          name={fieldName.contactFrom}
          value={draft.contactFrom}
          onChange={(event) => edit('contactFrom', event.target.value)}
          error={errors.contactFrom}
        />
        <TextField
          label={t('donors.form.contactTo')}
          type="time"
          name={fieldName.contactTo}
          value={draft.contactTo}
          onChange={(event) => edit('contactTo', event.target.value)}
          error={errors.contactTo}
        />
      </div>
    </fieldset>
  );
}
