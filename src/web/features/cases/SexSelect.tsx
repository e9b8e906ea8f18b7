import { useTranslation } from 'react-i18next';
import { sexes, type Sex } from '../../../shared/enums.js';
import { SelectField } from '../../components/SelectField';

interface SexSelectProps {
  label: string;
  name?: string;
  value: Sex | '';
  onChange: (sex: Sex | '') => void;
  error?: string | undefined;
  /** The first, empty choice's words (a form that requires it asks to choose). */
  emptyLabel?: string;
}

/** A person's sex, or "not given" ('') first. */
export function SexSelect({ label, name, value, onChange, error, emptyLabel }: SexSelectProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={label}
      name={name}
      value={value}
      onChange={(event) => onChange(event.target.value as Sex | '')}
      error={error}
    >
      <option value="">{emptyLabel ?? t('common.notGiven')}</option>
      {sexes.map((sex) => (
        <option key={sex} value={sex}>
          {t(`sex.${sex}`)}
        </option>
      ))}
    </SelectField>
  );
}
