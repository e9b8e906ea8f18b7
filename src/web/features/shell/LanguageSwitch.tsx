import { useTranslation } from 'react-i18next';
import { languages } from '../../../shared/enums.js';
import i18n, { currentLanguage } from '../../i18n';

/**
 * "हिन्दी | English": each language named in itself, so people find theirs whatever is on screen. It changes this
 * device's screen only (remembered by i18n.ts); the language of messages sent to a person is set on their account
 * page.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
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
            onClick={() => void i18n.changeLanguage(language)}
          >
            {t(`language.${language}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
