import { useTranslation } from 'react-i18next';
import { sexes, type Sex } from '../../../shared/enums.js';
import { SelectField } from '../../components/SelectField';

interface SexSelectProps {
  label: string;
  name?: string;
  value: Sex | '';
  onChange: (sex: Sex | '') => void;
  error?: string | undefined;
}

/** The patient's sex, or "not given" ('') first. */
export function SexSelect({ label, name, value, onChange, error }: SexSelectProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={label}
      name={name}
      value={value}
      onChange={(event) => onChange(event.target.value as Sex | '')}
      error={error}
    >
      <option value="">{t('common.notGiven')}</option>
      {sexes.map((sex) => (
        <option key={sex} value={sex}>
          {t(`sex.${sex}`)}
        </option>
      ))}
    </SelectField>
  );
}
