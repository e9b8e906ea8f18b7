import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface PhonesFieldProps {
  phones: readonly string[];
  onChange: (phones: string[]) => void;
  /** Field errors under `requester.phones`, keyed `0`, `1`…, and '' for the list. */
  errors: Record<string, string | undefined>;
  autoFocus?: boolean;
}

/** One or more numbers for the same person: callers often give a second one "in case". */
export function PhonesField({ phones, onChange, errors, autoFocus = false }: PhonesFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="phones-field">
      <legend>{t('intake.phones')}</legend>
      {errors[''] ? <p className="field-error">{errors['']}</p> : null}
      {phones.map((phone, index) => {
        const error = errors[String(index)];
        return (
          <div key={index} className="field">
            <label htmlFor={`${id}-${index}`}>{t('intake.phone', { n: index + 1 })}</label>
            <div className="search-row">
              <input
                id={`${id}-${index}`}
                type="tel"
                inputMode="tel"
                name={`requester.phones.${index}`}
                value={phone}
                autoComplete="off"
                autoFocus={autoFocus && index === 0}
                aria-invalid={Boolean(error)}
                aria-describedby={error ? `${id}-${index}-error` : undefined}
                onChange={(event) => onChange(phones.map((p, i) => (i === index ? event.target.value : p)))}
              />
              {phones.length > 1 ? (
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => onChange(phones.filter((_, i) => i !== index))}
                >
                  {t('intake.removePhone', { n: index + 1 })}
                </button>
              ) : null}
            </div>
            {error ? (
              <p id={`${id}-${index}-error`} className="field-error">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      {phones.length < 5 ? (
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={() => onChange([...phones, ''])}>
            {t('intake.addPhone')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
