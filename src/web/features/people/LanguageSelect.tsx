import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../shared/enums.js';
import { SelectField } from '../../components/SelectField';

interface LanguageSelectProps {
  value: Language;
  onChange: (language: Language) => void;
  error?: string | undefined;
}

/** The language a person is written to in, and sees when they sign in. */
export function LanguageSelect({ value, onChange, error }: LanguageSelectProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('person.language')}
      value={value}
      onChange={(e) => onChange(e.target.value as Language)}
      error={error}
    >
      {languages.map((language) => (
        <option key={language} value={language} lang={language}>
          {t(`language.${language}`)}
        </option>
      ))}
    </SelectField>
  );
}
