import { useTranslation } from 'react-i18next';
import { languages } from '../../../shared/enums.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { currentLanguage } from '../../i18n';
import { useChooseLanguage } from './use-choose-language';

/** "हिन्दी | English": each language named in itself, so people find theirs whatever is on screen. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { choose, error, isPending } = useChooseLanguage();
  const active = currentLanguage();
  return (
    <div className="language-switch">
      <div role="group" aria-label={t('shell.language')}>
        {languages.map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            aria-pressed={language === active}
            disabled={isPending}
            onClick={() => choose(language)}
          >
            {t(`language.${language}`)}
          </button>
        ))}
      </div>
      {error ? <ProblemAlert error={error} /> : null}
    </div>
  );
}
