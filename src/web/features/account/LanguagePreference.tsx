import { useTranslation } from 'react-i18next';
import { languages } from '../../../shared/enums.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { currentLanguage } from '../../i18n';
import { useChooseLanguage } from '../shell/use-choose-language';

export function LanguagePreference() {
  const { t } = useTranslation();
  const { choose, error, isPending } = useChooseLanguage();
  const active = currentLanguage();
  return (
    <fieldset className="panel radio-group" disabled={isPending}>
      <legend>{t('account.language.heading')}</legend>
      <p className="field-hint">{t('account.language.hint')}</p>
      {languages.map((language) => (
        <label key={language} lang={language}>
          <input
            type="radio"
            name="language"
            value={language}
            checked={language === active}
            onChange={() => choose(language)}
          />
          {t(`language.${language}`)}
        </label>
      ))}
      {error ? <ProblemAlert error={error} /> : null}
    </fieldset>
  );
}
